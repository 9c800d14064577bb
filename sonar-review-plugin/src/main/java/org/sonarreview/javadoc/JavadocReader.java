package org.sonarreview.javadoc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * Finds the doc comment of a declaration: the last {@code /**} (or {@code ///} block) written before its
 * name, whether it stands before the annotations, between them or after them. SonarJava keeps its own
 * Javadoc model internal, so rules read doc comments through this class.
 */
public final class JavadocReader {

  private JavadocReader() {
  }

  /** The doc comment of a class, method, constructor or field, if it has one. */
  public static Optional<Javadoc> javadocOf(Tree declaration) {
    List<SyntaxTrivia> comments = new ArrayList<>();
    for (SyntaxToken token : tokensBeforeName(declaration)) {
      for (SyntaxTrivia trivia : token.trivias()) {
        if (DocComments.isDocComment(trivia) && !isLicenseHeader(trivia)) {
          comments.add(trivia);
        }
      }
    }
    comments.sort(Comparator.comparing(Position::startOf));
    DocComments docComments = new DocComments();
    comments.forEach(docComments::accept);
    return docComments.last();
  }

  /** The tokens whose leading comments may hold the declaration's doc comment. */
  private static List<SyntaxToken> tokensBeforeName(Tree declaration) {
    List<SyntaxToken> tokens = new ArrayList<>();
    addToken(tokens, declaration.firstToken());
    if (declaration instanceof ClassTree classTree) {
      addModifierTokens(tokens, classTree.modifiers());
      addToken(tokens, classTree.declarationKeyword());
    } else if (declaration instanceof MethodTree method) {
      addModifierTokens(tokens, method.modifiers());
      if (!method.typeParameters().isEmpty()) {
        addToken(tokens, method.typeParameters().firstToken());
      }
      if (method.returnType() != null) {
        addToken(tokens, method.returnType().firstToken());
      }
      addToken(tokens, method.simpleName().firstToken());
    } else if (declaration instanceof VariableTree variable) {
      addModifierTokens(tokens, variable.modifiers());
      addToken(tokens, variable.type().firstToken());
    }
    return tokens;
  }

  private static void addModifierTokens(List<SyntaxToken> tokens, ModifiersTree modifiers) {
    modifiers.forEach(modifier -> addToken(tokens, modifier.firstToken()));
  }

  private static void addToken(List<SyntaxToken> tokens, @Nullable SyntaxToken token) {
    if (token != null && !tokens.contains(token)) {
      tokens.add(token);
    }
  }

  /** A doc-style comment on the first lines of a file that carries a copyright or licence. */
  private static boolean isLicenseHeader(SyntaxTrivia trivia) {
    if (trivia.startLine() > 2) {
      return false;
    }
    String text = trivia.comment().toLowerCase(Locale.ROOT);
    return text.contains("copyright") || text.contains("license") || text.contains("licence");
  }
}
