package org.sonarreview.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A warehouse that holds stock, below its parent in the distribution network. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

  @Id
  private Long id;

  @Column(name = "warehouse_code", nullable = false, unique = true)
  private String code;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Warehouse parent;

  protected Warehouse() {
    // for JPA
  }
}
