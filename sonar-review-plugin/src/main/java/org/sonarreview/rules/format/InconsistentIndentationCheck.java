package org.sonarreview.rules.format;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.CaseGroupTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.IfStatementTree;
import org.sonar.plugins.java.api.tree.SwitchTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonarreview.project.ConventionCheck;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.tree.CommentToken;

/**
 * Indentation measured against the file's own structure, never against a fixed width: tab/space mixing,
 * siblings of one block that do not line up, and block bodies not deeper than the line that opens them.
 * Raw lines come from {@code getFileLines()} because token columns count a tab as one character. An indent is
 * measured as tabs then spaces, tabs first: one more tab is deeper whatever spaces follow, so no tab width is
 * assumed (see {@link Depth}).
 * <p>
 * Where formatters legitimately differ, the project's habit decides instead: statements under an old-style
 * {@code case} label may stand at the label's column or deeper, and formatters set this separately for
 * {@code break} (Eclipse's "indent break statements compared to cases"). Each such statement is counted per
 * package, module and project, and only one that goes against the habit is flagged.
 */
@Rule(key = "InconsistentIndentation")
public class InconsistentIndentationCheck extends ConventionCheck {

  private static final String CASE_STATEMENTS = "case-statements";
  private static final String CASE_BREAKS = "case-breaks";
  private static final String AT_LABEL = "are at the label's column";
  private static final String DEEPER_THAN_LABEL = "are indented deeper than the label";

  private List<String> lines = List.of();
  /** Lines inside text blocks and comments: their leading whitespace is content, not indentation. */
  private final BitSet interiorLines = new BitSet();
  /** The first token (or comment) of each line, to report on. */
  private final Map<Integer, SyntaxToken> lineStarts = new HashMap<>();

  public InconsistentIndentationCheck() {
    this(null);
  }

