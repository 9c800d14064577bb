package com.acme;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// flagDeclarativeNativeQueries is false by default: declarative native queries are left alone.
@Entity
@NamedNativeQuery(name = "Invoice.raw", query = "SELECT * FROM invoice")
class Invoice {
  @Id
  Long id;
}

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  @Query(value = "SELECT * FROM invoice", nativeQuery = true)
  List<Invoice> allNative();
}
