package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** Property access: the identifier's annotation sits on a getter. */
@Entity(name = "Label")
@Table(name = "labels")
public class Tag {
  private Long id;
  private String text;
  private boolean active;
  private String ignoredField;

  @Id
  public Long getId() {
    return id;
  }

  @Column(name = "label_text")
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isActive() {
    return active;
  }

  public String getURL() {
    return "/tags/" + id;
  }

  @Transient
  public String getDisplay() {
    return "#" + text;
  }

  public static String getDefaultText() {
    return "";
  }

  public String describe() {
    return text;
  }
}
