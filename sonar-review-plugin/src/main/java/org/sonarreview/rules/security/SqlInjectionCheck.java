package org.sonarreview.rules.security;

import java.util.ArrayList;
import java.util.List;
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
import org.sonarreview.sql.SqlApis;
import org.sonarreview.sql.SqlIdentifiers;
import org.sonarreview.sql.SqlPart;
import org.sonarreview.sql.SqlTextTracer;

/**
 * Security hotspot: SQL, JPQL or HQL text built from non-constant values and passed to JDBC, JPA, Hibernate,
 * Spring JDBC or jOOQ. The text is followed back through locals, builders and private fields of the class.
 */
@Rule(key = "SqlInjection")
public class SqlInjectionCheck extends ReviewCheck {

  @RuleProperty(key = "sanitizers",
    description = "Regular expression on method names: values returned by a matching method are trusted in SQL "
      + "(for example quoteIdentifier|escapeSql). Empty: none.",
    defaultValue = "")
  public String sanitizers;

  private final RuleParameter<Pattern> sanitizerPattern = parameter("sanitizers", ParameterType.regex());

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD_INVOCATION);
  }

  @Override
  public void visitNode(Tree tree) {
    MethodInvocationTree invocation = (MethodInvocationTree) tree;
    if (!SqlApis.ALL_SQL_TEXT.matches(invocation)) {
      return;
    }
    SqlTextTracer tracer = new SqlTextTracer(name -> sanitizerPattern.value().matcher(name).matches());
    for (ExpressionTree sql : SqlApis.sqlArguments(invocation)) {
      List<SqlPart> parts = tracer.nonConstantParts(sql).stream().filter(part -> !part.isReceivedSql()).toList();
      if (!parts.isEmpty()) {
        report(sql, SqlApis.apiName(invocation), parts);
      }
    }
  }

  /**
   * Names (tables, columns, SQL from the metadata) are not compile-time constants either, so they are reported;
   * but bind parameters cannot replace them, and the advice says so when the SQL is built from names only.
   */
  private void report(ExpressionTree sql, String api, List<SqlPart> parts) {
    List<Boolean> names = parts.stream().map(SqlIdentifiers::isName).toList();
    List<JavaFileScannerContext.Location> secondaries = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      secondaries.add(new JavaFileScannerContext.Location(
        names.get(i) ? "Name built into the SQL." : "Non-constant part of the SQL.", parts.get(i).tree()));
    }
    String message = names.contains(false)
      ? ("Make sure this SQL built from non-constant values is safe to pass to '" + api + "'; use bind parameters.")
      : ("Make sure the names built into this SQL for '" + api + "' cannot come from user input; "
        + "bind parameters cannot replace names, so check them against the known ones.");
    reportIssue(sql, message, secondaries, null);
  }
}
