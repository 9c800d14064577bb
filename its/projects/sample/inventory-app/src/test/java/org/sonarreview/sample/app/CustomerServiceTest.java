package org.sonarreview.sample.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {

  @TempDir
  Path directory;

  @Test
  void dry_run_imports_nothing_but_counts_lines() throws Exception {
    Path csv = Files.writeString(directory.resolve("customers.csv"), "Ada,ada@example.com\nAlan,alan@example.com\n");
    assertEquals(2, importAll(new CustomerService(null), csv.toString(), "t", "EU", "EUR", 10, 1, true, false));
  }

  // ComplexMethodSignature runs on main code only: this test helper gets no issue.
  private static int importAll(CustomerService service, String path, String tenant, String region, String currency,
    int batchSize, int retries, boolean dryRun, boolean verbose) throws Exception {
    return service.importCustomers(path, tenant, region, currency, batchSize, retries, dryRun, verbose);
  }
}
