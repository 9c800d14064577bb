package legacy;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.Table;

@Entity
@Inheritance
@Table(name = "legacy.\"ACCOUNTS\"")
public class Account {
  @Id
  Long id;
  @Column(name = "owner_name")
  String owner;
  @Column(name = "\"Opened\u0041t\"")
  java.util.Date openedAt;

  @Entity(name = "AccountNote")
  public static class Note {
    @Id
    Long id;
    String body;
  }
}
