package org.sonarreview.rules.unused;

import java.util.List;
import java.util.regex.Pattern;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.LanguageFeatures;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.RuleParameter;

/**
 * Local and pattern variables that are never read. Where the only fix is the unnamed variable {@code _}
 * (for-each variables, patterns of a {@code switch} and record-pattern components), the rule waits for
 * Java 22.
 */
@Rule(key = "UnusedLocalVariable")
public class UnusedLocalVariableCheck extends UnusedCodeCheck {

  @RuleProperty(key = "ignoredNames",
    description = "Regular expression on the whole name of locals that may stay unread (empty: none)",
    defaultValue = "ignored?|unused")
  public String ignoredNames;

  private final RuleParameter<Pattern> ignoredNamesPattern = parameter("ignoredNames", ParameterType.regex());

  @Override
  protected List<Tree.Kind> declarationKinds() {
    return List.of(Tree.Kind.VARIABLE);
  }

  @Override
  protected void visitDeclaration(Tree tree) {
    VariableTree variable = (VariableTree) tree;
    String name = variable.simpleName().name();
    if (name.isEmpty() || "_".equals(name)
      || !variable.modifiers().annotations().isEmpty()
      || variable.symbol().isUnknown()
      || isUnresolvedName(name)
      || ignoredNamesPattern.value().matcher(name).matches()
      || isRead(variable)) {
      return;
    }
    String message = message(variable, name);
    if (message != null) {
      reportIssue(variable.simpleName(), message);
    }
  }

  /** The message for this kind of variable, or null when it is not a local the rule judges. */
  private String message(VariableTree variable, String name) {
    Tree parent = variable.parent();
    if (parent.is(Tree.Kind.BLOCK, Tree.Kind.CASE_GROUP) || isForInitializer(parent)) {
      return "Remove the unused local variable '" + name + "'.";
    }
    if (parent.is(Tree.Kind.TYPE_PATTERN) && parent.parent().is(Tree.Kind.PATTERN_INSTANCE_OF)) {
      return "Remove the unused pattern variable '" + name + "'; 'instanceof' can test the type alone.";
    }
    boolean onlyUnnamedFixesIt = parent.is(Tree.Kind.FOR_EACH_STATEMENT, Tree.Kind.TYPE_PATTERN);
    if (onlyUnnamedFixesIt && LanguageFeatures.allowsUnnamedVariables(fileContext().getJavaVersion())) {
      return "Replace the unused variable '" + name + "' with '_'.";
    }
    // Parameters, resources, catch parameters, fields, record components: not locals of this rule.
    return null;
  }

  private static boolean isForInitializer(Tree parent) {
    return parent.is(Tree.Kind.LIST) && parent.parent() != null && parent.parent().is(Tree.Kind.FOR_STATEMENT);
  }

  /** Any use other than being the target of a plain assignment reads the variable. */
  private static boolean isRead(VariableTree variable) {
    for (IdentifierTree usage : variable.symbol().usages()) {
      Tree parent = usage.parent();
      boolean assignedOnly = parent instanceof AssignmentExpressionTree assignment
        && assignment.is(Tree.Kind.ASSIGNMENT)
        && assignment.variable() == usage;
      if (!assignedOnly) {
        return true;
      }
    }
    return false;
  }
}
