package org.sonarreview.project;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileEntryCodecTest {

  @Test
  void round_trip() {
    FileEntry entry = new FileEntry("file:///a/B.java", true,
      List.of(new MethodDeclaration("a.B#f()V", "a.B", "f", false, true, 3, 4, 5)),
      Set.of("a.C#g()V", "a.D#<init>()V"), Set.of("unknownCall"));
    assertThat(FileEntryCodec.decode(FileEntryCodec.encode(entry))).isEqualTo(entry);
  }

  @Test
  void damaged_or_foreign_bytes_are_rejected() {
    assertThat(FileEntryCodec.decode(new byte[] {1, 2})).isNull();
    assertThat(FileEntryCodec.decode(new byte[] {0, 0, 0, 9})).isNull();
  }

  @Test
  void a_cached_entry_moves_to_the_current_uri() {
    FileEntry entry = new FileEntry("file:///old/B.java", false, List.of(), Set.of(), Set.of("b"));
    assertThat(entry.at("file:///new/B.java").uri()).isEqualTo("file:///new/B.java");
  }
}
