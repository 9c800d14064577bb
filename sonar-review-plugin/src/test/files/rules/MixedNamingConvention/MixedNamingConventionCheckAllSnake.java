class legacy_port { // Noncompliant@0 {{Rename this file's snake_case names to camelCase: 'batch_size' to 'batchSize' and 2 more; this file has 0 camelCase and 3 snake_case names.}}
  private int batch_size;
  private String name;

  int compute_total(int row_count) {
    int total = 0;
    return total + row_count;
  }
}
