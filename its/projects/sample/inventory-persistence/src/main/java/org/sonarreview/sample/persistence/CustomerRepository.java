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

  public Optional<Customer> get_by_uuid(String uuid) {
    UUID parsed = UUID.fromString(uuid);
    return findByUuid(parsed);
  }

  /**
   * Lists the customers in the order the user chose.
   *
   * @param sortColumn the property to sort by, as chosen in the customer list
   * @return every customer
   */
  public List<Customer> findAllSortedBy(String sortColumn) {
    return entityManager.createQuery("select c from Customer c order by c." + sortColumn, Customer.class).getResultList();
  }

  /**
   * Deletes the customers that never gave an email address.
   *
   * @return how many were deleted
   */
  public int purgeWithoutEmail() {
    return entityManager.createNativeQuery("delete from customer where email is null").executeUpdate();
  }

  public void save(Customer customer) {
    entityManager.persist(customer);
  }
}
