package org.sonarreview.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.checks.common.ReviewCheck;
import org.sonarreview.checks.common.RuleParameters;
import org.sonarreview.persistence.SqlApis;
import org.sonarreview.persistence.SqlTextTracer;

/**
 * Security hotspot: SQL, JPQL or HQL text built from non-constant values and passed to JDBC, JPA, Hibernate,
 * Spring JDBC or jOOQ. The text is followed back through locals, builders and private fields of the class.
 */
@Rule(key = "SqlInjection")
public class SqlInjectionCheck extends ReviewCheck {

  private static final String DEFAULT_SANITIZERS = "";

  @RuleProperty(key = "sanitizers",
    description = "Regular expression on method names: values returned by a matching method are trusted in SQL "
      + "(for example quoteIdentifier|escapeSql). Empty: none.",
    defaultValue = DEFAULT_SANITIZERS)
  public String sanitizers = DEFAULT_SANITIZERS;

  private Pattern sanitizerPattern;

  @Override
  protected void resolveParameters() {
    sanitizerPattern = new RuleParameters(ruleKey()).regex("sanitizers", sanitizers, DEFAULT_SANITIZERS);
  }

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
    SqlTextTracer tracer = new SqlTextTracer(name -> sanitizerPattern.matcher(name).matches());
    for (ExpressionTree sql : SqlApis.sqlArguments(invocation)) {
      List<Tree> parts = tracer.nonConstantParts(sql);
      if (!parts.isEmpty()) {
        List<JavaFileScannerContext.Location> secondaries = parts.stream()
          .map(part -> new JavaFileScannerContext.Location("Non-constant part of the SQL.", part))
          .toList();
        reportIssue(sql, "Make sure this SQL built from non-constant values is safe to pass to `"
          + SqlApis.apiName(invocation) + "`; use bind parameters.", secondaries, null);
      }
    }
  }
}
