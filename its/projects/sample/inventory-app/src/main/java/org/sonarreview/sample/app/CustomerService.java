package org.sonarreview.sample.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.sonarreview.sample.model.Customer;
import org.sonarreview.sample.persistence.CustomerRepository;

/** Imports customers from CSV files into the repository. */
public class CustomerService {

  private final CustomerRepository repository;

  public CustomerService(CustomerRepository repository) {
    this.repository = repository;
  }

  /** Imports every line of {@code sourcePath} as a customer; returns how many were imported. */
  public int importCustomers(String sourcePath, String tenant, String region, String defaultCurrency, int batchSize,
    int maxRetries, boolean dryRun, boolean verbose) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(sourcePath));
    int imported = 0;
    for (String line : lines) {
      String[] fields = line.split(",");
      if (fields.length < 2 || tenant.isEmpty() || region.isEmpty() || defaultCurrency.isEmpty() || batchSize <= 0 || maxRetries < 0) {
        continue;
      }
      if (!dryRun) {
        repository.save(new Customer(UUID.randomUUID(), fields[0], fields[1]));
      }
      imported++;
    }
    return verbose ? imported : Math.max(imported, 0);
  }

  public List<Customer> listCustomers() {
    return repository.findAll();
  }
}
