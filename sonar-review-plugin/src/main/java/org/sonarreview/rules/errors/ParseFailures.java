package org.sonarreview.rules.errors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonarreview.tree.QualifiedNames;

/**
 * A catch of a failed parse ({@code NumberFormatException}, {@code ParseException}, {@code DateTimeParseException})
 * and the text that the try body parsed: a translation whose message quotes that text loses nothing the caught
 * exception had to say beyond the parser's own stack frames.
 */
final class ParseFailures {

  private static final List<String> PARSE_EXCEPTIONS = List.of(
    "java.lang.NumberFormatException", "java.text.ParseException", "java.time.format.DateTimeParseException");
  /** Constructors that parse their text argument. */
  private static final Set<String> PARSING_TYPES = Set.of("java.math.BigDecimal", "java.math.BigInteger");

  private ParseFailures() {
  }

  /**
   * The local variables and parameters that reach the text argument of a parsing call in the try body, when every
   * type the clause catches is a parse exception or a subclass of one; otherwise none. A parsing call is a method
   * named {@code parse...}, {@code valueOf} or {@code decode}, or {@code new BigDecimal(...)}/{@code new BigInteger(...)};
   * its text argument is one of type {@code String} or {@code CharSequence} (or of unresolved type).
   */
  static Set<Symbol> parsedInputs(CatchBlock catchBlock) {
    List<Type> caught = catchBlock.caughtTypes();
    if (caught.isEmpty() || !caught.stream().allMatch(ParseFailures::isParseException)
      || !(catchBlock.tree().parent() instanceof TryStatementTree tryStatement)) {
      return Set.of();
    }
    Set<Symbol> inputs = new HashSet<>();
    tryStatement.block().accept(new SameFrameVisitor() {
      @Override
      public void visitMethodInvocation(MethodInvocationTree call) {
        if (isParsingMethod(QualifiedNames.calledName(call.methodSelect()))) {
          call.arguments().forEach(argument -> addInputs(argument, inputs));
        }
        super.visitMethodInvocation(call);
      }

      @Override
      public void visitNewClass(NewClassTree newClass) {
        if (PARSING_TYPES.stream().anyMatch(newClass.symbolType()::is)) {
          newClass.arguments().forEach(argument -> addInputs(argument, inputs));
        }
        super.visitNewClass(newClass);
      }
    });
    return inputs;
  }

  /** True when one of the arguments reads one of the inputs, as in {@code "Not a number: " + text}. */
  static boolean mentionsAny(List<ExpressionTree> arguments, Set<Symbol> inputs) {
    return !inputs.isEmpty() && arguments.stream().anyMatch(argument -> variablesIn(argument).stream().anyMatch(inputs::contains));
  }

  private static boolean isParseException(Type type) {
    return !type.isUnknown() && PARSE_EXCEPTIONS.stream().anyMatch(type::isSubtypeOf);
  }

  private static boolean isParsingMethod(String name) {
    return name.startsWith("parse") || "valueOf".equals(name) || "decode".equals(name);
  }

  private static void addInputs(ExpressionTree argument, Set<Symbol> inputs) {
    Type type = argument.symbolType();
    if (type.isUnknown() || type.isSubtypeOf("java.lang.CharSequence")) {
      inputs.addAll(variablesIn(argument));
    }
  }

  /** The local variables and parameters the expression reads; fields and constants are not someone's input. */
  private static Set<Symbol> variablesIn(Tree expression) {
    Set<Symbol> variables = new HashSet<>();
    expression.accept(new BaseTreeVisitor() {
      @Override
      public void visitIdentifier(IdentifierTree identifier) {
        Symbol symbol = identifier.symbol();
        if (!symbol.isUnknown() && symbol.isVariableSymbol() && symbol.owner() != null && symbol.owner().isMethodSymbol()) {
          variables.add(symbol);
        }
      }
    });
    return variables;
  }
}
