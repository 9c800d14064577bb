import org.junit.jupiter.api.Test;

class IgnoredNames {
  private int batchSize;
  private int sourceName;
  private int legacy_batch; // matches ignoredNames
  private int batch_size; // Noncompliant {{Rename `batch_size` to `batchSize`; this file has 3 camelCase and 2 snake_case names.}}

  @Test
  void import_skips_blank_rows() { // Noncompliant {{Rename `import_skips_blank_rows` to `importSkipsBlankRows`; this file has 3 camelCase and 2 snake_case names.}}
  }

  void runImport() {
  }
}
