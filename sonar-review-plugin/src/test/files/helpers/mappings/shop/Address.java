package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(name = "street_line")
  private String street;
  private String zipCode;
}
