package com.acme;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

@Entity
@NamedNativeQuery(name = "Customer.raw", query = "SELECT * FROM customer") // Noncompliant {{This SELECT reads 'customer', which 'Customer' maps; query it through 'CustomerRepository' or the ORM.}}
class Customer {
  @Id
  Long id;
  String name;
}

interface CustomerRepository extends JpaRepository<Customer, Long> {

  @Query(value = "SELECT * FROM customer WHERE name = ?1", nativeQuery = true) // Noncompliant {{This SELECT reads 'customer', which 'Customer' maps; query it through 'CustomerRepository' or the ORM.}}
  List<Customer> byNameNative(String name);

  @Query("SELECT c FROM Customer c WHERE c.name = ?1") // JPQL
  List<Customer> byName(String name);

  @Query(value = "SELECT c FROM Customer c", nativeQuery = false) // explicitly not native
  List<Customer> all();
}
