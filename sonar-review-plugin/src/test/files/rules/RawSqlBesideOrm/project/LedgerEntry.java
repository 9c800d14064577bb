package shop.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class LedgerEntry {
  @Id
  private Long id;
  private BigDecimal amount;
}
