package org.sonarreview.project;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;

/** The analysis-cache form of a {@link FileQueries}, in a {@link VersionedBytes} frame. */
public final class FileQueriesCodec {

  private static final int VERSION = 2;

  private FileQueriesCodec() {
  }

  public static byte[] encode(FileQueries file) {
    return VersionedBytes.write(VERSION, out -> {
      out.writeUTF(file.uri());
      out.writeInt(file.queries().size());
      for (RecordedQuery query : file.queries()) {
        query.span().writeTo(out);
        out.writeUTF(query.api());
        out.writeUTF(query.expected().name());
        out.writeUTF(query.text());
        out.writeBoolean(query.textSpan() != null);
        if (query.textSpan() != null) {
          query.textSpan().writeTo(out);
        }
        writeNullable(out, query.ormUse());
        out.writeBoolean(query.conditional());
      }
    });
  }

  /** Null when the bytes come from another version or are damaged: the file is then analysed again. */
  @CheckForNull
  public static FileQueries decode(byte[] bytes) {
    return VersionedBytes.read(bytes, VERSION, in -> {
      String uri = in.readUTF();
      int count = in.readInt();
      List<RecordedQuery> queries = new ArrayList<>(Math.min(count, 1024));
      for (int i = 0; i < count; i++) {
        TextSpan span = TextSpan.readFrom(in);
        String api = in.readUTF();
        QueryLanguage expected = QueryLanguage.valueOf(in.readUTF());
        String text = in.readUTF();
        TextSpan textSpan = in.readBoolean() ? TextSpan.readFrom(in) : null;
        queries.add(new RecordedQuery(span, api, expected, text, textSpan, readNullable(in), in.readBoolean()));
      }
      return new FileQueries(uri, queries);
    });
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
