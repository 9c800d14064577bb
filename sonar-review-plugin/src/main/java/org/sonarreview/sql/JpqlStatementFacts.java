package org.sonarreview.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one JPQL or HQL statement does, as {@link JpqlStatements#parse(String)} read it. Subqueries are merged into
 * the statement's facts; each range and path keeps the nesting level it was written at.
 *
 * @param kind the statement's kind
 * @param ranges the range variables, in text order
 * @param joins the joins on paths, in text order
 * @param paths every path expression on a declared identification variable, join paths included, in text order
 * @param jpqlFeatures syntax that JPQL or HQL has and SQL has not
 * @param sqlFeatures syntax that SQL has and JPQL and HQL have not
 */
public record JpqlStatementFacts(Kind kind, List<JpqlRange> ranges, List<JpqlJoin> joins, List<JpqlPath> paths,
  Set<JpqlFeature> jpqlFeatures, Set<SqlFeature> sqlFeatures) {

  public enum Kind {
    SELECT, UPDATE, DELETE, INSERT
  }

  /** Syntax that makes a text JPQL or HQL: SQL has none of it. */
  public enum JpqlFeature {
    /** HQL's short form, {@code from Entity e where ...}: SQL statements never start with FROM. */
    FROM_WITHOUT_SELECT,
    /** {@code select a from Entity a} or {@code select object(a) ...}: the selected item is an entity. */
    SELECTS_RANGE_ALIAS,
    /** {@code select new com.x.Dto(...)}. */
    CONSTRUCTOR_EXPRESSION,
    JOIN_FETCH,
    /** {@code :tag member of p.tags}. */
    MEMBER_OF,
    /** {@code p.tags is [not] empty}. */
    IS_EMPTY,
    /** {@code type(a) = Sub}. */
    TYPE_FUNCTION,
    /** {@code treat(a.owner as Company)}. */
    TREAT,
    /** {@code key(m)}, {@code value(m)}, {@code entry(m)} on a map attribute. */
    MAP_FUNCTION,
    /** A join or a subquery range on a path of another range ({@code join a.patient p}), not on a table. */
    PATH_JOIN
  }

  /** Syntax that makes a text SQL: JPQL and HQL reject it. Kept to what is certain. */
  public enum SqlFeature {
    /** {@code select *}: JPQL selects entities or expressions, never "all columns". */
    SELECT_STAR,
    /** {@code t.*}. */
    QUALIFIED_STAR,
    /**
     * A {@code ?} parameter without a number: JPA never had them and Hibernate 6 removed them. A caller that
     * replaced the non-constant parts of a text by {@code ?} sees its own {@code ?}s here.
     */
    UNNUMBERED_PARAMETER
  }

  public JpqlStatementFacts {
    ranges = List.copyOf(ranges);
    joins = List.copyOf(joins);
    paths = List.copyOf(paths);
    jpqlFeatures = Set.copyOf(jpqlFeatures);
    sqlFeatures = Set.copyOf(sqlFeatures);
  }

  /** The entity names the statement ranges over, as written, each once. */
  public Set<String> rangeEntityNames() {
    Set<String> names = new LinkedHashSet<>();
    ranges.forEach(range -> names.add(range.entityName()));
    return names;
  }

  /** Every identification variable declared by a range or a join, in lower case. */
  public Set<String> aliases() {
    Set<String> aliases = new LinkedHashSet<>();
    ranges.stream().map(JpqlRange::alias).filter(Objects::nonNull).forEach(aliases::add);
    joins.stream().map(JpqlJoin::alias).filter(Objects::nonNull).forEach(aliases::add);
    return aliases;
  }

  /** The range that declares this identification variable, in any case. */
  public Optional<JpqlRange> rangeOf(String alias) {
    String lowerCase = alias.toLowerCase(Locale.ROOT);
    return ranges.stream().filter(range -> lowerCase.equals(range.alias())).findFirst();
  }

  /** The paths on this identification variable, in any case: {@code a.patient}, {@code a.patient.name}... */
  public List<JpqlPath> pathsOn(String alias) {
    String lowerCase = alias.toLowerCase(Locale.ROOT);
    return paths.stream().filter(path -> path.qualifier().equals(lowerCase)).toList();
  }
}
