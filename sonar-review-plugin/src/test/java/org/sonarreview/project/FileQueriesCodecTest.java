package org.sonarreview.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileQueriesCodecTest {

  private static final FileQueries FILE = new FileQueries("file:///p/Dao.java", List.of(
    new RecordedQuery(new TextSpan(3, 4, 3, 20), "EntityManager.createNativeQuery", QueryLanguage.SQL, "select * from t where a = ?",
      new TextSpan(3, 21, 4, 2), "EntityManager", true),
    new RecordedQuery(new TextSpan(9, 2, 9, 8), "@Query", QueryLanguage.JPQL, "select c from Customer c", null, null, false)));

  @Test
  void round_trips() {
    assertThat(FileQueriesCodec.decode(FileQueriesCodec.encode(FILE))).isEqualTo(FILE);
  }

  @Test
  void damaged_or_foreign_bytes_are_rejected() {
    byte[] bytes = FileQueriesCodec.encode(FILE);
    assertThat(FileQueriesCodec.decode(Arrays.copyOf(bytes, bytes.length - 3))).isNull();
    assertThat(FileQueriesCodec.decode(new byte[] {0, 0, 0, 9, 1})).isNull();
    assertThat(FileQueriesCodec.decode(new byte[0])).isNull();
  }
}
