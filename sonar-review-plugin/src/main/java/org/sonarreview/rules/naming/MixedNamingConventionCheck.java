package org.sonarreview.rules.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.rules.naming.Declaration.Kind;
import org.sonarreview.tree.Annotations;

/**
 * snake_case locals, parameters, fields and methods in a Java file. camelCase is always the target; the message
 * gives the file's counts so the reader sees how far the file strays. A file mostly in snake_case gets one file-level
 * issue instead of one per name; a file that keeps a large share of each stays unjudged.
 */
@Rule(key = "MixedNamingConvention")
public class MixedNamingConventionCheck extends ReviewCheck {

  private static final int CAMEL_CASE_NAMES_PER_STRAY = 4;
  private static final int FEW = 2;
  private static final Set<String> TEST_ANNOTATIONS = Set.of(
    // JUnit 4 and 5
    "Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate", "BeforeEach", "AfterEach", "BeforeAll",
    "AfterAll", "Before", "After", "BeforeClass", "AfterClass",
    // TestNG
    "BeforeMethod", "AfterMethod", "BeforeTest", "AfterTest", "BeforeSuite", "AfterSuite", "BeforeGroups", "AfterGroups",
    "DataProvider");
  /** Behaviour-style test names: {@code should_reject_when_empty}, {@code given_x_when_y_then_z}. */
  private static final Pattern TEST_NAME = Pattern.compile("(?:should|given|when|then|test)_.*");

  @RuleProperty(key = "ignoreTestMethods",
    description = "Leave alone methods annotated as JUnit or TestNG tests and methods named like should_x_when_y (true or false)",
    defaultValue = "true")
  public boolean ignoreTestMethods = true;

  @RuleProperty(key = "ignoredNames",
    description = "Names to leave alone: a Java regular expression matched against the whole name; empty for none",
    defaultValue = "")
  public String ignoredNames;

  private final RuleParameter<Pattern> ignored = parameter("ignoredNames", ParameterType.regex());

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    List<Declaration> snakeCase = new ArrayList<>();
    int camelCase = 0;
    for (Declaration declaration : Declarations.of(tree)) {
      if (!isJudged(declaration)) {
        continue;
      }
      if (NameStyles.isSnakeCase(declaration.text())) {
        snakeCase.add(declaration);
      } else if (NameStyles.isCamelCase(declaration.text())) {
        camelCase++;
      }
    }
    if (snakeCase.isEmpty()) {
      return;
    }
    String counts = "; this file has " + camelCase + " camelCase and " + snakeCase.size() + " snake_case names.";
    if (snakeCase.size() > 2 * camelCase) {
      // snake_case is clearly this file's own convention (opcode tables, ports of C code): one file-level issue,
      // not one per name.
      reportWholeFile(snakeCase, counts);
    } else if (areStrays(snakeCase.size(), camelCase)) {
      for (Declaration declaration : snakeCase) {
        reportIssue(declaration.name(), "Rename " + renaming(declaration) + counts);
      }
    }
    // In between, the file keeps two conventions side by side on purpose (a sqlFunction_variant family of factory
    // methods next to camelCase helpers): which one is the stray cannot be told, so the rule stays silent.
  }

  /**
   * snake_case names are strays in a camelCase file when there are at most {@value #FEW} of them and fewer than the
   * camelCase names, or at most one for every {@value #CAMEL_CASE_NAMES_PER_STRAY} camelCase names.
   */
  private static boolean areStrays(int snakeCase, int camelCase) {
    return (snakeCase <= FEW && snakeCase < camelCase) || snakeCase * CAMEL_CASE_NAMES_PER_STRAY <= camelCase;
  }

  private void reportWholeFile(List<Declaration> snakeCase, String counts) {
    int others = snakeCase.size() - 1;
    addIssueOnFile("Rename this file's snake_case names to camelCase: " + renaming(snakeCase.get(0))
      + (others > 0 ? (" and " + others + " more") : "") + counts);
  }

  private static String renaming(Declaration declaration) {
    return "'" + declaration.text() + "' to '" + NameStyles.snakeToCamel(declaration.text()) + "'";
  }

  /** Names the author chose: locals, parameters, non-constant fields and methods that no supertype imposes. */
  private boolean isJudged(Declaration declaration) {
    Kind kind = declaration.kind();
    boolean judgedKind = kind == Kind.METHOD || (kind.isVariable() && kind != Kind.CONSTANT);
    return judgedKind
      && !declaration.imposed()
      && !ignored.value().matcher(declaration.text()).matches()
      && !(ignoreTestMethods && declaration.tree() instanceof MethodTree method && isTestMethod(method));
  }

  private static boolean isTestMethod(MethodTree method) {
    return Annotations.hasAny(method.modifiers(), TEST_ANNOTATIONS) || TEST_NAME.matcher(method.simpleName().name()).matches();
  }
}
