package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.Accessors;
import org.sonarreview.tree.TypeKinds;

/**
 * Types with too many lines of code (lines holding at least one token: blank and comment-only lines do not
 * count) or too many methods (trivial getters and setters do not count).
 */
@Rule(key = "OversizedClass")
public class OversizedClassCheck extends ReviewCheck {

  @RuleProperty(key = "maxLinesOfCode", description = "Maximum lines of code of a type, comments and blank lines not counted (a whole number, 1 or more)",
    defaultValue = "750")
  public int maxLinesOfCode;

  @RuleProperty(key = "maxMethods", description = "Maximum methods of a type, trivial getters and setters not counted (a whole number, 1 or more)",
    defaultValue = "35")
  public int maxMethods;

  private final RuleParameter<Integer> linesLimit = parameter("maxLinesOfCode", ParameterType.atLeast(1));
  private final RuleParameter<Integer> methodsLimit = parameter("maxMethods", ParameterType.atLeast(1));
  private final BitSet codeLines = new BitSet();
  private final List<ClassTree> types = new ArrayList<>();

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT, Tree.Kind.TOKEN, Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM,
      Tree.Kind.RECORD, Tree.Kind.ANNOTATION_TYPE);
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree.is(Tree.Kind.COMPILATION_UNIT)) {
      codeLines.clear();
      types.clear();
    } else if (((ClassTree) tree).simpleName() != null) {
      // Anonymous classes are measured as part of the type that holds them.
      types.add((ClassTree) tree);
    }
  }

  @Override
  public void visitToken(SyntaxToken token) {
    // A text block spans several lines, all of them code.
    codeLines.set(token.range().start().line(), token.range().end().line() + 1);
  }

  @Override
  public void leaveNode(Tree tree) {
    if (tree.is(Tree.Kind.COMPILATION_UNIT)) {
      types.forEach(this::check);
    }
  }

  private void check(ClassTree type) {
    int first = type.firstToken().range().start().line();
    int last = type.lastToken().range().end().line();
    int linesOfCode = codeLines.get(first, last + 1).cardinality();
    long methods = type.members().stream()
      .filter(member -> member.is(Tree.Kind.METHOD) && !Accessors.isTrivialAccessor((MethodTree) member))
      .count();
    List<String> problems = new ArrayList<>();
    if (linesOfCode > linesLimit.value()) {
      problems.add(linesOfCode + " lines of code (max " + linesLimit.value() + ")");
    }
    if (methods > methodsLimit.value()) {
      problems.add(methods + " methods (max " + methodsLimit.value() + ", accessors not counted)");
    }
    if (!problems.isEmpty()) {
      reportIssue(type.simpleName(), capitalised(TypeKinds.nameOf(type)) + " '" + type.simpleName().name() + "' has "
        + String.join(" and ", problems) + "; split it into smaller types with one job each.");
    }
  }


  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
