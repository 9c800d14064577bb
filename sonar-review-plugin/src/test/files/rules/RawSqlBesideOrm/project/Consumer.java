package shop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@MappedSuperclass
abstract class BaseEntity {
  @Id
  protected Long id;
  @Version
  protected int version;
}

@Entity
@Table(name = "consumers")
public class Consumer extends BaseEntity {
  private String name;
  @Column(name = "is_active")
  private boolean active;
}
