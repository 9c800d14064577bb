package org.sonarreview.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.tree.IdentifierSplitter;

/**
 * Tells a non-constant SQL part that is a name (a table, column, schema or alias, or SQL from a dialect or the
 * database metadata) from one that is a value. Bind parameters cannot replace names, so the two need different
 * advice. A part is a name when it is not in a value position (inside a {@code '...'} literal, after a comparison,
 * {@code LIKE}, {@code IN (} or {@code VALUES (}) and either its position (after {@code FROM}, {@code JOIN},
 * {@code UPDATE}, {@code ORDER BY}, a {@code .} qualifier, an opening identifier quote...), its own name
 * ({@code tableName}, {@code getColumn()}, {@code quoteIdentifier(..)}, {@code orderBy}) or its source (a JPA
 * metamodel, a Hibernate dialect or mapping, {@code DatabaseMetaData}, a Liquibase {@code Database}, Spring Data's
 * entity information) says so.
 */
public final class SqlIdentifiers {

  private static final Pattern VALUE_BEFORE = Pattern.compile(
    "('%?|=|<|>|\\bLIKE|\\bIN\\s*\\(|\\bVALUES\\s*\\(|\\bBETWEEN)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALUE_AFTER = Pattern.compile("^%?'");
  private static final Pattern NAME_BEFORE = Pattern.compile(
    "(\\b(FROM|JOIN|INTO|UPDATE|TABLE|SEQUENCE|INDEX|SELECT|DISTINCT|ORDER\\s+BY|GROUP\\s+BY)\\s+|[.\"`\\[])$",
    Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_AFTER = Pattern.compile("^[.][\\w\"`\\[]");
  /** Last words that make a variable or method a name: {@code table}, {@code taskTable}, {@code getColumns()}. */
  private static final Set<String> NAME_WORDS = Set.of("table", "tables", "column", "columns", "schema", "catalog",
    "alias", "sequence", "identifier", "identifiers");
  /** Words before a last {@code name}, {@code prefix} or {@code list}: {@code tableName}, {@code tablePrefix}, {@code entityName}. */
  private static final Set<String> NAME_QUALIFIERS = Set.of("table", "column", "columns", "schema", "catalog",
    "sequence", "entity", "object", "alias", "index", "field");
  private static final Set<String> ORDERING_WORDS = Set.of("sort", "sorting", "ordering");
  private static final Set<String> NAME_SUFFIXES = Set.of("name", "names", "prefix", "list");
  /** Packages and types whose methods return names or SQL written by the framework, not user data. */
  private static final List<String> METADATA_PACKAGES = List.of("jakarta.persistence.metamodel.", "javax.persistence.metamodel.",
    "org.hibernate.mapping.", "org.hibernate.dialect.", "org.hibernate.metamodel.", "liquibase.database.", "liquibase.structure.");
  private static final List<String> METADATA_TYPES = List.of("java.sql.DatabaseMetaData",
    "org.springframework.jdbc.core.metadata.TableMetaDataContext", "org.springframework.jdbc.core.metadata.TableMetaDataProvider",
    "org.springframework.data.repository.core.EntityInformation");

  private SqlIdentifiers() {
  }

  public static boolean isName(SqlPart part) {
    // Where the part itself was concatenated; failing that, where the variable that carried it was.
    SqlPosition position = SqlPosition.of(part.tree());
    if (position.isUnknown()) {
      position = SqlPosition.of(part.site());
    }
    if (isValuePosition(position)) {
      return false;
    }
    return isNamePosition(position) || hasNameName(part.tree()) || hasNameName(part.site()) || comesFromMetadata(part.tree());
  }

  private static boolean isValuePosition(SqlPosition position) {
    return (position.before() != null && VALUE_BEFORE.matcher(position.before()).find())
      || (position.after() != null && VALUE_AFTER.matcher(position.after()).find());
  }

  private static boolean isNamePosition(SqlPosition position) {
    return (position.before() != null && NAME_BEFORE.matcher(position.before()).find())
      || (position.after() != null && NAME_AFTER.matcher(position.after()).find());
  }

  private static boolean hasNameName(Tree tree) {
    String name = nameOf(tree);
    if (name == null) {
      return false;
    }
    List<String> words = IdentifierSplitter.split(name).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    return NAME_WORDS.contains(last)
      || (words.size() > 1 && NAME_SUFFIXES.contains(last) && NAME_QUALIFIERS.contains(words.get(words.size() - 2)))
      || isOrdering(words);
  }

  /** {@code orderBy}, {@code toOrderByStatement(..)}, {@code sort}: an ORDER BY list is made of column names. */
  private static boolean isOrdering(List<String> words) {
    int order = words.indexOf("order");
    return (order >= 0 && order + 1 < words.size() && "by".equals(words.get(order + 1)))
      || ORDERING_WORDS.contains(words.get(words.size() - 1));
  }

  @Nullable
  private static String nameOf(Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    if (tree instanceof MemberSelectExpressionTree select) {
      return select.identifier().name();
    }
    if (tree instanceof MethodInvocationTree invocation) {
      return invocation.methodSymbol().name();
    }
    return null;
  }

  private static boolean comesFromMetadata(Tree tree) {
    return tree instanceof MethodInvocationTree invocation && isMetadataCall(invocation);
  }

  /**
   * A call to a JPA metamodel, a Hibernate dialect or mapping, {@code DatabaseMetaData}, a Liquibase {@code Database} or
   * Spring's entity or table metadata: names and SQL that the framework computes from the mapping and its arguments.
   */
  static boolean isMetadataCall(MethodInvocationTree invocation) {
    ExpressionTree receiver = SqlTextTracer.receiverOf(invocation);
    Type owner = receiver != null ? receiver.symbolType() : invocation.methodSymbol().owner().type();
    if (owner == null || owner.isUnknown()) {
      return false;
    }
    String name = owner.fullyQualifiedName();
    return METADATA_PACKAGES.stream().anyMatch(name::startsWith) || METADATA_TYPES.stream().anyMatch(owner::isSubtypeOf);
  }
}
