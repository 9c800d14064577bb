package org.sonarreview.sample.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sonarreview.sample.model.Customer;
import org.sonarreview.sample.persistence.CustomerRepository;

/** Imports customers from CSV files into the repository. */
public class CustomerService {

  private static final int DEFAULT_BATCH_SIZE = 100;

  private final CustomerRepository repository;

  public CustomerService(CustomerRepository repository) {
    this.repository = repository;
  }

  /** Imports every line of {@code sourcePath} as a customer; returns how many were imported. */
  public int importCustomers(String sourcePath, String tenant, String region, String defaultCurrency, int batchSize,
    int maxRetries, boolean dryRun, boolean verbose) throws IOException {
    long startedAt = System.nanoTime();
    List<String> lines = Files.readAllLines(Path.of(sourcePath));
    int importedCnt = 0;
    for (String line : lines) {
      String[] fields = line.split(",");
      if (fields.length < 2 || tenant.isEmpty() || region.isEmpty() || defaultCurrency.isEmpty() || batchSize <= 0 || maxRetries < 0) {
        continue;
      }
      if (!dryRun) {
        repository.save(new Customer(UUID.randomUUID(), fields[0], fields[1]));
        // repository.flush();
      }
       importedCnt++;
    }
    return verbose ? importedCnt : Math.max(importedCnt, 0);
  }

  /**
   * One line per customer, for the customer list.
   *
   * @param sortColumn the property the user sorted the list by
   * @return the customers' names
   */
  public List<String> customerLines(String sortColumn) {
    var found = repository.findAllSortedBy(sortColumn);
    List<String> lines = new ArrayList<>();
    for (Customer customer : found) {
      // Add the customer name to the lines
      lines.add(customer.getName());
    }
    return lines;
  }
}
