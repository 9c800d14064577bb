package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonarreview.sql.JpqlStatementFacts.JpqlFeature;
import org.sonarreview.sql.JpqlStatementFacts.Kind;
import org.sonarreview.sql.JpqlStatementFacts.SqlFeature;

/**
 * The facts of one JPQL/HQL statement as {@link JpqlReader} finds them. Whether a FROM item or a join target is a
 * path ({@code a.items}) or an entity ({@code com.x.Item}), and whether {@code a.b} in an expression is a path or
 * an enum constant, depends on the variables the whole statement declares: that is decided when the facts are built.
 */
final class JpqlFactsBuilder {

  /** What a declared name may be: an entity, a path, or either depending on the variables. */
  enum Form {
    ENTITY, PATH, EITHER
  }

  /** A FROM item, join target or statement target, before it is known to be a range or a path join. */
  private record Declaration(List<JpqlToken> name, @Nullable String alias, JpqlJoin.Type joinType, boolean fetch,
    Form form, int depth) {
  }

  private final List<Declaration> declarations = new ArrayList<>();
  private final List<JpqlPath> pathCandidates = new ArrayList<>();
  /** Select items made of one identifier: entities when the identifier is a declared variable. */
  private final List<String> selectedIdentifiers = new ArrayList<>();
  private final Set<JpqlFeature> jpqlFeatures = EnumSet.noneOf(JpqlFeature.class);
  private final Set<SqlFeature> sqlFeatures = EnumSet.noneOf(SqlFeature.class);

  void declare(List<JpqlToken> name, @Nullable String alias, JpqlJoin.Type joinType, boolean fetch, Form form, int depth) {
    declarations.add(new Declaration(name, alias, joinType, fetch, form, depth));
  }

  /** {@code a.b.c}, a path if {@code a} turns out to be a variable. */
  void dottedName(List<JpqlToken> name, int depth) {
    pathCandidates.add(path(name, depth));
  }

  void selectedIdentifier(JpqlToken identifier) {
    selectedIdentifiers.add(identifier.lowerCase());
  }

  void add(JpqlFeature feature) {
    jpqlFeatures.add(feature);
  }

  void add(SqlFeature feature) {
    sqlFeatures.add(feature);
  }

  JpqlStatementFacts build(Kind kind) {
    Set<String> aliases = new HashSet<>();
    declarations.stream().map(Declaration::alias).filter(Objects::nonNull).forEach(aliases::add);
    List<JpqlRange> ranges = new ArrayList<>();
    List<JpqlJoin> joins = new ArrayList<>();
    List<JpqlPath> paths = new ArrayList<>();
    for (Declaration declaration : declarations) {
      if (isPath(declaration, aliases)) {
        JpqlPath path = path(declaration.name(), declaration.depth());
        joins.add(new JpqlJoin(declaration.joinType(), declaration.fetch(), path, declaration.alias()));
        paths.add(path);
        jpqlFeatures.add(JpqlFeature.PATH_JOIN);
      } else {
        String entityName = declaration.name().stream().map(JpqlToken::text).collect(Collectors.joining("."));
        ranges.add(new JpqlRange(entityName, declaration.alias(), declaration.name().get(0).start(), declaration.depth()));
      }
    }
    pathCandidates.stream().filter(path -> aliases.contains(path.qualifier())).forEach(paths::add);
    paths.sort(Comparator.comparingInt(JpqlPath::start));
    if (selectedIdentifiers.stream().anyMatch(aliases::contains)) {
      jpqlFeatures.add(JpqlFeature.SELECTS_RANGE_ALIAS);
    }
    return new JpqlStatementFacts(kind, ranges, joins, paths, jpqlFeatures, sqlFeatures);
  }

  private static boolean isPath(Declaration declaration, Set<String> aliases) {
    if (declaration.form() != Form.EITHER) {
      return declaration.form() == Form.PATH;
    }
    String first = declaration.name().get(0).lowerCase();
    return declaration.name().size() > 1 && aliases.contains(first) && !first.equals(declaration.alias());
  }

  private static JpqlPath path(List<JpqlToken> name, int depth) {
    List<String> attributes = name.subList(1, name.size()).stream().map(JpqlToken::text).toList();
    return new JpqlPath(name.get(0).lowerCase(), attributes, name.get(0).start(), name.get(name.size() - 1).end(), depth);
  }
}
