package shop;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Not mapped: JPA does not persist the state of an unmapped superclass. */
class Trackable {
  protected String trackingCode;
}

@Entity
public class Shipment extends Trackable {
  @Id
  private Long id;
  private String carrier;
  // Embedded without @Embedded: only the semantic knows that Dimensions is @Embeddable.
  private Dimensions size;
}

@Embeddable
class Dimensions {
  private int width;
  private int height;
}
