package org.sonarreview.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.checks.common.ReviewCheck;
import org.sonarreview.naming.Declaration;
import org.sonarreview.naming.Declarations;
import org.sonarreview.naming.IdentifierSplitter;
import org.sonarreview.naming.NameStyles;

/**
 * One term spelled with different inner casing across the names a file declares: {@code userId} and
 * {@code userID}. Only words after the first are compared, since the first word's lowercase is Java's convention.
 * The minority spelling is reported; the majority's first use is the secondary location.
 */
@Rule(key = "InconsistentTermCasing")
public class InconsistentTermCasingCheck extends ReviewCheck {

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    Map<String, Spellings> terms = new LinkedHashMap<>();
    for (Declaration declaration : Declarations.of(tree)) {
      if (isJudged(declaration)) {
        collectWords(declaration, terms);
      }
    }
    Map<Declaration, List<Respelling>> respellings = new LinkedHashMap<>();
    for (Spellings spellings : terms.values()) {
      spellings.minorityRespellings().forEach(respelling -> respellings.computeIfAbsent(respelling.use.declaration, d -> new ArrayList<>()).add(respelling));
    }
    respellings.forEach(this::report);
  }

  /** Names the author chose: constants in UPPER_SNAKE and names imposed by a supertype are left alone. */
  private static boolean isJudged(Declaration declaration) {
    return !declaration.imposed() && !NameStyles.isUpperSnake(declaration.text());
  }

  private static void collectWords(Declaration declaration, Map<String, Spellings> terms) {
    String name = declaration.text();
    Set<String> borrowed = borrowedWords(declaration.tree());
    List<String> words = IdentifierSplitter.split(name);
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      int start = name.indexOf(word, offset);
      offset = start + word.length();
      // The first word follows Java's case convention; one letter has no inner casing; a word spelled as in the
      // declared type's own name follows that type, which the file may not control.
      if (i > 0 && word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !borrowed.contains(word)) {
        terms.computeIfAbsent(NameStyles.termKey(word), k -> new Spellings()).add(new Use(declaration, word, start));
      }
    }
  }

  /** Words of the type names a declaration repeats: {@code HttpURLConnection httpURLConnection}. */
  private static Set<String> borrowedWords(Tree declaration) {
    WordCollector collector = new WordCollector();
    if (declaration instanceof VariableTree variable) {
      // Enum constants have no type tree.
      if (variable.type() != null) {
        variable.type().accept(collector);
      }
    } else if (declaration instanceof MethodTree method && method.returnType() != null) {
      method.returnType().accept(collector);
    } else if (declaration instanceof ClassTree type) {
      if (type.superClass() != null) {
        type.superClass().accept(collector);
      }
      type.superInterfaces().forEach(superInterface -> superInterface.accept(collector));
    }
    return collector.words;
  }

  private void report(Declaration declaration, List<Respelling> respellings) {
    StringBuilder renamed = new StringBuilder(declaration.text());
    List<String> reasons = new ArrayList<>();
    List<JavaFileScannerContext.Location> majorities = new ArrayList<>();
    // Replace from the end so that earlier offsets stay valid.
    respellings.sort((a, b) -> Integer.compare(b.use.start, a.use.start));
    for (Respelling respelling : respellings) {
      renamed.replace(respelling.use.start, respelling.use.start + respelling.use.word.length(), respelling.majority.word);
    }
    respellings.sort((a, b) -> Integer.compare(a.use.start, b.use.start));
    for (Respelling respelling : respellings) {
      reasons.add("`" + respelling.use.word + "` as `" + respelling.majority.word + "` (" + count(respelling.majorityCount) + ")");
      majorities.add(new JavaFileScannerContext.Location("`" + respelling.majority.word + "` is spelled this way here.",
        respelling.majority.declaration.name()));
    }
    reportIssue(declaration.name(), "Rename `" + declaration.text() + "` to `" + renamed + "`: elsewhere this file spells "
      + String.join(" and ", reasons) + ".", majorities, null);
  }

  private static String count(int names) {
    return names + (names == 1 ? " name" : " names");
  }

  /** One word of one declared name, at {@code start} in that name. */
  private record Use(Declaration declaration, String word, int start) {
  }

  /** A minority use and the spelling it should take. */
  private record Respelling(Use use, Use majority, int majorityCount) {
  }

  /** Every use of one term, grouped by spelling in order of first appearance. */
  private static final class Spellings {
    private final Map<String, List<Use>> usesBySpelling = new LinkedHashMap<>();

    void add(Use use) {
      usesBySpelling.computeIfAbsent(use.word, w -> new ArrayList<>()).add(use);
    }

    List<Respelling> minorityRespellings() {
      if (usesBySpelling.size() < 2) {
        return List.of();
      }
      // The most used spelling wins; on a tie, the earliest one, so the later spelling is reported.
      List<Use> majority = null;
      for (List<Use> uses : usesBySpelling.values()) {
        if (majority == null || uses.size() > majority.size()) {
          majority = uses;
        }
      }
      List<Respelling> respellings = new ArrayList<>();
      for (List<Use> uses : usesBySpelling.values()) {
        if (uses != majority) {
          for (Use use : uses) {
            respellings.add(new Respelling(use, majority.get(0), majority.size()));
          }
        }
      }
      return respellings;
    }
  }

  /** The words of every identifier in a type: {@code Map<String, URL>} gives Map, String, URL. */
  private static final class WordCollector extends BaseTreeVisitor {
    private final Set<String> words = new HashSet<>();

    @Override
    public void visitIdentifier(IdentifierTree tree) {
      words.addAll(IdentifierSplitter.split(tree.name()));
    }
  }
}
