package org.sonarreview.sample.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Optional;
import java.util.UUID;
import org.sonarreview.sample.model.Customer;

/**
 * Reads and writes customers through JPA.
 *
 * <p>Every method may throw {@link PersistenceException} when the database is unreachable.
 */
public class CustomerRepository {

  private final EntityManager entityManager;

  public CustomerRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public Optional<Customer> findByUuid(UUID uuid) {
    return entityManager.createQuery("select c from Customer c where c.uuid = :uuid", Customer.class)
      .setParameter("uuid", uuid)
      .getResultStream()
      .findFirst();
  }

  public List<Customer> findAll() {
    return entityManager.createQuery("select c from Customer c order by c.name", Customer.class).getResultList();
  }

  public void save(Customer customer) {
    entityManager.persist(customer);
  }
}
