package org.sonarreview.sample.report;

/**
 * How many units of one article are in stock.
 *
 * @param sku the article's stock-keeping unit
 * @param quantity the units in stock
 * @param reorderThreshold the quantity at or below which the article is reordered
 */
public record StockLevel(String sku, int quantity, int reorderThreshold) {

  /**
   * Tells whether the article must be reordered.
   *
   * @return true when the quantity has fallen to the reorder threshold
   */
  public boolean needsReorder() {
    return quantity <= reorderThreshold;
  }
}
