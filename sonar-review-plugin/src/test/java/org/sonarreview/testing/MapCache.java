package org.sonarreview.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sonar.api.batch.sensor.cache.ReadCache;
import org.sonar.api.batch.sensor.cache.WriteCache;

/** The previous analysis's cache (read) and the next one's (write), as SonarQube's, in memory. */
public final class MapCache implements ReadCache, WriteCache {
  private final String prefix;
  private final Map<String, byte[]> previous;
  private final Map<String, byte[]> written = new HashMap<>();
  private final Set<String> copied = new HashSet<>();

  /** Our entries only: SonarJava writes its own content hashes to the same cache. */
  public Map<String, byte[]> ours() {
    Map<String, byte[]> ours = new HashMap<>(written);
    ours.keySet().removeIf(key -> !key.startsWith(prefix));
    return ours;
  }

  public Set<String> copiedOurs() {
    Set<String> ours = new HashSet<>(copied);
    ours.removeIf(key -> !key.startsWith(prefix));
    return ours;
  }

  public MapCache(String prefix, Map<String, byte[]> previous) {
    this.prefix = prefix;
    this.previous = previous;
  }

  @Override
  public InputStream read(String key) {
    if (!previous.containsKey(key)) {
      throw new IllegalArgumentException("No cache entry for " + key);
    }
    return new ByteArrayInputStream(previous.get(key));
  }

  @Override
  public boolean contains(String key) {
    return previous.containsKey(key);
  }

  @Override
  public void write(String key, InputStream data) {
    try {
      write(key, data.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(String key, byte[] data) {
    if (written.containsKey(key) || copied.contains(key)) {
      throw new IllegalArgumentException("Cache already contains key " + key);
    }
    written.put(key, data);
  }

  @Override
  public void copyFromPrevious(String key) {
    if (written.containsKey(key) || !copied.add(key)) {
      throw new IllegalArgumentException("Cache already contains key " + key);
    }
  }

  /** Everything written, ours or SonarJava's: the next analysis's previous cache. */
  public Map<String, byte[]> written() {
    return Map.copyOf(written);
  }
}
