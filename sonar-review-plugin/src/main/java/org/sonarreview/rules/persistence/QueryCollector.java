package org.sonarreview.rules.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.project.QueryLanguage;
import org.sonarreview.sql.SqlApis;
import org.sonarreview.sql.SqlTextResolver;
import org.sonarreview.tree.Annotations;

/**
 * One pass over a file: the query text it gives to persistence APIs (calls and query annotations), resolved to the
 * text the code writes, and the first sign that the file uses an ORM. Text that is not written in the file (received
 * from a caller) is not collected.
 */
final class QueryCollector extends BaseTreeVisitor {

  private static final MethodMatchers NATIVE_SQL = MethodMatchers.or(SqlApis.JDBC_EXECUTION, SqlApis.SPRING_JDBC,
    SqlApis.NATIVE_QUERIES, SqlApis.JOOQ_PLAIN_SQL);
  private static final Set<String> NAMED_QUERIES = Set.of(
    "jakarta.persistence.NamedQuery", "javax.persistence.NamedQuery", "org.hibernate.annotations.NamedQuery");
  private static final Set<String> NAMED_NATIVE_QUERIES = Set.of(
    "jakarta.persistence.NamedNativeQuery", "javax.persistence.NamedNativeQuery", "org.hibernate.annotations.NamedNativeQuery");
  private static final String SPRING_DATA_QUERY = "org.springframework.data.jpa.repository.Query";

  private final List<FoundQuery> queries = new ArrayList<>();
  @Nullable
  private OrmUse ormUse;
  private boolean readsOrWritesMappedData;

  static QueryCollector collect(Tree unit) {
    QueryCollector collector = new QueryCollector();
    unit.accept(collector);
    return collector;
  }

  List<FoundQuery> queries() {
    return queries;
  }

  /** The first ORM use of the file; null for a file that uses no ORM. */
  @Nullable
  OrmUse ormUse() {
    return ormUse;
  }

  /**
   * Whether the file reads or writes mapped data through the ORM ({@code find}, {@code persist}, JPQL, a repository,
   * an entity declaration), not only holds an {@code EntityManager}: a class that runs nothing but native SQL through
   * it is a JDBC class in all but name.
   */
  boolean readsOrWritesMappedData() {
    return readsOrWritesMappedData;
  }

  private void found(@Nullable OrmUse use) {
    if (ormUse == null && use != null) {
      ormUse = use;
    }
  }

  private void foundMappedDataUse(@Nullable OrmUse use) {
    found(use);
    readsOrWritesMappedData |= use != null;
  }

  @Override
  public void visitClass(ClassTree tree) {
    foundMappedDataUse(OrmUse.ofClass(tree));
    super.visitClass(tree);
  }

  @Override
  public void visitVariable(VariableTree tree) {
    found(OrmUse.ofVariable(tree));
    super.visitVariable(tree);
  }

  @Override
  public void visitAnnotation(AnnotationTree annotation) {
    OrmUse annotationUse = OrmUse.ofAnnotation(annotation);
    if (annotationUse != null && annotationUse.name().equals("@PersistenceContext")) {
      found(annotationUse);
    } else {
      foundMappedDataUse(annotationUse);
    }
    collectDeclarative(annotation);
    super.visitAnnotation(annotation);
  }

  @Override
  public void visitMethodInvocation(MethodInvocationTree call) {
    foundMappedDataUse(OrmUse.ofInvocation(call));
    QueryLanguage expected = expectedLanguage(call);
    if (expected != null) {
      Tree name = call.methodSelect() instanceof MemberSelectExpressionTree select ? select.identifier() : call.methodSelect();
      for (ExpressionTree argument : SqlApis.sqlArguments(call)) {
        SqlTextResolver.resolve(argument).ifPresent(resolved ->
          queries.add(new FoundQuery(name, argument, SqlApis.apiName(call), expected, resolved.text(), resolved.conditional(), false)));
      }
    }
    super.visitMethodInvocation(call);
  }

  @Nullable
  private static QueryLanguage expectedLanguage(MethodInvocationTree call) {
    if (NATIVE_SQL.matches(call) || SqlApis.isUnresolvedNativeSessionQuery(call)) {
      return QueryLanguage.SQL;
    }
    return SqlApis.ORM_QUERIES.matches(call) ? QueryLanguage.JPQL : null;
  }

  /** {@code @NamedQuery(query = ...)}, {@code @NamedNativeQuery(query = ...)}, Spring Data {@code @Query(value, nativeQuery)}. */
  private void collectDeclarative(AnnotationTree annotation) {
    Type type = annotation.symbolType();
    String name = type.fullyQualifiedName();
    if (NAMED_QUERIES.contains(name)) {
      addDeclarative(annotation, "query", QueryLanguage.JPQL);
    } else if (NAMED_NATIVE_QUERIES.contains(name)) {
      addDeclarative(annotation, "query", QueryLanguage.SQL);
    } else if (SPRING_DATA_QUERY.equals(name)) {
      addDeclarative(annotation, "value", isNativeQuery(annotation) ? QueryLanguage.SQL : QueryLanguage.JPQL);
    }
  }

  private void addDeclarative(AnnotationTree annotation, String attribute, QueryLanguage expected) {
    ExpressionTree value = Annotations.argument(annotation, attribute);
    if (value != null) {
      String text = value.asConstant().filter(String.class::isInstance).map(String.class::cast).orElse(null);
      // SpEL such as #{#entityName} is expanded by Spring Data at run time: the text is not the query yet
      if (text != null && !text.isBlank() && !text.contains("#{")) {
        queries.add(new FoundQuery(annotation, value, "@" + annotation.symbolType().name(), expected, text, false, true));
      }
    }
  }

  private static boolean isNativeQuery(AnnotationTree annotation) {
    ExpressionTree nativeQuery = Annotations.argument(annotation, "nativeQuery");
    return nativeQuery != null && Boolean.TRUE.equals(nativeQuery.asConstant().orElse(null));
  }

}
