package org.sonarreview.sql;

import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;

/**
 * Calls that read outside input: the web request, a file or stream, the environment or configuration, and the
 * database (second-order injection: what one user stored, another user's query reads back).
 */
final class InputSources {

  private record Source(String what, MethodMatchers calls) {
  }

  private static final List<Source> SOURCES = List.of(
    new Source("the request", MethodMatchers.or(
      MethodMatchers.create()
        .ofSubTypes("javax.servlet.ServletRequest", "jakarta.servlet.ServletRequest", "javax.servlet.http.Cookie",
          "jakarta.servlet.http.Cookie", "org.springframework.web.context.request.WebRequest", "javax.ws.rs.core.UriInfo",
          "jakarta.ws.rs.core.UriInfo", "javax.ws.rs.core.HttpHeaders", "jakarta.ws.rs.core.HttpHeaders")
        .name(name -> name.startsWith("get")).withAnyParameters().build())),
    new Source("a file or stream", MethodMatchers.or(
      MethodMatchers.create().ofSubTypes("java.io.BufferedReader", "java.io.DataInput", "java.io.Console", "java.io.LineNumberReader")
        .names("readLine", "readUTF").withAnyParameters().build(),
      MethodMatchers.create().ofTypes("java.nio.file.Files")
        .names("readString", "readAllLines", "lines").withAnyParameters().build(),
      MethodMatchers.create().ofTypes("java.util.Scanner").name(name -> name.startsWith("next")).withAnyParameters().build(),
      MethodMatchers.create().ofTypes("org.apache.commons.io.FileUtils", "org.apache.commons.io.IOUtils")
        .name(name -> name.startsWith("read") || "toString".equals(name)).withAnyParameters().build())),
    new Source("the environment", MethodMatchers.or(
      MethodMatchers.create().ofTypes("java.lang.System").names("getenv", "getProperty").withAnyParameters().build(),
      MethodMatchers.create().ofSubTypes("java.util.Properties").names("getProperty", "get").withAnyParameters().build(),
      MethodMatchers.create().ofSubTypes("org.springframework.core.env.PropertyResolver")
        .names("getProperty", "getRequiredProperty").withAnyParameters().build())),
    new Source("the database", MethodMatchers.or(
      MethodMatchers.create().ofSubTypes("java.sql.ResultSet").name(name -> name.startsWith("get")).withAnyParameters().build(),
      MethodMatchers.create()
        .ofSubTypes("jakarta.persistence.Query", "javax.persistence.Query", "jakarta.persistence.Tuple", "javax.persistence.Tuple",
          "org.hibernate.query.SelectionQuery", "org.hibernate.Query")
        .names("getResultList", "getSingleResult", "getSingleResultOrNull", "getResultStream", "list", "uniqueResult", "get")
        .withAnyParameters().build(),
      MethodMatchers.create()
        .ofSubTypes("org.springframework.jdbc.core.JdbcOperations", "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations")
        .name(name -> name.startsWith("query")).withAnyParameters().build())));

  private InputSources() {
  }

  /** What the call reads, "the request" or "the database"; null when it reads no outside input. */
  @Nullable
  static String readBy(MethodInvocationTree call) {
    return SOURCES.stream().filter(source -> source.calls().matches(call)).map(Source::what).findFirst().orElse(null);
  }
}
