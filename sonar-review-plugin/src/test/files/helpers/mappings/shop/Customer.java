package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

@Entity
@Table(name = "customers")
public class Customer {

  static final String NAME_COLUMN = "full_name";

  @Id
  private Long id;
  @Column(name = NAME_COLUMN)
  private String name;
  private String emailAddress;
  @Embedded
  private Address address;
  private static int instances;
  private transient String cache;
  @Transient
  private String display;

  public String getName() {
    return name;
  }
}
