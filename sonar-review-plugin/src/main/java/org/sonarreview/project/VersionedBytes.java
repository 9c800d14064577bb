package org.sonarreview.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.CheckForNull;

/**
 * The frame of the analysis-cache codecs: the format's version first, then the body. Bytes of another version,
 * cut short, with bytes left over, or otherwise unreadable are rejected whole, so that the file is analysed again.
 */
public final class VersionedBytes {

  /** Writes a body. */
  @FunctionalInterface
  public interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads a body; may throw on damage. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private VersionedBytes() {
  }

  public static byte[] write(int version, Writer body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(version);
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The body, or null when the bytes are of another version or damaged. */
  @CheckForNull
  public static <T> T read(byte[] bytes, int version, Reader<T> body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != version) {
        return null;
      }
      T read = body.read(in);
      return in.available() == 0 ? read : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
