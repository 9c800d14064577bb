class legacy_port { // Noncompliant@0 {{Rename this file's snake_case names to camelCase: `batch_size` to `batchSize` and 2 more.}}
  private int batch_size;
  private String name;

  int compute_total(int row_count) {
    int total = 0;
    return total + row_count;
  }
}
