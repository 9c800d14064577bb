import org.junit.jupiter.api.Test;

class IgnoredNames {
  private int batchSize;
  private int sourceName;
  private int rowCount, rowLimit, pageSize, pageCount, retryLimit; // 8 camelCase names for 2 snake_case ones: strays
  private int legacy_batch; // matches ignoredNames
  private int batch_size; // Noncompliant {{Rename 'batch_size' to 'batchSize'; this file has 8 camelCase and 2 snake_case names.}}

  @Test
  void import_skips_blank_rows() { // Noncompliant {{Rename 'import_skips_blank_rows' to 'importSkipsBlankRows'; this file has 8 camelCase and 2 snake_case names.}}
  }

  void runImport() {
  }
}
