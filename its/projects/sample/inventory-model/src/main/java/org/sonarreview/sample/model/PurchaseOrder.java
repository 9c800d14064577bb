package org.sonarreview.sample.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order placed by a customer. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

  @Id
  @GeneratedValue
  private Long id;

  private String orderNumber;
  private String customerUuid;
  private String currency;
  private String status;
  private long amountCents;
  private boolean paid;
  private boolean shipped;
  private Instant createdAt;

  public static final int ORDER_NUMBER_LENGTH = 40;

  protected PurchaseOrder() {
    // for JPA
  }

  public PurchaseOrder(String orderNumber, String customerUuid, String currency, String status, long amountCents,
    boolean paid, boolean shipped, Instant createdAt) {
    this.orderNumber = orderNumber;
    this.customerUuid = customerUuid;
    this.currency = currency;
    this.status = status;
    this.amountCents = amountCents;
    this.paid = paid;
    this.shipped = shipped;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public String getCustomerUuid() {
    return customerUuid;
  }

  public String getCurrency() {
    return currency;
  }

  public String getStatus() {
    return status;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public boolean isPaid() {
    return paid;
  }

  public void markPaid() {
    this.paid = true;
  }

  public boolean isShipped() {
    return shipped;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
