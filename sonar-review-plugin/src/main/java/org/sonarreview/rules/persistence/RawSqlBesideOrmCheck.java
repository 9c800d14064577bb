package org.sonarreview.rules.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.QueryLanguage;
import org.sonarreview.project.RecordedQuery;
import org.sonarreview.project.mappings.EntityMapping;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.sql.SqlColumn;
import org.sonarreview.sql.SqlStatementFacts;
import org.sonarreview.sql.SqlStatements;
import org.sonarreview.sql.SqlTable;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.QualifiedNames;

/**
 * Raw SQL that does plain CRUD on tables the project maps, in a class that otherwise goes through the ORM: the
 * reviewer's "use the ORM for what it maps". SQL the ORM does not express well, unmapped tables and columns, and
 * classes without ORM use are left alone.
 */
@Rule(key = "RawSqlBesideOrm")
public class RawSqlBesideOrmCheck extends PersistenceCheck {

  private static final List<String> ORM_PACKAGES = List.of("org.hibernate", "org.springframework.data", "org.jooq");
  /** Words of a comment that says why the statement below goes around the ORM. */
  private static final Pattern REASON = Pattern.compile("(?i)\\b(native|bypass\\w*|punch\\w*|directly|performance|faster|bulk|lock\\w*)\\b");

  @RuleProperty(key = "flagDeclarativeNativeQueries",
    description = "Also flag declarative native queries, @Query(nativeQuery = true) and @NamedNativeQuery (true or false)",
    defaultValue = "false")
  public boolean flagDeclarativeNativeQueries = false;

  @RuleProperty(key = "ignoredTypes",
    description = "Regular expression on fully qualified type names: classes that are, extend or implement a matching type "
      + "are left alone (by default Flyway and Liquibase migrations)",
    defaultValue = "org\\.flywaydb\\..*|liquibase\\..*")
  public String ignoredTypes;

  private final RuleParameter<Pattern> ignoredTypesPattern = parameter("ignoredTypes", ParameterType.regex());

  public RawSqlBesideOrmCheck() {
    this(null, null);
  }

  public RawSqlBesideOrmCheck(@Nullable ProjectMappings mappings, @Nullable ProjectQueries queries) {
    super(mappings, queries);
  }

  @Override
  public void visitNode(Tree tree) {
    if (!isOrmOwnPackage((CompilationUnitTree) tree)) {
      super.visitNode(tree);
    }
  }

  @Override
  protected boolean isCandidate(FoundQuery query, QueryCollector file) {
    return file.readsOrWritesMappedData() && query.expected() == QueryLanguage.SQL
      && (!query.declarative() || flagDeclarativeNativeQueries)
      && !isInIgnoredType(query.reportTree())
      && !isExplained(query.reportTree());
  }

