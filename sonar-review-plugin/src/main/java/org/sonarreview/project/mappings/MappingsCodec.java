package org.sonarreview.project.mappings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonarreview.project.TextSpan;
import org.sonarreview.project.VersionedBytes;

/**
 * The analysis-cache form of a file's mappings, in a {@link VersionedBytes} frame: an unchanged file contributes
 * without being parsed. Strings carry their length (no 64 KB limit of {@code writeUTF}); a damaged length or count
 * is caught before it allocates.
 */
public final class MappingsCodec {

  private static final int VERSION = 1;

  private MappingsCodec() {
  }

  public static byte[] encode(List<EntityMapping> entities, List<RepositoryMapping> repositories) {
    return VersionedBytes.write(VERSION, out -> {
      out.writeInt(entities.size());
      for (EntityMapping entity : entities) {
        writeEntity(out, entity);
      }
      out.writeInt(repositories.size());
      for (RepositoryMapping repository : repositories) {
        writeString(out, repository.repositoryFqn());
        writeString(out, repository.entityFqn());
      }
    });
  }

  /** Null when the bytes come from another version or are damaged: the file is then parsed again. */
  @CheckForNull
  public static FileMappings decode(byte[] bytes) {
    return VersionedBytes.read(bytes, VERSION, in -> {
      int entityCount = count(in);
      List<EntityMapping> entities = new ArrayList<>(entityCount);
      for (int i = 0; i < entityCount; i++) {
        entities.add(readEntity(in));
      }
      int repositoryCount = count(in);
      List<RepositoryMapping> repositories = new ArrayList<>(repositoryCount);
      for (int i = 0; i < repositoryCount; i++) {
        repositories.add(new RepositoryMapping(readRequired(in), readRequired(in)));
      }
      return new FileMappings(entities, repositories);
    });
  }

  private static void writeEntity(DataOutputStream out, EntityMapping entity) throws IOException {
    out.writeByte(entity.kind().ordinal());
    writeString(out, entity.classFqn());
    writeString(out, entity.declaredName());
    writeString(out, entity.table());
    writeStrings(out, entity.secondaryTables());
    writeStrings(out, entity.joinTables());
    out.writeInt(entity.attributes().size());
    for (MappedAttribute attribute : entity.attributes()) {
      writeString(out, attribute.name());
      writeStrings(out, attribute.columns());
      out.writeByte(attribute.kind().ordinal());
      writeString(out, attribute.type());
    }
    writeStrings(out, entity.ancestors());
    out.writeBoolean(entity.inheritance());
    MappingSource source = entity.source();
    writeString(out, source.fileKey());
    source.span().writeTo(out);
    out.writeByte(source.origin().ordinal());
  }

  private static EntityMapping readEntity(DataInputStream in) throws IOException {
    EntityMapping.Kind kind = EntityMapping.Kind.values()[in.readByte()];
    String classFqn = readRequired(in);
    String declaredName = readString(in);
    String table = readString(in);
    List<String> secondaryTables = readStrings(in);
    List<String> joinTables = readStrings(in);
    int attributeCount = count(in);
    List<MappedAttribute> attributes = new ArrayList<>(attributeCount);
    for (int i = 0; i < attributeCount; i++) {
      attributes.add(new MappedAttribute(readRequired(in), readStrings(in), MappedAttribute.Kind.values()[in.readByte()], readString(in)));
    }
    List<String> ancestors = readStrings(in);
    boolean inheritance = in.readBoolean();
    String fileKey = readRequired(in);
    TextSpan span = TextSpan.readFrom(in);
    MappingSource source = new MappingSource(fileKey, span, MappingSource.Origin.values()[in.readByte()]);
    return new EntityMapping(kind, classFqn, declaredName, table, secondaryTables, joinTables, attributes, ancestors, inheritance, source);
  }

  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String string : strings) {
      writeString(out, string);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int count = count(in);
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(readRequired(in));
    }
    return strings;
  }

  /** Length, then UTF-8 bytes; -1 for null. */
  private static void writeString(DataOutputStream out, @Nullable String string) throws IOException {
    if (string == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readRequired(DataInputStream in) throws IOException {
    String string = readString(in);
    if (string == null) {
      throw new IOException("Missing string");
    }
    return string;
  }

  /** Null only where null was written; damaged lengths throw, which rejects the whole entry. */
  @CheckForNull
  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < -1 || length > in.available()) {
      throw new IOException("Bad string length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  /** A count of items, each at least one byte long: more than the bytes left is damage. */
  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("Bad count " + count);
    }
    return count;
  }
}
