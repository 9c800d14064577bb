package org.sonarreview.sample.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** How many units of one article a warehouse holds; its table follows the default naming. */
@Entity
@NamedQuery(name = "StockItem.bySku", query = "select s from StockItem s where s.sku = :sku order by s.quantity desc")
public class StockItem {

  @Id
  private Long id;

  private String sku;

  private int quantity;

  @ManyToOne
  @JoinColumn(name = "warehouse_id")
  private Warehouse warehouse;

  protected StockItem() {
    // for JPA
  }
}
