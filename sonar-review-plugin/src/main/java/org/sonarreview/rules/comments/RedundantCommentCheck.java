package org.sonarreview.rules.comments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.IdentifierSplitter;

/**
 * Line comments that only restate the statement below them: nearly every meaningful word of the comment
 * (stop words removed, plurals folded) is a word of the statement's identifiers. A heuristic (BETA).
 */
@Rule(key = "RedundantComment")
public class RedundantCommentCheck extends CommentBlockCheck {

  /** Published in the rule description: keep the two in sync. */
  static final Set<String> STOP_WORDS = Set.of(
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "into", "onto", "and", "or", "is", "are", "be", "been", "was", "were", "will", "we", "our", "us", "you",
    "your", "i", "my", "me", "then", "now", "here", "there", "all", "some", "just", "also", "do", "does", "up", "out");

  private static final int MINIMUM_MEANINGFUL_WORDS = 3;
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern KEEP = Pattern.compile(
    "(?i)\\b(todo|fixme|note|xxx|hack|nosonar|noinspection|checkstyle|nopmd|because|since|so that|otherwise|in order|avoid"
      + "|due|why|workaround|ensure|prevent|unless|except|instead|however|but|although|careful|warning|copyright|license"
      + "|licence)\\b|://|www\\.|@formatter|\\$NON-NLS|language\\s*=|fall(s)?\\s*through");
  private static final Pattern SECTION_HEADER = Pattern.compile(
    "(?i)^\\s*(given|when|then|and|arrange|act|assert|setup|set up|teardown|verify|expect)\\b.*|.*[-=*#/]{3,}.*|.*:\\s*$");

  @RuleProperty(key = "maxNewWords", description = "How many meaningful words of the comment may be missing from the "
    + "code below while the comment still counts as a repetition (a whole number, 0 or more)", defaultValue = "1")
  public int maxNewWords;

  @RuleProperty(key = "maxWords", description = "Comments with more words than this are left alone (a whole number, 3 or more)",
    defaultValue = "12")
  public int maxWords;

  private final RuleParameter<Integer> newWordsLimit = parameter("maxNewWords", ParameterType.atLeast(0));
  private final RuleParameter<Integer> wordsLimit = parameter("maxWords", ParameterType.atLeast(MINIMUM_MEANINGFUL_WORDS));

  @Override
  protected void visitComments(List<CommentBlock> blocks, SyntaxToken token) {
    // Only the comment right above the statement describes it.
    CommentBlock block = blocks.get(blocks.size() - 1);
    StatementTree statement = statementStartingAt(token);
    if (statement == null || block.trailing() || !block.isLineComment()
      || block.endToken().line() + 1 != token.range().start().line()) {
      return;
    }
    String text = block.text();
    List<String> words = words(text);
    if (words.size() > wordsLimit.value() || KEEP.matcher(text).find() || isSectionHeader(block) || JavaCodeDetector.isCode(text)) {
      return;
    }
    List<String> meaningful = words.stream().filter(word -> !STOP_WORDS.contains(word)).map(RedundantCommentCheck::singular).toList();
    if (meaningful.size() < MINIMUM_MEANINGFUL_WORDS) {
      return;
    }
    Set<String> codeWords = codeWords(statement);
    long newWords = meaningful.stream().filter(word -> !codeWords.contains(word)).count();
    if (newWords <= newWordsLimit.value()) {
      reportIssue(block.startToken(), block.endToken(),
        "Delete this comment or say why: it repeats what the next statement's names already say.");
    }
  }

  private static boolean isSectionHeader(CommentBlock block) {
    return block.comments().stream().anyMatch(comment -> SECTION_HEADER.matcher(comment.comment().substring(2)).matches());
  }

  /** The statement of a block that starts with this token, if any. */
  @Nullable
  private static StatementTree statementStartingAt(SyntaxToken token) {
    Tree candidate = token;
    while (candidate.parent() != null && candidate.parent().firstToken() == token) {
      candidate = candidate.parent();
      if (candidate instanceof StatementTree statement && (statement.parent() instanceof BlockTree
        || statement.parent() != null && statement.parent().is(Tree.Kind.CASE_GROUP))) {
        return statement;
      }
    }
    return null;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    WORD.matcher(text).results().forEach(match -> words.add(match.group().toLowerCase(Locale.ROOT)));
    return words;
  }

  /** Words of the statement's identifiers, and its leading keyword ({@code return}, {@code throw}, ...). */
  private static Set<String> codeWords(StatementTree statement) {
    Set<String> words = new HashSet<>();
    String keyword = statement.firstToken().text();
    if (WORD.matcher(keyword).matches()) {
      words.add(keyword.toLowerCase(Locale.ROOT));
    }
    statement.accept(new BaseTreeVisitor() {
      @Override
      public void visitIdentifier(IdentifierTree tree) {
        IdentifierSplitter.split(tree.name()).forEach(word -> words.add(singular(word.toLowerCase(Locale.ROOT))));
        super.visitIdentifier(tree);
      }
    });
    return words;
  }

  /** Folds plurals only ({@code tables}, {@code entries}, {@code boxes}): a stemmer would merge too much. */
  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
