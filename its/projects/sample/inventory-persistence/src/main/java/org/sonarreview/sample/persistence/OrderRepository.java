package org.sonarreview.sample.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sonarreview.sample.model.PurchaseOrder;

/** Reads purchase orders through JPA. */
public class OrderRepository {

  private final EntityManager entityManager;

  /**
   * Creates a repository working in the given persistence context.
   *
   * @param entityManager the entity manager of the current transaction
   */
  public OrderRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Finds one order.
   *
   * @param orderId the order's database id
   * @return the order, if it exists
   */
  public Optional<PurchaseOrder> findById(long orderId) {
    return Optional.ofNullable(entityManager.find(PurchaseOrder.class, orderId));
  }

  /**
   * Records the payment of one order.
   *
   * @param orderID the order's database id
   */
  public void markPaid(long orderID) {
    findById(orderID).ifPresent(PurchaseOrder::markPaid);
  }

  /**
   * Finds the orders of one customer.
   *
   * @param customerUuid the customer's UUID
   * @return the orders, newest first
   */
  public List<PurchaseOrder> findByCustomerUuid(UUID customerUuid) {
    return entityManager.createQuery("select o from PurchaseOrder o where o.customerUuid = :customerUuid order by o.createdAt desc",
        PurchaseOrder.class)
      .setParameter("customerUuid", customerUuid.toString())
      .getResultList();
  }

  /**
   * Counts the orders of one customer that are not paid yet.
   *
   * @param customerUuid the customer's UUID
   * @return the number of unpaid orders
   */
  public long countUnpaid(UUID customerUuid) {
    List<PurchaseOrder> orders = findByCustomerUuid(customerUuid);
    return orders.stream().filter(order -> !order.isPaid()).count();
  }

  /**
   * Totals the order amounts of each currency.
   */
  public List<Object[]> totalsByCurrency() {
    List rows = entityManager.createQuery("select o.currency, sum(o.amountCents) from PurchaseOrder o group by o.currency")
      .getResultList();
    List<Object[]> totals = new ArrayList<>();
    for (Object row : rows) {
      totals.add((Object[]) row);
    }
    return totals;
  }

  /**
   * The distinct order statuses, in the untyped list the legacy reporting API takes.
   *
   * @return the statuses
   */
  @SuppressWarnings("rawtypes")
  public List legacyStatuses() {
    List statuses = entityManager.createQuery("select distinct o.status from PurchaseOrder o").getResultList();
    return statuses;
  }
}
