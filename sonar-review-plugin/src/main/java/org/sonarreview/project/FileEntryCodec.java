package org.sonarreview.project;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The analysis-cache form of a {@link FileEntry}: compact, versioned, and rejected whole when unreadable. */
public final class FileEntryCodec {

  private static final int VERSION = 1;

  private FileEntryCodec() {
  }

  public static byte[] encode(FileEntry entry) {
    return VersionedBytes.write(VERSION, out -> {
      out.writeUTF(entry.uri());
      out.writeBoolean(entry.semantic());
      out.writeInt(entry.declarations().size());
      for (MethodDeclaration declaration : entry.declarations()) {
        out.writeUTF(declaration.signature());
        out.writeUTF(declaration.ownerType());
        out.writeUTF(declaration.displayName());
        out.writeBoolean(declaration.constructor());
        out.writeBoolean(declaration.publicApi());
        out.writeInt(declaration.line());
        out.writeInt(declaration.startOffset());
        out.writeInt(declaration.endOffset());
      }
      writeStrings(out, entry.references());
      writeStrings(out, entry.unresolvedNames());
    });
  }

  /** The entry, or null when the bytes come from another version or are damaged: the file is then parsed. */
  public static FileEntry decode(byte[] data) {
    return VersionedBytes.read(data, VERSION, in -> {
      String uri = in.readUTF();
      boolean semantic = in.readBoolean();
      int count = in.readInt();
      List<MethodDeclaration> declarations = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        declarations.add(new MethodDeclaration(in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean(), in.readBoolean(),
          in.readInt(), in.readInt(), in.readInt()));
      }
      return new FileEntry(uri, semantic, declarations, readStrings(in), readStrings(in));
    });
  }

  private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String string : strings) {
      out.writeUTF(string);
    }
  }

  private static Set<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    Set<String> strings = new HashSet<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(in.readUTF());
    }
    return strings;
  }
}
