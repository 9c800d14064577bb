package org.sonarreview.sample.app;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sonarreview.sample.app.CustomerService;
import org.sonarreview.sample.persistence.CustomerRepository;
import org.sonarreview.sample.persistence.OrderRepository;
import org.sonarreview.sample.persistence.StockDao;
import org.sonarreview.sample.persistence.StockMovements;
import org.sonarreview.sample.persistence.V1__CreateInventorySchema;
import org.sonarreview.sample.persistence.V2__SeedArticleCatalogue;

/** Command-line entry point: {@code inventory migrate|import|list|cleanup|summary|paid|totals|stock|move <argument>}. */
public final class InventoryCli {

  private InventoryCli() {
  }

  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: inventory migrate|import|list|cleanup|summary|paid|totals|stock|move <argument>");
    }
    CustomerRepository customers = new CustomerRepository(null);
    OrderRepository orders = new OrderRepository(null);
    CustomerService service = new CustomerService(customers);
    switch (args[0]) {
      case "migrate" -> {
        try (Connection connection = DriverManager.getConnection(args[1])) {
          V1__CreateInventorySchema.migrate(connection);
          V2__SeedArticleCatalogue.migrate(connection);
        }
      }
      case "import" -> service.importCustomers(args[1], "default", "EU", "EUR", 100, 3, false, false);
      case "list" -> service.customerLines(args[1]).forEach(System.out::println);
      case "cleanup" -> {
        NightlyCleanupJob job = new NightlyCleanupJob(customers, orders, Path.of(args[1]));
        job.readAudit().forEach(System.out::println);
        job.archiveAudit();
        job.writeAudit(job.purgeIncompleteCustomers());
      }
      case "summary" -> System.out.println(new NightlyCleanupJob(customers, orders, Path.of("audit.log")).accountSummary(UUID.fromString(args[1])));
      case "paid" -> orders.markPaid(Long.parseLong(args[1]));
      case "totals" -> orders.totalsByCurrency().forEach(row -> System.out.println(row[0] + " " + row[1]));
      case "stock" -> {
        StockDao stock = new StockDao(null);
        List.of(stock.lowStock(), stock.supplierNames(), stock.auditTrail(), stock.warehouseTree(args[1]), stock.findBySku(args[1]),
          stock.soldOut(), stock.bySku(args[1])).forEach(System.out::println);
        System.out.println(stock.countInWarehouse(args[1]));
      }
      case "move" -> {
        try (Connection connection = DriverManager.getConnection(args[1])) {
          StockMovements.apply(connection, "A-1", 1);
          System.out.println(new StockDao(null).searchBySkuPrefix(connection.createStatement(), "A-").next());
        }
      }
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }
}
