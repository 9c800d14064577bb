package org.sonarreview.rules.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.QueryLanguage;
import org.sonarreview.project.RecordedQuery;
import org.sonarreview.project.mappings.EntityMapping;
import org.sonarreview.project.mappings.MappedAttribute;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.sql.JpqlPath;
import org.sonarreview.sql.JpqlRange;
import org.sonarreview.sql.JpqlStatementFacts;
import org.sonarreview.sql.JpqlStatementFacts.JpqlFeature;
import org.sonarreview.sql.JpqlStatementFacts.SqlFeature;
import org.sonarreview.sql.JpqlStatements;

/**
 * Query text that fails at run time: JPQL/HQL given to a native-SQL API, SQL given to a JPQL/HQL API, or JPQL naming
 * an attribute its entity does not have. Each claim rests on syntax one language lacks or on names the project's
 * mappings settle; anything ambiguous is left alone.
 */
@Rule(key = "QueryLanguageMismatch")
public class QueryLanguageMismatchCheck extends PersistenceCheck {

  /** JPQL/HQL forms SQL never has, whatever the names: enough on their own. */
  private static final Set<JpqlFeature> CERTAIN_JPQL = Set.of(JpqlFeature.FROM_WITHOUT_SELECT, JpqlFeature.CONSTRUCTOR_EXPRESSION,
    JpqlFeature.JOIN_FETCH, JpqlFeature.MEMBER_OF, JpqlFeature.PATH_JOIN);
  /** Attributes HQL knows on every entity: the identifier, whatever its name, and the entity's class. */
  private static final Set<String> IMPLICIT_ATTRIBUTES = Set.of("id", "class");

  public QueryLanguageMismatchCheck() {
    this(null, null);
  }

  public QueryLanguageMismatchCheck(@Nullable ProjectMappings mappings, @Nullable ProjectQueries queries) {
    super(mappings, queries);
  }

  @Override
  protected boolean isCandidate(FoundQuery query, QueryCollector file) {
    return true;
  }

  @Override
  public Optional<Verdict> judge(RecordedQuery query, ProjectMappings mappings) {
    Optional<JpqlStatementFacts> parsed = JpqlStatements.parse(query.text());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    JpqlStatementFacts statement = parsed.get();
    if (query.expected() == QueryLanguage.SQL) {
      return jpqlGivenToSql(query, statement, mappings);
    }
    // A text built in branches is a superset of any one query: its parts may belong to exclusive cases.
    return sqlGivenToJpql(query, statement, mappings).or(() -> query.conditional() ? Optional.empty() : unknownAttribute(statement, mappings));
  }

  /** A native API given text that ranges over an entity of the project in a form only JPQL/HQL has. */
  private static Optional<Verdict> jpqlGivenToSql(RecordedQuery query, JpqlStatementFacts statement, ProjectMappings mappings) {
    boolean certain = statement.jpqlFeatures().stream().anyMatch(CERTAIN_JPQL::contains);
    if (!certain && statement.jpqlFeatures().isEmpty()) {
      return Optional.empty();
    }
    for (JpqlRange range : statement.ranges()) {
      Optional<EntityMapping> entity = mappings.entityNamed(range.entityName())
        .filter(mapping -> mapping.kind() == EntityMapping.Kind.ENTITY);
      // Without a certain form, an entity name that is also a table name could be SQL after all.
      if (entity.isPresent() && (certain || mappings.entitiesMappingTable(range.entityName()).isEmpty())) {
        return Optional.of(new Verdict("'" + query.api() + "' runs SQL, but this text is JPQL/HQL: '" + range.entityName()
          + "' is an entity, not a table; give it to the ORM's query API, or write it in SQL.", List.of(entity.get())));
      }
    }
    return Optional.empty();
  }

  /** A JPQL API given text that ranges over mapped tables by their table names, or selects columns with {@code *}. */
  private static Optional<Verdict> sqlGivenToJpql(RecordedQuery query, JpqlStatementFacts statement, ProjectMappings mappings) {
    for (JpqlRange range : statement.ranges()) {
      if (mappings.entityNamed(range.entityName()).isEmpty()) {
        Optional<EntityMapping> table = mappings.entitiesMappingTable(range.entityName()).stream()
          .filter(mapping -> mapping.kind() == EntityMapping.Kind.ENTITY).findFirst();
        if (table.isPresent()) {
          return Optional.of(new Verdict("'" + query.api() + "' expects JPQL/HQL, but this text is SQL: '" + range.entityName()
            + "' is the table of the entity '" + table.get().entityName() + "'; name the entity, or run the text as a native query.",
            List.of(table.get())));
        }
      }
    }
    if (statement.sqlFeatures().contains(SqlFeature.SELECT_STAR) || statement.sqlFeatures().contains(SqlFeature.QUALIFIED_STAR)) {
      return Optional.of(new Verdict("'" + query.api() + "' expects JPQL/HQL, but this text is SQL: JPQL has no 'select *'; "
        + "select the entity, or run the text as a native query.", List.of()));
    }
    return Optional.empty();
  }

  /** A path {@code alias.attribute} on an entity whose whole mapping the project holds, naming no attribute of it. */
  private static Optional<Verdict> unknownAttribute(JpqlStatementFacts statement, ProjectMappings mappings) {
    for (JpqlPath path : statement.paths()) {
      Optional<JpqlRange> range = uniqueRange(statement, path.qualifier());
      Optional<EntityMapping> entity = range.flatMap(declared -> mappings.entityNamed(declared.entityName()))
        .filter(mapping -> mapping.kind() == EntityMapping.Kind.ENTITY && mappings.isComplete(mapping));
      if (entity.isEmpty() || path.attributes().isEmpty()) {
        continue;
      }
      String attribute = path.attributes().get(0);
      Map<String, MappedAttribute> attributes = mappings.attributesOf(entity.get());
      if (!attributes.isEmpty() && !attributes.containsKey(attribute) && !IMPLICIT_ATTRIBUTES.contains(attribute)
        && !isSubclassAttribute(entity.get(), attribute, mappings)) {
        return Optional.of(new Verdict("'" + attribute + "' is not an attribute of the entity '" + entity.get().entityName()
          + "'; the query fails when it is created.", List.of(entity.get())));
      }
    }
    return Optional.empty();
  }

  /** HQL lets a query on a superclass name its subclasses' attributes (an implicit downcast). */
  private static boolean isSubclassAttribute(EntityMapping entity, String attribute, ProjectMappings mappings) {
    return mappings.mappedClasses().stream()
      .filter(mapping -> mapping.ancestors().contains(entity.classFqn()))
      .anyMatch(subclass -> mappings.attributesOf(subclass).containsKey(attribute));
  }

  /** The range of an identification variable declared once in the whole text: a reused alias could be either. */
  private static Optional<JpqlRange> uniqueRange(JpqlStatementFacts statement, String alias) {
    long declarations = statement.ranges().stream().filter(range -> alias.equals(range.alias())).count()
      + statement.joins().stream().filter(join -> alias.equals(join.alias())).count();
    return declarations == 1 ? statement.rangeOf(alias) : Optional.empty();
  }
}
