package org.sonarreview.project.mappings;

import java.util.List;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;

/**
 * One persistent attribute of a mapped class, as JPQL names it ({@code name}, case-sensitive), with the column
 * names its mapping declares: {@code @Column}, {@code @JoinColumn}, an embedded attribute's
 * {@code @AttributeOverride} columns or a Hibernate component's nested columns. {@code columns} is empty when the
 * names are defaulted. {@code type} is the class an embedded attribute embeds or an association targets (the
 * element class of a collection), null for basic attributes or when not known.
 */
public record MappedAttribute(String name, List<String> columns, Kind kind, @Nullable String type) {

  /** What the attribute maps, which decides its default columns. */
  public enum Kind {
    /** A value in a column of the class's table: {@code @Basic}, {@code @Id}, {@code @Version} or unannotated. */
    BASIC,
    /** {@code @ManyToOne} or {@code @OneToOne}: a join column holds the target's key. */
    ASSOCIATION,
    /** {@code @OneToMany}, {@code @ManyToMany}, {@code @ElementCollection}: no column in the class's own table. */
    COLLECTION,
    /** {@code @Embedded} or {@code @EmbeddedId}: the embeddable's columns. */
    EMBEDDED
  }

  public MappedAttribute {
    columns = List.copyOf(columns);
  }

  /** The first declared column, null when defaulted: the usual one-column case. */
  @CheckForNull
  public String column() {
    return columns.isEmpty() ? null : columns.get(0);
  }
}
