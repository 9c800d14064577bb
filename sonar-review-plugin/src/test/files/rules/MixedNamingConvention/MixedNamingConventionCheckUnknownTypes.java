import com.unknown.Base;

class UnknownParent extends Base {
  private int batchSize;
  private int sourceName;

  void load_rows() { // unknown hierarchy: may override, stays silent
  }

  void store_rows(int row_count) { // unknown hierarchy: may override, stays silent on the name and its parameters
  }

  void keepRows(Unknown rows) {
    int kept_rows = rows.size(); // Noncompliant {{Rename 'kept_rows' to 'keptRows'; this file has 2 camelCase and 1 snake_case names.}}
  }
}