  public InconsistentIndentationCheck(@Nullable ProjectConventions conventions) {
    super(conventions);
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT, Tree.Kind.TOKEN, Tree.Kind.BLOCK, Tree.Kind.INITIALIZER,
      Tree.Kind.STATIC_INITIALIZER, Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM, Tree.Kind.RECORD,
      Tree.Kind.ANNOTATION_TYPE, Tree.Kind.SWITCH_STATEMENT, Tree.Kind.SWITCH_EXPRESSION, Tree.Kind.CASE_GROUP);
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree instanceof CompilationUnitTree) {
      lines = fileContext().getFileLines();
      interiorLines.clear();
      lineStarts.clear();
    } else if (tree instanceof BlockTree block) {
      checkBody(constructStart(block), block.openBraceToken(), block.body(), false);
    } else if (tree instanceof ClassTree type && type.openBraceToken() != null) {
      checkBody(type.firstToken(), type.openBraceToken(), type.members(), false);
    } else if (tree instanceof SwitchTree switchTree) {
      // case labels may stand at the switch's column
      checkBody(switchTree.firstToken(), switchTree.openBraceToken(), switchTree.cases(), true);
    } else if (tree instanceof CaseGroupTree caseGroup) {
      SyntaxToken lastLabel = caseGroup.labels().get(caseGroup.labels().size() - 1).lastToken();
      if (caseGroup.labels().get(0).isFallThrough()) {
        checkCaseBody(caseGroup, lastLabel);
      } else {
        checkBody(caseGroup.firstToken(), lastLabel, caseGroup.body(), false);
      }
    }
  }

  @Override
  public void visitToken(SyntaxToken token) {
    for (SyntaxTrivia trivia : token.trivias()) {
      markInterior(trivia.range().start().line(), trivia.range().end().line());
      lineStarts.putIfAbsent(trivia.range().start().line(), new CommentToken(trivia, token));
    }
    markInterior(token.range().start().line(), token.range().end().line());
    lineStarts.putIfAbsent(token.range().start().line(), token);
  }

  @Override
  public void leaveNode(Tree tree) {
    if (tree.is(Tree.Kind.COMPILATION_UNIT)) {
      checkTabsAndSpaces();
    }
  }

  private void markInterior(int startLine, int endLine) {
    if (endLine > startLine) {
      interiorLines.set(startLine + 1, endLine + 1);
    }
  }

  /**
   * The first token of the construct that opens a block: {@code if}, {@code else}, {@code finally}, the method's
   * first modifier, a lambda's parameters. A block nested directly in a block opens at its own brace.
   */
  private static SyntaxToken constructStart(BlockTree block) {
    Tree parent = block.parent();
    if (parent instanceof IfStatementTree ifStatement && ifStatement.elseStatement() == block) {
      return ifStatement.elseKeyword();
    }
    if (parent instanceof TryStatementTree tryStatement && tryStatement.finallyBlock() == block) {
      return tryStatement.finallyKeyword();
    }
    if (parent == null || parent instanceof BlockTree || parent.is(Tree.Kind.CASE_GROUP)) {
      return block.openBraceToken();
    }
    return parent.firstToken();
  }

  /**
   * Siblings line up, and sit deeper than the construct that opens them (or at its column, where
   * {@code mayAlign}). The construct's indent is the smallest one of its lines up to the brace, so that a
   * wrapped condition or parameter list does not count as the opening line.
   */
  private void checkBody(SyntaxToken start, SyntaxToken opener, List<? extends Tree> children, boolean mayAlign) {
    List<Tree> lineStarters = lineStarters(children);
    if (lineStarters.isEmpty()) {
      return;
    }
    String openerIndent = shallowestIndent(start.range().start().line(), opener.range().start().line());
    Map<Tree, String> indents = indentsOf(lineStarters);
    String reference = mostCommon(lineStarters, indents);
    for (Tree child : lineStarters) {
      String indent = indents.get(child);
      if (!indent.equals(reference) && comparable(indent, reference)) {
        reportSiblingIssue(child, reference, indent);
      }
    }
    if (comparable(reference, openerIndent) && !deeper(reference, openerIndent, mayAlign)) {
      reportShallowBody(lineStarters.get(0), start);
    }
  }

  /**
   * The statements under an old-style {@code case} label: at the label's column or deeper is the formatter's
   * choice, judged against the project's habit, for {@code break} and for the other statements apart. Each
   * statement is counted; the body is flagged once, on its first statement, and a {@code break} only when it stands
   * apart from the other statements (or alone). Statements that do not line up with the others, or stand left of
   * the label, are reported at once, as in any block.
   */
  private void checkCaseBody(CaseGroupTree group, SyntaxToken lastLabel) {
    List<Tree> lineStarters = lineStarters(group.body());
    if (lineStarters.isEmpty()) {
      return;
    }
    String labelIndent = shallowestIndent(group.firstToken().range().start().line(), lastLabel.range().start().line());
    Map<Tree, String> indents = indentsOf(lineStarters);
    List<Tree> statements = lineStarters.stream().filter(child -> !child.is(Tree.Kind.BREAK_STATEMENT)).toList();
    String reference = mostCommon(statements.isEmpty() ? lineStarters : statements, indents);
    String referencePlace = placeUnder(reference, labelIndent);
    boolean groupJudged = false;
    for (Tree child : lineStarters) {
      String indent = indents.get(child);
      String place = placeUnder(indent, labelIndent);
      if (child.is(Tree.Kind.BREAK_STATEMENT) && place != null) {
        observe(child, CASE_BREAKS, placeScopes(), place);
        if (!place.equals(referencePlace) || statements.isEmpty()) {
          // a break where the other statements stand is judged with them: one issue for the whole body
          flagIfMisplaced(child, CASE_BREAKS, place, "this break", "its case label", "break statements under case labels");
        }
        if (place.equals(DEEPER_THAN_LABEL) && DEEPER_THAN_LABEL.equals(referencePlace) && !indent.equals(reference)
          && comparable(indent, reference)) {
          reportSiblingIssue(child, reference, indent);
        }
      } else if (!indent.equals(reference)) {
        if (comparable(indent, reference)) {
          reportSiblingIssue(child, reference, indent);
        }
      } else if (place != null) {
        observe(child, CASE_STATEMENTS, placeScopes(), place);
        if (!groupJudged) {
          groupJudged = true;
          flagIfMisplaced(child, CASE_STATEMENTS, place, "the statements under this case label", "the label",
            "non-break statements under case labels");
        }
      }
    }
    if (referencePlace == null && comparable(reference, labelIndent)) {
      reportShallowBody(lineStarters.get(0), group.firstToken());
    }
  }

  /** Where a statement stands under its label: at its column, deeper, or null when left of it or not comparable. */
  @Nullable
  private static String placeUnder(String indent, String labelIndent) {
    if (!comparable(indent, labelIndent)) {
      return null;
    }
    int comparison = Depth.of(indent).compareTo(Depth.of(labelIndent));
    if (comparison == 0) {
      return AT_LABEL;
    }
    return comparison > 0 ? DEEPER_THAN_LABEL : null;
  }

  /** Flags the first token of {@code statement} if the project places such statements the other way. */
  private void flagIfMisplaced(Tree statement, String convention, String place, String what, String label, String subject) {
    boolean atLabel = place.equals(AT_LABEL);
    String message = atLabel ? ("Indent " + what + " deeper than " + label) : ("Put " + what + " at " + label + "'s column");
    flagIfDeviating(statement.firstToken(), convention, placeScopes(), place, atLabel ? DEEPER_THAN_LABEL : AT_LABEL, subject, message);
  }

  private void reportShallowBody(Tree first, SyntaxToken start) {
    reportIssue(first.firstToken(), "Indent the body of this block deeper than the line that opens it (line "
      + start.range().start().line() + ").");
  }

  private void reportSiblingIssue(Tree child, String reference, String indent) {
    reportIssue(child.firstToken(), "Indent this line like its siblings in the block (" + describe(reference)
      + ", not " + describe(indent) + ").");
  }

  /** The children that start their line: the others share it with a sibling or the opener, and have no indent. */
  private List<Tree> lineStarters(List<? extends Tree> children) {
    return children.stream().filter(child -> startsLine(child.firstToken())).map(Tree.class::cast).toList();
  }

  private Map<Tree, String> indentsOf(List<Tree> lineStarters) {
    return lineStarters.stream().collect(Collectors.toMap(Function.identity(), child -> indentOf(child.firstToken().range().start().line())));
  }

  private void checkTabsAndSpaces() {
    List<Integer> tabLines = new ArrayList<>();
    List<Integer> spaceLines = new ArrayList<>();
    for (int line = 1; line <= lines.size(); line++) {
      String indent = indentOf(line);
      if (indent.isEmpty() || interiorLines.get(line) || lines.get(line - 1).isBlank()) {
        continue;
      }
      if (indent.contains(" \t")) {
        report(line, line, "Remove the space before the tab in this line's indentation.");
      }
      (indent.charAt(0) == '\t' ? tabLines : spaceLines).add(line);
    }
    if (tabLines.isEmpty() || spaceLines.isEmpty()) {
      return;
    }
    // The minority is the smaller group; on a tie, the style that appears second.
    boolean tabsAreMinority = tabLines.size() < spaceLines.size()
      || (tabLines.size() == spaceLines.size() && tabLines.get(0) > spaceLines.get(0));
    List<Integer> minority = tabsAreMinority ? tabLines : spaceLines;
    List<Integer> majority = tabsAreMinority ? spaceLines : tabLines;
    String used = tabsAreMinority ? "tabs" : "spaces";
    String expected = tabsAreMinority ? "spaces" : "tabs";
    int runStart = 0;
    for (int i = 1; i <= minority.size(); i++) {
      if (i == minority.size() || interruptedBy(majority, minority.get(i - 1), minority.get(i))) {
        int count = i - runStart;
        String subject = count == 1 ? "This line is" : ("These " + count + " lines are");
        report(minority.get(runStart), minority.get(i - 1), subject + " indented with " + used
          + " while most of the file uses " + expected + "; use " + expected + ".");
        runStart = i;
      }
    }
  }

  private static boolean interruptedBy(List<Integer> majority, int from, int to) {
    return majority.stream().anyMatch(line -> line > from && line < to);
  }

  private void report(int firstLine, int lastLine, String message) {
    SyntaxToken first = lineStarts.get(firstLine);
    SyntaxToken last = lineStarts.get(lastLine);
    if (first != null && last != null) {
      reportIssue(first, last, message);
    } else {
      addIssue(firstLine, message);
    }
  }

  private boolean startsLine(SyntaxToken token) {
    String line = lines.get(token.range().start().line() - 1);
    int column = token.range().start().columnOffset();
    return column <= line.length() && line.substring(0, column).isBlank();
  }

  private String shallowestIndent(int fromLine, int toLine) {
    String shallowest = indentOf(fromLine);
    for (int line = fromLine + 1; line <= toLine; line++) {
      String indent = indentOf(line);
      if (!interiorLines.get(line) && !lines.get(line - 1).isBlank() && comparable(indent, shallowest)
        && Depth.of(indent).compareTo(Depth.of(shallowest)) < 0) {
        shallowest = indent;
      }
    }
    return shallowest;
  }

  private String indentOf(int line) {
    String text = lines.get(line - 1);
    int end = 0;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return text.substring(0, end);
  }

  private static String mostCommon(List<Tree> children, Map<Tree, String> indents) {
    Map<String, Long> counts = children.stream().collect(Collectors.groupingBy(indents::get, Collectors.counting()));
    String best = indents.get(children.get(0));
    for (Tree child : children) {
      String indent = indents.get(child);
      if (counts.get(indent) > counts.get(best)) {
        best = indent;
      }
    }
    return best;
  }

  /**
   * Compare indents only when both are tabs then spaces and start with the same character: a tab-indented line
   * against a space-indented one is the tab/space check's business, and so is a space before a tab.
   */
  private static boolean comparable(String a, String b) {
    if (Depth.of(a) == null || Depth.of(b) == null) {
      return false;
    }
    return a.isEmpty() || b.isEmpty() || a.charAt(0) == b.charAt(0);
  }

  private static boolean deeper(String child, String opener, boolean mayAlign) {
    int comparison = Depth.of(child).compareTo(Depth.of(opener));
    return comparison > 0 || (mayAlign && comparison == 0);
  }

  /**
   * An indent of {@code tabs} tabs followed by {@code spaces} spaces, ordered by tabs first: a line one tab deeper
   * than its opener is deeper even when both carry alignment spaces after their tabs ({@code "\t\t  "} under
   * {@code "\t  "}), and spaces after the same tabs are deeper than those tabs alone.
   */
  private record Depth(int tabs, int spaces) implements Comparable<Depth> {

    private static final Comparator<Depth> ORDER = Comparator.comparingInt(Depth::tabs).thenComparingInt(Depth::spaces);

    /** Null when a space comes before a tab: such an indent has no depth of its own. */
    @Nullable
    static Depth of(String indent) {
      int tabs = 0;
      while (tabs < indent.length() && indent.charAt(tabs) == '\t') {
        tabs++;
      }
      return indent.indexOf('\t', tabs) >= 0 ? null : new Depth(tabs, indent.length() - tabs);
    }

    @Override
    public int compareTo(Depth other) {
      return ORDER.compare(this, other);
    }
  }

  private static String describe(String indent) {
    long tabs = indent.chars().filter(c -> c == '\t').count();
    long spaces = indent.length() - tabs;
    if (tabs == 0) {
      return spaces + (spaces == 1 ? " space" : " spaces");
    }
    return tabs + (tabs == 1 ? " tab" : " tabs") + (spaces == 0 ? "" : (" and " + spaces + (spaces == 1 ? " space" : " spaces")));
  }
}
