package org.sonarreview.project;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.plugins.java.api.InputFileScannerContext;
import org.sonar.plugins.java.api.caching.CacheContext;

/**
 * Keeps a check's per-file contribution to a project model in SonarJava's analysis cache, so that a file
 * SonarJava skips because it is unchanged still contributes: its cached bytes are read back and carried over
 * to the next analysis.
 */
public final class CachedContributions {

  private final String prefix;
  /** Cache keys already copied to the next analysis: writing one twice throws. */
  private final Set<String> carriedOver = ConcurrentHashMap.newKeySet();

  /** {@code prefix} names the check, e.g. {@code "review:UnreferencedMethod:"}. */
  public CachedContributions(String prefix) {
    this.prefix = prefix;
  }

  /** Stores a freshly computed contribution for the next analysis. */
  public void store(InputFileScannerContext context, byte[] bytes) {
    CacheContext cache = context.getCacheContext();
    String key = prefix + context.getInputFile().key();
    if (cache.isCacheEnabled() && !carriedOver.contains(key)) {
      cache.getWriteCache().write(key, bytes);
    }
  }

  /**
   * Hands the cached contribution of an unchanged file to {@code restored} and carries it over to the next
   * analysis; false when there is none (or it cannot be read), so that the file must be parsed.
   */
  public <T> boolean restore(InputFileScannerContext context, Function<byte[], T> decode, Consumer<T> restored) {
    CacheContext cache = context.getCacheContext();
    InputFile file = context.getInputFile();
    String key = prefix + file.key();
    if (!cache.isCacheEnabled() || !cache.getReadCache().contains(key)) {
      return false;
    }
    @Nullable
    T cached = decode.apply(cache.getReadCache().readBytes(key));
    if (cached == null) {
      return false;
    }
    restored.accept(cached);
    if (carriedOver.add(key)) {
      cache.getWriteCache().copyFromPrevious(key);
    }
    return true;
  }
}