  /**
   * The code says the SQL is deliberate: a comment before the statement, or before an earlier statement of its
   * block (one comment often covers a run of native queries), gives the reason; or the method or class carries an
   * annotation that marks native SQL ({@code @NativeQuery}, a project's own marker).
   */
  private static boolean isExplained(Tree tree) {
    Tree statement = tree;
    while (statement.parent() != null && !(statement.parent() instanceof BlockTree)) {
      statement = statement.parent();
    }
    if (statement.parent() instanceof BlockTree block) {
      for (Tree earlier : block.body()) {
        if (hasReasonComment(earlier)) {
          return true;
        }
        if (earlier == statement) {
          break;
        }
      }
    }
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if ((current instanceof MethodTree method && hasNativeMarker(method.modifiers()))
        || (current instanceof ClassTree type && hasNativeMarker(type.modifiers()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReasonComment(Tree statement) {
    SyntaxToken first = statement.firstToken();
    return first != null && first.trivias().stream().anyMatch(comment -> REASON.matcher(comment.comment()).find());
  }

  private static boolean hasNativeMarker(ModifiersTree modifiers) {
    // not JPA's own @NamedNativeQuery, which declares a query rather than marks one
    return modifiers.annotations().stream().map(Annotations::simpleName)
      .anyMatch(name -> name.contains("Native") && !name.startsWith("Named"));
  }

  @Override
  public Optional<Verdict> judge(RecordedQuery query, ProjectMappings mappings) {
    if (query.expected() != QueryLanguage.SQL || query.ormUse() == null) {
      return Optional.empty();
    }
    Optional<SqlStatementFacts> parsed = SqlStatements.parse(query.text());
    if (parsed.isEmpty() || !parsed.get().isPlainCrud() || parsed.get().tables().isEmpty()) {
      return Optional.empty();
    }
    SqlStatementFacts statement = parsed.get();
    if (statement.kind() != SqlStatementFacts.Kind.SELECT && statement.tableNames().size() > 1) {
      // a write that reads other tables (a join, a subquery): a bulk statement the ORM does not express well
      return Optional.empty();
    }
    List<String> tables = new ArrayList<>();
    List<EntityMapping> entities = new ArrayList<>();
    for (String table : statement.tableNames()) {
      List<EntityMapping> mapping = mappings.entitiesMappingTable(table).stream()
        .filter(entity -> entity.kind() == EntityMapping.Kind.ENTITY).toList();
      if (mapping.isEmpty() || !mapsEveryColumn(statement, table, mapping.get(0), mappings)) {
        // a table, or a column, the ORM does not know: it cannot run this query
        return Optional.empty();
      }
      tables.add(table);
      entities.add(mapping.get(0));
    }
    return Optional.of(new Verdict(message(statement.kind(), tables, entities, query.ormUse(), mappings), entities));
  }

  /** Every column the statement qualifies with this table (or writes without qualifier, when it is the only table) is mapped. */
  private static boolean mapsEveryColumn(SqlStatementFacts statement, String table, EntityMapping entity, ProjectMappings mappings) {
    if (!mappings.isComplete(entity)) {
      return true;
    }
    var columns = mappings.columnsOf(entity);
    boolean onlyTable = statement.tableNames().size() == 1;
    for (SqlColumn column : statement.columns()) {
      String qualifier = column.qualifier();
      boolean ofThisTable = qualifier == null ? onlyTable
        : statement.tableDesignatedBy(qualifier).map(SqlTable::name).filter(table::equals).isPresent();
      if (ofThisTable && !columns.contains(column.name())) {
        return false;
      }
    }
    return true;
  }

  private static String message(SqlStatementFacts.Kind kind, List<String> tables, List<EntityMapping> entities, String ormUse,
    ProjectMappings mappings) {
    boolean select = kind == SqlStatementFacts.Kind.SELECT;
    String verb = select ? "reads" : "writes";
    String them = tables.size() == 1 ? "it" : "them";
    List<String> entityNames = entities.stream().map(EntityMapping::entityName).distinct().toList();
    String map = entityNames.size() == 1 ? "maps" : "map";
    String through = mappings.repositoryOf(entities.get(0))
      .map(repository -> "'" + repository.simpleName() + "'")
      .filter(repository -> !repository.equals("'" + ormUse + "'"))
      .map(repository -> repository + " or " + ormPhrase(ormUse))
      .orElse(ormPhrase(ormUse));
    return "This " + kind + " " + verb + " " + quoted(tables) + ", which " + quoted(entityNames)
      + " " + map + "; " + (select ? "query " : "write ") + them + " through " + through + ".";
  }

  /** How the class already uses the ORM, as the advice names it. */
  private static String ormPhrase(String ormUse) {
    if (ormUse.startsWith("@PersistenceContext")) {
      return "the 'EntityManager'";
    }
    if (ormUse.startsWith("@")) {
      return "the ORM";
    }
    return ormUse.endsWith("Repository") ? "'" + ormUse + "'" : "the '" + ormUse + "'";
  }

  private static String quoted(List<String> names) {
    List<String> distinct = names.stream().distinct().map(name -> "'" + name + "'").toList();
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    return String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and " + distinct.get(distinct.size() - 1);
  }

  private static boolean isOrmOwnPackage(CompilationUnitTree unit) {
    String packageName = unit.packageDeclaration() == null ? "" : QualifiedNames.of(unit.packageDeclaration().packageName());
    return ORM_PACKAGES.stream().anyMatch(orm -> packageName.equals(orm) || packageName.startsWith(orm + "."));
  }

  /** Inside a migration: a class that is, extends or implements a type matching {@code ignoredTypes}. */
  private boolean isInIgnoredType(Tree tree) {
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof ClassTree classTree && classTree.symbol() != null && matchesIgnoredType(classTree.symbol(), 0)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesIgnoredType(@Nullable Symbol.TypeSymbol type, int depth) {
    if (type == null || type.isUnknown() || depth > 10) {
      return false;
    }
    if (ignoredTypesPattern.value().matcher(type.type().fullyQualifiedName()).matches()) {
      return true;
    }
    Type superClass = type.superClass();
    if (superClass != null && matchesIgnoredType(superClass.symbol(), depth + 1)) {
      return true;
    }
    return type.interfaces().stream().anyMatch(implemented -> matchesIgnoredType(implemented.symbol(), depth + 1));
  }
}
