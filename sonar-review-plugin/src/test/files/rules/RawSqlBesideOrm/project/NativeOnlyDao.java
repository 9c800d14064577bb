package shop.dao;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Holds an EntityManager but runs only native SQL through it: a JDBC class in all but name, left alone. */
class NativeOnlyDao {
  private final EntityManager entityManager;

  NativeOnlyDao(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  List<?> names() {
    return entityManager.createNativeQuery("select name from consumers").getResultList();
  }

  int lock(String key) {
    return entityManager.createNativeQuery("insert into ledger_entry (id, amount) values (1, 0)").executeUpdate();
  }
}
