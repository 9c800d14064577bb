package org.sonarreview.rules.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.sql.InputProvenance;
import org.sonarreview.sql.PathStep;
import org.sonarreview.sql.SqlApis;
import org.sonarreview.sql.SqlIdentifiers;
import org.sonarreview.sql.SqlPart;
import org.sonarreview.sql.SqlTextTracer;

/**
 * Security hotspot: SQL, JPQL or HQL text built from values that can carry outside input and passed to JDBC, JPA,
 * Hibernate, Spring JDBC or jOOQ. The text is followed back through locals, builders and private fields of the
 * class ({@link SqlTextTracer}); each non-constant part is then followed to its sources ({@link InputProvenance}),
 * and only parts with a source of outside input are reported, with the way from that source to the SQL.
 * <p>
 * Decisions taken on real code (applications such as Syncope, Zanata, ThingsBoard, Hawkbit, Broadleaf):
 * <ul>
 *   <li>a value returned by a method of another class is outside input: its body is out of sight, and entity getters
 *   ({@code anyTypeClass.getKey()}) and request objects ({@code pageable.getSort()}) are the usual carriers of
 *   second-order and first-order input. A method declared in this file is judged by its bodies here (overrides in
 *   the file included), with the arguments of the call: {@code stripTime("lastChanged")} is constant;</li>
 *   <li>a parameter of a private method is what its call sites in the file pass ({@code getAccountRole("admin")});
 *   a parameter of any other method or constructor is outside input, whoever calls it today;</li>
 *   <li>reads from the database count, metadata included: a name read back from a catalog is second-order input;</li>
 *   <li>configuration injected into a field ({@code @Value}) counts as the environment does;</li>
 *   <li>names and SQL computed by a framework's metadata ({@code database.escapeObjectName("REALM", Table.class)})
 *   are as constant as what they are asked about, and so are annotation attributes, reflection names and what an
 *   enum value answers;</li>
 *   <li>a checked value ({@code findField(Entity.class, field) != null}) is still reported: the check may be
 *   right, the review says so.</li>
 * </ul>
 */
@Rule(key = "SqlInjection")
public class SqlInjectionCheck extends ReviewCheck {

  @RuleProperty(key = "sanitizers",
    description = "Regular expression on method names: values returned by a matching method are trusted in SQL "
      + "(for example quoteIdentifier|escapeSql). Empty: none.",
    defaultValue = "")
  public String sanitizers;

  private final RuleParameter<Pattern> sanitizerPattern = parameter("sanitizers", ParameterType.regex());
  private final Predicate<String> sanitizer = name -> sanitizerPattern.value().matcher(name).matches();
  /** One per file: it keeps the file's method bodies between the SQL calls of the file. */
  private InputProvenance provenance;

  @Override
  public void setContext(JavaFileScannerContext context) {
    super.setContext(context);
    provenance = new InputProvenance(sanitizer);
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD_INVOCATION);
  }

  @Override
  public void visitNode(Tree tree) {
    MethodInvocationTree invocation = (MethodInvocationTree) tree;
    if (!SqlApis.ALL_SQL_TEXT.matches(invocation) && !SqlApis.isUnresolvedNativeSessionQuery(invocation)) {
      return;
    }
    SqlTextTracer tracer = new SqlTextTracer(sanitizer);
    for (ExpressionTree sql : SqlApis.sqlArguments(invocation)) {
      List<SqlPart> outsideParts = new ArrayList<>();
      Set<PathStep> path = new LinkedHashSet<>();
      for (SqlPart part : tracer.nonConstantParts(sql)) {
        List<PathStep> steps = part.isReceivedSql() ? List.of() : provenance.pathFromOutside(part);
        if (!steps.isEmpty()) {
          outsideParts.add(part);
          path.addAll(steps);
        }
      }
      if (!outsideParts.isEmpty()) {
        report(sql, SqlApis.apiName(invocation), outsideParts, path);
      }
    }
  }

  /**
   * Names (tables, columns, SQL from the metadata) are not compile-time constants either, so they are reported;
   * but bind parameters cannot replace them, and the advice says so when the SQL is built from names only.
   */
  private void report(ExpressionTree sql, String api, List<SqlPart> parts, Set<PathStep> path) {
    List<JavaFileScannerContext.Location> secondaries = path.stream()
      .map(step -> new JavaFileScannerContext.Location(step.message(), step.tree()))
      .toList();
    String message = parts.stream().allMatch(SqlIdentifiers::isName)
      ? ("Make sure the names built into this SQL for '" + api + "' cannot come from user input; "
        + "bind parameters cannot replace names, so check them against the known ones.")
      : ("Make sure this SQL built from non-constant values is safe to pass to '" + api + "'; use bind parameters.");
    reportIssue(sql, message, secondaries, null);
  }
}
