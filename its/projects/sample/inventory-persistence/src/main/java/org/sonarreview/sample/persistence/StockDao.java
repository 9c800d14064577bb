package org.sonarreview.sample.persistence;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sonarreview.sample.model.StockItem;

/** Reads stock levels through JPA, with the few queries that are written by hand. */
public class StockDao {

  private final EntityManager entityManager;

  public StockDao(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Lists the stock items that are nearly sold out.
   *
   * @return the stock items with fewer than five units left
   */
  public List<?> lowStock() {
    return entityManager.createNativeQuery("select id, sku, quantity from stock_item where quantity < 5").getResultList();
  }

  /**
   * Lists the suppliers by name.
   *
   * @return the names of every supplier
   */
  public List<?> supplierNames() {
    return entityManager.createNativeQuery("select supplier_name from supplier order by supplier_name").getResultList();
  }

  /**
   * Lists the stock movements that the warehouse system records in its own table.
   *
   * @return the movements, oldest first
   */
  public List<?> auditTrail() {
    return entityManager.createNativeQuery("select moved_at, sku, delta from stock_audit order by moved_at").getResultList();
  }

  /**
   * Finds a warehouse and every warehouse below it in the distribution network.
   *
   * @param code the code of the top warehouse
   * @return the ids of the warehouses
   */
  public List<?> warehouseTree(String code) {
    return entityManager.createNativeQuery("with recursive tree (id, parent_id) as ("
        + " select id, parent_id from warehouse where warehouse_code = :code"
        + " union all select w.id, w.parent_id from warehouse w join tree t on w.parent_id = t.id)"
        + " select id from tree")
      .setParameter("code", code)
      .getResultList();
  }

  /**
   * Finds the stock of one article in every warehouse.
   *
   * @param sku the article
   * @return the stock items of the article
   */
  public List<?> findBySku(String sku) {
    return entityManager.createNativeQuery("from StockItem s where s.sku = :sku").setParameter("sku", sku).getResultList();
  }

  /**
   * Counts the articles a warehouse holds.
   *
   * @param code the code of the warehouse
   * @return how many stock items the warehouse holds
   */
  public Object countInWarehouse(String code) {
    return entityManager.createQuery("select count(*) from stock_item si join warehouse w on si.warehouse_id = w.id"
        + " where w.warehouse_code = :code")
      .setParameter("code", code)
      .getSingleResult();
  }

  /**
   * Lists the stock items that ran out.
   *
   * @return the stock items without units left
   */
  public List<StockItem> soldOut() {
    return entityManager.createQuery("select s from StockItem s where s.qty = 0", StockItem.class).getResultList();
  }

  /**
   * Finds the stock of one article, largest first, through the named query of the entity.
   *
   * @param sku the article
   * @return the stock items of the article
   */
  public List<StockItem> bySku(String sku) {
    return entityManager.createNamedQuery("StockItem.bySku", StockItem.class).setParameter("sku", sku).getResultList();
  }

  /**
   * Finds the stock items whose SKU starts with what the user typed in the search box.
   *
   * @param statement a statement of the warehouse connection
   * @param prefix the start of the SKU, as typed
   * @return the matching rows
   * @throws SQLException when the query fails
   */
  public ResultSet searchBySkuPrefix(Statement statement, String prefix) throws SQLException {
    return statement.executeQuery("select id, sku, quantity from stock_item where sku like '" + prefix + "%'");
  }
}
