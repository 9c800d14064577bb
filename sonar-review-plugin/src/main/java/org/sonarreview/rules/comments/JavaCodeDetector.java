package org.sonarreview.rules.comments;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether comment text is Java code, with JavaParser: the text must parse as statements, as class
 * members or as a compilation unit. Cheap filters run first, and a parse that only prose could produce
 * ({@code See below;} is a valid declaration, {@code Note: x();} a labelled statement) is not code.
 */
public final class JavaCodeDetector {

  private static final Pattern ENDS_LIKE_CODE = Pattern.compile("[;{}]\\s*$");
  private static final Pattern ONE_WORD = Pattern.compile("^\\s*[\\w$.]*\\s*[;{}]*\\s*$");
  private static final Pattern URL = Pattern.compile("^\\s*[a-zA-Z][\\w+.-]*://");
  private static final Set<UnaryExpr.Operator> INCREMENTS = EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
    UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);
  /** A word, a full stop and a space: prose ("e.g. foo();" parses as a call on {@code e.g}). */
  private static final Pattern SENTENCE_STOP = Pattern.compile("[A-Za-z]\\.[ \t]+[A-Za-z]");
  private static final Pattern DOC_EXAMPLE = Pattern.compile("<pre>|\\{@code");

  private JavaCodeDetector() {
  }

  /** True when the text (comment markers removed) is Java code. */
  public static boolean isCode(String text) {
    if (!ENDS_LIKE_CODE.matcher(text).find() || ONE_WORD.matcher(text).matches() || URL.matcher(text).find()
      || DOC_EXAMPLE.matcher(text).find() || SENTENCE_STOP.matcher(text).find() || isLicense(text)) {
      return false;
    }
    return parsesAsStatements(text) || parsesAsMembers(text) || parsesAsCompilationUnit(text);
  }

  private static boolean isLicense(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("copyright") || lower.contains("license") || lower.contains("licence");
  }

  private static boolean parsesAsStatements(String text) {
    return parse(ParseStart.BLOCK, "{\n" + text + "\n}")
      .map(BlockStmt::getStatements)
      .filter(statements -> !statements.isEmpty() && statements.stream().allMatch(JavaCodeDetector::isCodeStatement))
      .isPresent();
  }

  private static boolean parsesAsMembers(String text) {
    return parse(ParseStart.COMPILATION_UNIT, "class Comment {\n" + text + "\n}")
      .map(unit -> unit.getType(0).getMembers())
      .filter(members -> !members.isEmpty() && members.stream().allMatch(JavaCodeDetector::isCodeMember))
      .isPresent();
  }

  private static boolean parsesAsCompilationUnit(String text) {
    return parse(ParseStart.COMPILATION_UNIT, text)
      .filter(unit -> unit.getPackageDeclaration().isPresent() || !unit.getImports().isEmpty() || hasCodeTypes(unit))
      .isPresent();
  }

  private static boolean hasCodeTypes(CompilationUnit unit) {
    List<TypeDeclaration<?>> types = unit.getTypes();
    return !types.isEmpty() && types.stream().allMatch(type -> type.getMembers().stream().allMatch(JavaCodeDetector::isCodeMember));
  }

  private static <N extends Node> Optional<N> parse(ParseStart<N> start, String source) {
    // A parser per call: JavaParser instances are not thread-safe, and only pre-filtered comments get here.
    JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
    ParseResult<N> result = parser.parse(start, Providers.provider(source));
    return result.isSuccessful() ? result.getResult() : Optional.empty();
  }

  private static boolean isCodeStatement(Statement statement) {
    if (statement instanceof LabeledStmt || statement instanceof EmptyStmt) {
      // "http://x" and "Note: ..." parse as labelled statements.
      return false;
    }
    if (statement instanceof ExpressionStmt expressionStatement) {
      return isCodeExpression(expressionStatement.getExpression());
    }
    return true;
  }

  /** Only the expressions Java allows as statements; a bare declaration must look typed, not like two words. */
  private static boolean isCodeExpression(Expression expression) {
    if (expression instanceof VariableDeclarationExpr declaration) {
      return declaration.getVariables().stream().anyMatch(JavaCodeDetector::isCodeVariable);
    }
    return expression instanceof MethodCallExpr || expression instanceof AssignExpr
      || expression instanceof ObjectCreationExpr
      || expression instanceof UnaryExpr unary && INCREMENTS.contains(unary.getOperator());
  }

  private static boolean isCodeMember(BodyDeclaration<?> member) {
    if (member instanceof FieldDeclaration field) {
      return !field.getModifiers().isEmpty() || field.getVariables().stream().anyMatch(JavaCodeDetector::isCodeVariable);
    }
    return true;
  }

  /** {@code int x;}, {@code List<String> x;}, {@code x = 1}: not {@code See below;}, which prose writes too. */
  private static boolean isCodeVariable(VariableDeclarator variable) {
    Type type = variable.getType();
    return variable.getInitializer().isPresent() || type.isPrimitiveType() || type.isArrayType()
      || (type instanceof ClassOrInterfaceType classType && (classType.getTypeArguments().isPresent() || classType.getScope().isPresent()));
  }
}
