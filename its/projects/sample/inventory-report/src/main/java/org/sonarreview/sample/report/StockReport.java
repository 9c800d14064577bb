package org.sonarreview.sample.report;

import java.util.Comparator;
import java.util.List;

/** A plain-text stock report: one line per article, the articles to reorder first. */
public final class StockReport {

  private final List<StockLevel> levels;

  /**
   * Creates a report of the given stock levels.
   *
   * @param levels the stock levels, in any order
   */
  public StockReport(List<StockLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  /**
   * Renders the report.
   *
   * @return one line per article, articles to reorder first, then by SKU
   */
  public String render() {
    StringBuilder report = new StringBuilder();
    levels.stream()
      .sorted(Comparator.comparing(StockLevel::needsReorder).reversed().thenComparing(StockLevel::sku))
      .forEach(level -> report.append(formatLine(level)).append('\n'));
    return report.toString();
  }

  private static String formatLine(StockLevel level) {
    String marker = level.needsReorder() ? "REORDER" : "ok";
    return level.sku() + ": " + level.quantity() + " (" + marker + ")";
  }
}
