package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** The SonarQube web API over java.net.http, with Jackson for the JSON. */
public final class SonarApi {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final String authorization;
  private final HttpClient client;

  private SonarApi(String baseUrl, String authorization) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.authorization = authorization;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public static SonarApi withToken(String baseUrl, String token) {
    return new SonarApi(baseUrl, "Bearer " + token);
  }

  public static SonarApi withLogin(String baseUrl, String login, String password) {
    String credentials = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new SonarApi(baseUrl, "Basic " + credentials);
  }

  public static SonarApi anonymous(String baseUrl) {
    return new SonarApi(baseUrl, null);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** GET {@code path} with query parameters given as name, value, name, value... */
  public JsonNode get(String path, String... parameters) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path + query(parameters))).GET(), path);
  }

  /** POST {@code path} with form parameters given as name, value, name, value...; an empty answer gives a MissingNode. */
  public JsonNode post(String path, String... parameters) {
    String form = query(parameters);
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
      .header("Content-Type", "application/x-www-form-urlencoded")
      .POST(HttpRequest.BodyPublishers.ofString(form.isEmpty() ? "" : form.substring(1))), path);
  }

  /**
   * Every element of the array {@code arrayField} across the pages of a paginated search (parameters {@code p} and
   * {@code ps}); {@code total} is read from {@code paging.total} or {@code total}.
   */
  public List<JsonNode> getAllPages(String path, String arrayField, String... parameters) {
    List<JsonNode> all = new ArrayList<>();
    int pageSize = 500;
    for (int page = 1; ; page++) {
      String[] withPaging = new String[parameters.length + 4];
      System.arraycopy(parameters, 0, withPaging, 0, parameters.length);
      withPaging[parameters.length] = "p";
      withPaging[parameters.length + 1] = Integer.toString(page);
      withPaging[parameters.length + 2] = "ps";
      withPaging[parameters.length + 3] = Integer.toString(pageSize);
      JsonNode response = get(path, withPaging);
      response.path(arrayField).forEach(all::add);
      int total = response.path("paging").path("total").asInt(response.path("total").asInt(0));
      if (response.path(arrayField).size() < pageSize || all.size() >= total) {
        return all;
      }
    }
  }

  /** The status of GET {@code path} without failing: for polling a server that may not be up yet. */
  public <T> T tryGet(String path, Function<JsonNode, T> onSuccess, T onFailure) {
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).GET();
      HttpResponse<String> response = client.send(authorize(builder).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? onSuccess.apply(JSON.readTree(response.body())) : onFailure;
    } catch (IOException e) {
      return onFailure;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return onFailure;
    }
  }

  private JsonNode send(HttpRequest.Builder builder, String path) {
    HttpRequest request = authorize(builder).timeout(Duration.ofMinutes(2)).build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new ApiException(response.statusCode(), request.method() + " " + path + " answered " + response.statusCode()
          + ": " + response.body());
      }
      String body = response.body();
      return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + request.method() + " " + path, e);
    }
  }

  private HttpRequest.Builder authorize(HttpRequest.Builder builder) {
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private static String query(String... parameters) {
    if (parameters.length % 2 != 0) {
      throw new IllegalArgumentException("Parameters come in name/value pairs");
    }
    StringJoiner joiner = new StringJoiner("&", "?", "").setEmptyValue("");
    for (int i = 0; i < parameters.length; i += 2) {
      joiner.add(URLEncoder.encode(parameters[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    return joiner.toString();
  }

  /** A non-2xx answer. */
  public static final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
