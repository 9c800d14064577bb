package org.sonarreview.sample.app;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Arrays;
import org.sonarreview.sample.app.CustomerService;

/** Command-line entry point: {@code inventory import <file>}. */
public final class InventoryCli {

  private InventoryCli() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[0].equals("import")) {
      throw new IllegalArgumentException("usage: inventory import <file>");
    }
    CustomerService service = new CustomerService(null);
    service.importCustomers(args[1], "default", "EU", "EUR", 100, 3, false, false);
  }
}
