package org.sonarreview.sample.app;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sonarreview.sample.persistence.CustomerRepository;
import org.sonarreview.sample.persistence.OrderRepository;

/** The nightly maintenance: purges incomplete customers, checks open orders and keeps an audit file of each run. */
public class NightlyCleanupJob {

  private final CustomerRepository customers;
  private final OrderRepository orders;
  private final Path auditFile;

  /**
   * Creates the job.
   *
   * @param customers the customer repository
   * @param orders the order repository
   * @param auditFile the audit file of the last run, replaced by each run
   */
  public NightlyCleanupJob(CustomerRepository customers, OrderRepository orders, Path auditFile) {
    this.customers = customers;
    this.orders = orders;
    this.auditFile = auditFile;
  }

  private static final Logger LOGGER = Logger.getLogger(NightlyCleanupJob.class.getName());

  /**
   * Purges the customers that never gave an email address.
   *
   * @return how many were purged, 0 when the database refused
   */
  public int purgeIncompleteCustomers() {
    try {
      return customers.purgeWithoutEmail();
    } catch (PersistenceException e) {
    }
    return 0;
  }

  /**
   * Counts the unpaid orders of one customer.
   *
   * @param customerUuid the customer
   * @return the number of unpaid orders
   */
  public long unpaidOrderCount(UUID customerUuid) {
    return orders.countUnpaid(customerUuid);
  }

  /**
   * Describes one customer's account for the reminder letters.
   *
   * @param customerUuid the customer
   * @return the customer and their unpaid orders, or an empty string for an unknown customer
   */
  public String accountSummary(UUID customerUuid) {
    return customers.findByUuid(customerUuid)
      .map(customer -> customer.getName() + ": " + unpaidOrderCount(customerUuid) + " unpaid orders")
      .orElse("");
  }

  /**
   * Reads the audit file of the previous run.
   *
   * @return its lines
   */
  public List<String> readAudit() {
    try {
      return Files.readAllLines(auditFile);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the audit file " + auditFile);
    }
  }

  /** Keeps the audit file of the previous run beside the new one. */
  public void archiveAudit() {
    try {
      Files.move(auditFile, auditFile.resolveSibling(auditFile.getFileName() + ".old"));
    } catch (Exception e) {
      LOGGER.log(Level.WARNING, e, () -> "Cannot archive " + auditFile);
    }
  }

  /**
   * Writes the audit file of this run.
   *
   * @param purged how many customers were purged
   */
  public void writeAudit(int purged) {
    try {
      Files.writeString(auditFile, "purged " + purged + "\n");
    } catch (IOException e) {
      e.printStackTrace();
    }
  }
}
