package org.sonarreview.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileConventionsCodecTest {

  @Test
  void round_trips_a_contribution() {
    ConventionTally tally = new ConventionTally();
    tally.add("javadoc:methods:public", Scopes.ofPackage("a.b"), "have Javadoc", 3);
    tally.add("javadoc:methods:public", Scopes.PROJECT, "have no Javadoc", 1);
    ConventionFinding withExpected = new ConventionFinding("javadoc:methods:public", List.of(Scopes.ofPackage("a.b"), Scopes.PROJECT),
      "have no Javadoc", "have Javadoc", "public methods", "Add a Javadoc comment", new TextSpan(4, 2, 4, 9));
    ConventionFinding majority = new ConventionFinding("order", List.of(Scopes.PROJECT), "mixed", null, "classes", "Reorder",
      new TextSpan(1, 0, 2, 3));
    FileConventions original = new FileConventions("file:///a/B.java", tally, List.of(withExpected, majority));

    FileConventions decoded = FileConventionsCodec.decode(FileConventionsCodec.encode(original));

    assertThat(decoded).isNotNull();
    assertThat(decoded.uri()).isEqualTo("file:///a/B.java");
    assertThat(decoded.findings()).containsExactly(withExpected, majority);
    assertThat(decoded.tally().counts("javadoc:methods:public", Scopes.ofPackage("a.b"))).containsEntry("have Javadoc", 3);
    assertThat(decoded.tally().counts("javadoc:methods:public", Scopes.PROJECT)).containsEntry("have no Javadoc", 1);
  }

  @Test
  void damaged_or_foreign_bytes_are_rejected_whole() {
    byte[] bytes = FileConventionsCodec.encode(new FileConventions("file:///a/B.java", new ConventionTally(), List.of()));
    assertThat(FileConventionsCodec.decode(Arrays.copyOf(bytes, bytes.length - 2))).isNull();
    assertThat(FileConventionsCodec.decode(new byte[] {0, 0, 0, 9})).isNull();
    assertThat(FileConventionsCodec.decode(new byte[0])).isNull();
  }
}
