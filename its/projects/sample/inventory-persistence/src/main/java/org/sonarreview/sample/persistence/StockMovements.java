package org.sonarreview.sample.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Applies stock movements with plain JDBC, in the transaction of the warehouse system; it uses no ORM. */
public final class StockMovements {

  private StockMovements() {
  }

  /**
   * Adds a movement to the stock of an article.
   *
   * @param connection the warehouse system's connection
   * @param sku the article
   * @param delta the units added, negative when removed
   * @throws SQLException when the update fails
   */
  public static void apply(Connection connection, String sku, int delta) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("update stock_item set quantity = quantity + ? where sku = ?")) {
      update.setInt(1, delta);
      update.setString(2, sku);
      update.executeUpdate();
    }
  }
}
