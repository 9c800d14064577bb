package org.sonarreview.rules.naming;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameStylesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // name, snake, camel, upper snake
    "batch_size, true, false, false",
    "get_by_uuid, true, false, false",
    "batchSize, false, true, false",
    "size, false, false, false",
    "_x, false, false, false",
    "x_, false, false, false",
    "value_1, false, false, false",
    "findByAddress_ZipCode, false, false, false",
    "MAX_SIZE, false, false, true",
    "URL, false, false, true",
    "_LITERAL_NAMES, false, false, true",
    "_x_Y, false, false, false",
    "Batch_size, false, false, false",
  })
  void classifies_strictly(String name, boolean snake, boolean camel, boolean upperSnake) {
    assertThat(NameStyles.isSnakeCase(name)).as("snake_case").isEqualTo(snake);
    assertThat(NameStyles.isCamelCase(name)).as("camelCase").isEqualTo(camel);
    assertThat(NameStyles.isUpperSnake(name)).as("UPPER_SNAKE").isEqualTo(upperSnake);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"batch_size, batchSize", "incomplete_proj_id, incompleteProjId", "size, size"})
  void converts_snake_case_to_camel_case(String snake, String camel) {
    assertThat(NameStyles.snakeToCamel(snake)).isEqualTo(camel);
  }
}
