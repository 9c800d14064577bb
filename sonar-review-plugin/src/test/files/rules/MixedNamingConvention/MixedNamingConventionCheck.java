package com.acme;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ImportJob {

  private static final int MAX_RETRY_COUNT = 3; // UPPER_SNAKE constant
  static final String default_label = "x"; // a static final constant: not judged
  private int batchSize;
  private String sourceName;
  private int retry_count; // Noncompliant {{Rename 'retry_count' to 'retryCount'; this file has 48 camelCase and 12 snake_case names.}}
//            ^^^^^^^^^^^
  private int _internal; // leading `_` only
  private int trailing_; // trailing `_` only
  private int value_1; // a number is not a lowercase word
  private int size; // one lowercase word: neither style

  void runImport(List<String> rows, int batch_size) { // Noncompliant {{Rename 'batch_size' to 'batchSize'; this file has 48 camelCase and 12 snake_case names.}}
    int rowCount = rows.size();
    String incomplete_proj_id = rows.get(0); // Noncompliant
    for (String current_row : rows) { // Noncompliant
      Function<String, String> trimmer = raw_text -> raw_text.trim(); // Noncompliant
    }
    try {
      rowCount++;
    } catch (RuntimeException io_error) { // Noncompliant
      throw io_error;
    }
  }

  String get_by_uuid(String uuid) { // Noncompliant {{Rename 'get_by_uuid' to 'getByUuid'; this file has 48 camelCase and 12 snake_case names.}}
    return uuid;
  }

  @Override
  public String toString() {
    return sourceName;
  }

  @Test
  void import_skips_blank_rows() { // JUnit test method
  }

  void should_reject_rows_when_empty() { // should_x_when_y test name
  }
}

interface Rows {
  String first_row(); // Noncompliant
  int ROW_LIMIT = 10; // interface constant
}

class CsvRows implements Rows {
  public String first_row() { // implementation: the name is imposed
    return "";
  }
}

interface AddressRepository {
  List<String> findByAddress_ZipCode(String zipCode); // Spring Data derived query: not snake_case
}

sealed interface Shape permits Circle, Square { }
record Circle(double radius) implements Shape { }
record Square(double side_length) implements Shape { } // Noncompliant

class Java21 {
  String describeShape(Object shape, String labelText) {
    if (shape instanceof Circle c) {
      return "circle";
    }
    return switch (shape) {
      case Square square_shape -> // Noncompliant
        """
        square
        """;
      default -> labelText;
    };
  }
}

class Suppressed {
  @SuppressWarnings("review:MixedNamingConvention")
  void legacy_name() {
  }

  @SuppressWarnings("review:MixedNamingConvention")
  private int legacy_field;

  void otherMethod() {
  }
}

class CamelCaseBulk {
  // 40 more camelCase names: the 12 snake_case names above stay strays (at most one per 4 camelCase names).
  private int alphaOne, alphaTwo, alphaThree, alphaFour, alphaFive, alphaSix, alphaSeven, alphaEight;
  private int betaOne, betaTwo, betaThree, betaFour, betaFive, betaSix, betaSeven, betaEight;
  private int gammaOne, gammaTwo, gammaThree, gammaFour, gammaFive, gammaSix, gammaSeven, gammaEight;
  private int deltaOne, deltaTwo, deltaThree, deltaFour, deltaFive, deltaSix, deltaSeven, deltaEight;
  private int epsilonOne, epsilonTwo, epsilonThree, epsilonFour, epsilonFive, epsilonSix, epsilonSeven, epsilonEight;
}
