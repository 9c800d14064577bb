package shop;

import jakarta.persistence.Entity;
import org.springframework.data.jpa.domain.AbstractPersistable;

/** Its superclass is mapped by a library: its attributes are not all known. */
@Entity
public class Invoice extends AbstractPersistable<Long> {
  private String number;
}
