package org.sonarreview.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A customer of the shop, identified outside the database by a UUID. */
@Entity
@Table(name = "customer")
public class Customer {

  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true)
  private UUID uuid;

  @Column(nullable = false)
  private String name;

  private String email;

  protected Customer() {
    // for JPA
  }

  public Customer(UUID uuid, String name, String email) {
    this.uuid = uuid;
    this.name = name;
    this.email = email;
  }

  public Long getId() {
    return id;
  }

  public UUID getUuid() {
    return uuid;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String toString() {
    return "Customer " + uuid;
  }
}
