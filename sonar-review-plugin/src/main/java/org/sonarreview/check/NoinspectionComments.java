package org.sonarreview.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.EnumConstantTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * IntelliJ's suppression comment: {@code //noinspection rawtypes} (also {@code //noinspection unchecked,rawtypes}
 * or {@code //noinspection ALL}) right before a statement or a member silences that statement or member, as
 * {@code @SuppressWarnings} would. IntelliJ accepts javac's keys there, so a rule honours its own javac keys;
 * statements cannot carry annotations, which is why code bases such as Hibernate use the comment.
 */
final class NoinspectionComments {

  /** IntelliJ's form: a line comment, the word, then a comma-separated list of inspection ids. */
  private static final Pattern NOINSPECTION = Pattern.compile("^//\\s*noinspection\\s+([\\w.-]+(?:\\s*,\\s*[\\w.-]+)*)");
  private static final String ALL = "ALL";

  private final Set<String> keys = new HashSet<>();

  NoinspectionComments(Set<String> javacKeys) {
    keys.addAll(javacKeys);
    keys.add(ALL);
  }

  /** True when the tree lies in a statement or member preceded by a matching {@code //noinspection} comment. */
  boolean silences(@Nullable Tree tree) {
    for (Tree current = tree; current != null; current = current.parent()) {
      if (isStatementOrMember(current) && suppressedBy(current.firstToken())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStatementOrMember(Tree tree) {
    // Variables and nested types are statements too, whether local or members.
    return tree instanceof StatementTree || tree instanceof MethodTree || tree instanceof EnumConstantTree;
  }

  /** The comments between the previous token and this one are those written right before the statement. */
  private boolean suppressedBy(@Nullable SyntaxToken first) {
    if (first == null) {
      return false;
    }
    for (SyntaxTrivia trivia : first.trivias()) {
      Matcher matcher = NOINSPECTION.matcher(trivia.comment());
      if (matcher.find() && namesKey(matcher.group(1))) {
        return true;
      }
    }
    return false;
  }

  private boolean namesKey(String list) {
    for (String id : list.split(",")) {
      if (keys.contains(id.trim())) {
        return true;
      }
    }
    return false;
  }
}
