package org.sonarreview.project;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/** The analysis-cache form of a {@link FileConventions}: compact, versioned, and rejected whole when unreadable. */
public final class FileConventionsCodec {

  private static final int VERSION = 1;

  private FileConventionsCodec() {
  }

  public static byte[] encode(FileConventions conventions) {
    return VersionedBytes.write(VERSION, out -> {
      out.writeUTF(conventions.uri());
      Map<String, Map<String, Integer>> entries = conventions.tally().entries();
      out.writeInt(entries.size());
      for (Map.Entry<String, Map<String, Integer>> entry : entries.entrySet()) {
        out.writeUTF(entry.getKey());
        out.writeInt(entry.getValue().size());
        for (Map.Entry<String, Integer> value : entry.getValue().entrySet()) {
          out.writeUTF(value.getKey());
          out.writeInt(value.getValue());
        }
      }
      out.writeInt(conventions.findings().size());
      for (ConventionFinding finding : conventions.findings()) {
        writeFinding(out, finding);
      }
    });
  }

  /** Null when the bytes come from another version or are damaged: the file is then analysed again. */
  @CheckForNull
  public static FileConventions decode(byte[] bytes) {
    return VersionedBytes.read(bytes, VERSION, in -> {
      String uri = in.readUTF();
      ConventionTally tally = new ConventionTally();
      int keys = in.readInt();
      for (int i = 0; i < keys; i++) {
        String key = in.readUTF();
        int values = in.readInt();
        for (int j = 0; j < values; j++) {
          tally.putEntry(key, in.readUTF(), in.readInt());
        }
      }
      int count = in.readInt();
      List<ConventionFinding> findings = new ArrayList<>(Math.min(count, 1024));
      for (int i = 0; i < count; i++) {
        findings.add(readFinding(in));
      }
      return new FileConventions(uri, tally, findings);
    });
  }

  private static void writeFinding(DataOutputStream out, ConventionFinding finding) throws IOException {
    out.writeUTF(finding.convention());
    out.writeInt(finding.scopes().size());
    for (String scope : finding.scopes()) {
      out.writeUTF(scope);
    }
    out.writeUTF(finding.ownValue());
    out.writeBoolean(finding.expectedValue() != null);
    if (finding.expectedValue() != null) {
      out.writeUTF(finding.expectedValue());
    }
    out.writeUTF(finding.subject());
    out.writeUTF(finding.message());
    finding.span().writeTo(out);
  }

  private static ConventionFinding readFinding(DataInputStream in) throws IOException {
    String convention = in.readUTF();
    int scopeCount = in.readInt();
    List<String> scopes = new ArrayList<>(Math.min(scopeCount, 16));
    for (int i = 0; i < scopeCount; i++) {
      scopes.add(in.readUTF());
    }
    String ownValue = in.readUTF();
    String expectedValue = in.readBoolean() ? in.readUTF() : null;
    String subject = in.readUTF();
    String message = in.readUTF();
    TextSpan span = TextSpan.readFrom(in);
    return new ConventionFinding(convention, scopes, ownValue, expectedValue, subject, message, span);
  }
}
