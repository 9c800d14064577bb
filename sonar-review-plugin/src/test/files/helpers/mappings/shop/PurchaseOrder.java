package shop;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
@SecondaryTable(name = "order_details")
@AttributeOverride(name = "createdAt", column = @Column(name = "placed_at"))
public class PurchaseOrder extends BaseEntity {
  @ManyToOne
  @JoinColumn(name = "buyer_id")
  private Customer buyer;
  @ManyToOne
  private Customer seller;
  @ManyToMany
  @JoinTable(name = "order_tags", joinColumns = @JoinColumn(name = "order_ref"))
  private Set<Tag> tags;
  @ElementCollection
  @CollectionTable(name = "order_codes")
  private List<String> codes;
  @OneToMany(targetEntity = Tag.class)
  private Map<String, Object> extras;
  @Column(name = "total_cents", table = "order_details")
  private long totalCents;
  private String deliveryNote;
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "delivery_street"))
  private Address delivery;
}
