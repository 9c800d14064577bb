package org.sonarreview.rules.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.sql.SqlApis;
import org.sonarreview.tree.QualifiedNames;

/**
 * Direct JDBC, Spring JDBC and native-SQL calls in a file that otherwise goes through an ORM: the reviewer's
 * "use the ORM's API consistently". Files without ORM use are plain JDBC code, a valid design, and stay silent.
 */
@Rule(key = "RawSqlBesideOrm")
public class RawSqlBesideOrmCheck extends ReviewCheck {

  private static final List<String> ORM_PACKAGES = List.of("org.hibernate", "org.springframework.data", "org.jooq");
  private static final MethodMatchers RAW_SQL = MethodMatchers.or(SqlApis.JDBC_EXECUTION, SqlApis.SPRING_JDBC, SqlApis.NATIVE_QUERIES);
  private static final List<String> NAMED_NATIVE_QUERIES = List.of(
    "jakarta.persistence.NamedNativeQuery", "javax.persistence.NamedNativeQuery", "org.hibernate.annotations.NamedNativeQuery");
  private static final String SPRING_DATA_QUERY = "org.springframework.data.jpa.repository.Query";

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

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    CompilationUnitTree unit = (CompilationUnitTree) tree;
    if (isOrmOwnPackage(unit)) {
      return;
    }
    FileScan scan = new FileScan();
    unit.accept(scan);
    if (scan.ormUse == null) {
      return;
    }
    List<JavaFileScannerContext.Location> why = List.of(
      new JavaFileScannerContext.Location("ORM use: '" + scan.ormUse.name() + "'.", scan.ormUse.location()));
    for (MethodInvocationTree call : scan.rawSqlCalls) {
      if (!isInIgnoredType(call)) {
        reportIssue(methodName(call), "Use the ORM instead of raw SQL through '" + SqlApis.apiName(call)
          + "'; this file already uses '" + scan.ormUse.name() + "'.", why, null);
      }
    }
    for (AnnotationTree annotation : scan.nativeQueryAnnotations) {
      if (!isInIgnoredType(annotation)) {
        reportIssue(annotation, "Use a JPQL or derived query instead of this native query; this file already uses '"
          + scan.ormUse.name() + "'.", why, null);
      }
    }
  }

  private static boolean isOrmOwnPackage(CompilationUnitTree unit) {
    String packageName = unit.packageDeclaration() == null ? "" : QualifiedNames.of(unit.packageDeclaration().packageName());
    return ORM_PACKAGES.stream().anyMatch(orm -> packageName.equals(orm) || packageName.startsWith(orm + "."));
  }

  private static Tree methodName(MethodInvocationTree call) {
    ExpressionTree select = call.methodSelect();
    return select instanceof MemberSelectExpressionTree member ? member.identifier() : select;
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

  /** One pass over the file: the first ORM use, the raw SQL calls and the declarative native queries. */
  private final class FileScan extends BaseTreeVisitor {
    private OrmUse ormUse;
    private final List<MethodInvocationTree> rawSqlCalls = new ArrayList<>();
    private final List<AnnotationTree> nativeQueryAnnotations = new ArrayList<>();

    private void found(@Nullable OrmUse use) {
      if (ormUse == null && use != null) {
        ormUse = use;
      }
    }

    @Override
    public void visitClass(ClassTree tree) {
      found(OrmUse.ofClass(tree));
      super.visitClass(tree);
    }

    @Override
    public void visitVariable(VariableTree tree) {
      found(OrmUse.ofVariable(tree));
      super.visitVariable(tree);
    }

    @Override
    public void visitAnnotation(AnnotationTree annotation) {
      found(OrmUse.ofAnnotation(annotation));
      if (flagDeclarativeNativeQueries && isDeclarativeNativeQuery(annotation)) {
        nativeQueryAnnotations.add(annotation);
      }
      super.visitAnnotation(annotation);
    }

    @Override
    public void visitMethodInvocation(MethodInvocationTree tree) {
      found(OrmUse.ofInvocation(tree));
      if (RAW_SQL.matches(tree) && !SqlApis.sqlArguments(tree).isEmpty()) {
        rawSqlCalls.add(tree);
      }
      super.visitMethodInvocation(tree);
    }
  }

  private static boolean isDeclarativeNativeQuery(AnnotationTree annotation) {
    Type type = annotation.symbolType();
    if (NAMED_NATIVE_QUERIES.stream().anyMatch(type::is)) {
      return true;
    }
    return type.is(SPRING_DATA_QUERY) && annotation.arguments().stream().anyMatch(RawSqlBesideOrmCheck::isNativeQueryTrue);
  }

  private static boolean isNativeQueryTrue(ExpressionTree argument) {
    return argument instanceof AssignmentExpressionTree assignment
      && assignment.variable() instanceof IdentifierTree name
      && "nativeQuery".equals(name.name())
      && Boolean.TRUE.equals(assignment.expression().asConstant().orElse(null));
  }
}
