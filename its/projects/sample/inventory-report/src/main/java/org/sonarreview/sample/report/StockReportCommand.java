package org.sonarreview.sample.report;

import java.util.ArrayList;
import java.util.List;

/** Command-line entry point: prints the stock report of the articles given as {@code sku:quantity:threshold}. */
public final class StockReportCommand {

  private StockReportCommand() {
  }

  /**
   * Prints the stock report on the standard output.
   *
   * @param args one {@code sku:quantity:threshold} argument per article
   */
  public static void main(String[] args) {
    List<StockLevel> levels = new ArrayList<>();
    for (String argument : args) {
      levels.add(parse(argument));
    }
    System.out.print(new StockReport(levels).render());
  }

  private static StockLevel parse(String argument) {
    String[] parts = argument.split(":");
    return new StockLevel(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }
}
