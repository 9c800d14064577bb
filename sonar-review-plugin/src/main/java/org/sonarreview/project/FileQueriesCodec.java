package org.sonarreview.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;

/** The analysis-cache form of a {@link FileQueries}: versioned, and rejected whole when unreadable. */
public final class FileQueriesCodec {

  private static final int VERSION = 1;

  private FileQueriesCodec() {
  }

  public static byte[] encode(FileQueries file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      out.writeUTF(file.uri());
      out.writeInt(file.queries().size());
      for (RecordedQuery query : file.queries()) {
        writeSpan(out, query.span());
        out.writeUTF(query.api());
        out.writeUTF(query.expected().name());
        out.writeUTF(query.text());
        out.writeBoolean(query.textSpan() != null);
        if (query.textSpan() != null) {
          writeSpan(out, query.textSpan());
        }
        writeNullable(out, query.ormUse());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Null when the bytes come from another version or are damaged: the file is then analysed again. */
  @CheckForNull
  public static FileQueries decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != VERSION) {
        return null;
      }
      String uri = in.readUTF();
      int count = in.readInt();
      List<RecordedQuery> queries = new ArrayList<>(Math.min(count, 1024));
      for (int i = 0; i < count; i++) {
        TextSpan span = readSpan(in);
        String api = in.readUTF();
        QueryLanguage expected = QueryLanguage.valueOf(in.readUTF());
        String text = in.readUTF();
        TextSpan textSpan = in.readBoolean() ? readSpan(in) : null;
        queries.add(new RecordedQuery(span, api, expected, text, textSpan, readNullable(in)));
      }
      return new FileQueries(uri, queries);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void writeSpan(DataOutputStream out, TextSpan span) throws IOException {
    out.writeInt(span.startLine());
    out.writeInt(span.startOffset());
    out.writeInt(span.endLine());
    out.writeInt(span.endOffset());
  }

  private static TextSpan readSpan(DataInputStream in) throws IOException {
    return new TextSpan(in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }

  private static void writeNullable(DataOutputStream out, @Nullable String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  @CheckForNull
  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
