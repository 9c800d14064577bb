package org.sonarreview.sql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.tree.Arguments;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BinaryExpressionTree;
import org.sonar.plugins.java.api.tree.ConditionalExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ParenthesizedTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Expressions;

/**
 * The constant SQL text written right before and right after a value where it is concatenated, appended or
 * formatted in: {@code "SELECT * FROM "} and {@code " WHERE id = ?"} around {@code table}. Null where the neighbour
 * is not constant text or the value is not built in place.
 */
record SqlPosition(@Nullable String before, @Nullable String after) {

  private static final MethodMatchers FORMAT = MethodMatchers.or(
    MethodMatchers.create().ofTypes("java.lang.String").names("format").withAnyParameters().build(),
    MethodMatchers.create().ofTypes("java.lang.String").names("formatted").withAnyParameters().build());
  private static final MethodMatchers WRAPPERS = MethodMatchers.create().ofTypes("java.lang.String")
    .names("join", "valueOf").withAnyParameters().build();
  private static final MethodMatchers JOIN = MethodMatchers.create().ofTypes("java.lang.String").names("join").withAnyParameters().build();
  private static final MethodMatchers CONCAT = MethodMatchers.create().ofTypes("java.lang.String").names("concat").withAnyParameters().build();
  /** A format specifier: %s, %1$s, %-10s, %%, %n. */
  private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(\\.\\d+)?[a-zA-Z%]");

  boolean isUnknown() {
    return before == null && after == null;
  }

  static SqlPosition of(Tree value) {
    Tree parent = value.parent();
    if (parent instanceof ParenthesizedTree || parent instanceof ConditionalExpressionTree) {
      return of(parent);
    }
    MethodInvocationTree wrapper = wrappingCall(value);
    if (wrapper != null) {
      // String.join(",", columns), name.trim(): the text around the call is the text around the value.
      return of(wrapper);
    }
    if (parent != null && parent.is(Tree.Kind.PLUS)) {
      BinaryExpressionTree plus = (BinaryExpressionTree) parent;
      if (plus.rightOperand() == value) {
        return new SqlPosition(lastText(plus.leftOperand()), of(plus).after());
      }
      return new SqlPosition(of(plus).before(), firstText(plus.rightOperand()));
    }
    if (parent instanceof Arguments arguments && arguments.parent() instanceof MethodInvocationTree call) {
      return ofArgument((ExpressionTree) value, arguments, call);
    }
    return new SqlPosition(null, null);
  }

  /**
   * True when nothing comes before the value in the text it is built into: {@code base + " WHERE ..."},
   * {@code new StringBuilder(base)}. SQL starts with a keyword, so such a value is SQL text received from elsewhere.
   */
  static boolean startsText(Tree value) {
    Tree current = value;
    while (current.parent() instanceof ParenthesizedTree
      || (current.parent() != null && current.parent().is(Tree.Kind.PLUS) && ((BinaryExpressionTree) current.parent()).leftOperand() == current)) {
      current = current.parent();
    }
    Tree parent = current.parent();
    if (parent instanceof Arguments arguments) {
      // new StringBuilder(base), String.format(template, ...), or the SQL argument of the call itself
      return (arguments.parent() instanceof NewClassTree newBuilder && Builders.isBuilder(newBuilder.symbolType())
        && arguments.get(0) == current)
        || (arguments.parent() instanceof MethodInvocationTree call
          && (SqlApis.ALL_SQL_TEXT.matches(call) || (isFormatTemplate(current, call) && startsText(call))));
    }
    if (parent instanceof MemberSelectExpressionTree select && select.parent() instanceof MethodInvocationTree call
      && isFormatTemplate(current, call)) {
      // template.formatted(...)
      return startsText(call);
    }
    return parent instanceof VariableTree || parent instanceof AssignmentExpressionTree assignment && assignment.is(Tree.Kind.ASSIGNMENT);
  }

  /** The format string of {@code String.format} or the receiver of {@code formatted}: the text starts with it. */
  private static boolean isFormatTemplate(Tree value, MethodInvocationTree call) {
    if (!FORMAT.matches(call)) {
      return false;
    }
    if ("formatted".equals(call.methodSymbol().name())) {
      return SqlTextTracer.receiverOf(call) == value;
    }
    List<ExpressionTree> arguments = call.arguments();
    int template = arguments.get(0).symbolType().is("java.util.Locale") ? 1 : 0;
    return template < arguments.size() && arguments.get(template) == value;
  }

  /**
   * How the value goes into the text it is built into: "Concatenated into the SQL", "Appended to the SQL",
   * "Formatted into the SQL" or "Joined into the SQL"; null when it is not built in there but passed on whole.
   */
  @Nullable
  static String buildPhrase(Tree value) {
    Tree current = unwrapped(value);
    Tree parent = current.parent();
    if (parent != null && (parent.is(Tree.Kind.PLUS) || parent.is(Tree.Kind.PLUS_ASSIGNMENT))) {
      return "Concatenated into the SQL";
    }
    if (parent instanceof MemberSelectExpressionTree select && select.expression() == current
      && select.parent() instanceof MethodInvocationTree call) {
      return isFormatTemplate(current, call) ? "Formatted into the SQL" : concatenatedBy(call);
    }
    if (parent instanceof Arguments arguments && arguments.parent() instanceof MethodInvocationTree call) {
      if (Builders.isBuilder(call.symbolType())) {
        return "Appended to the SQL";
      }
      return FORMAT.matches(call) ? "Formatted into the SQL" : joinedBy(call);
    }
    if (parent instanceof Arguments arguments && arguments.parent() instanceof NewClassTree newBuilder
      && Builders.isBuilder(newBuilder.symbolType())) {
      return "Appended to the SQL";
    }
    return null;
  }

  @Nullable
  private static String concatenatedBy(MethodInvocationTree call) {
    return CONCAT.matches(call) ? "Concatenated into the SQL" : null;
  }

  @Nullable
  private static String joinedBy(MethodInvocationTree call) {
    if (CONCAT.matches(call)) {
      return "Concatenated into the SQL";
    }
    return JOIN.matches(call) ? "Joined into the SQL" : null;
  }

  /** The outermost of the parentheses, casts, conditionals, {@code trim()} or {@code String.valueOf} around a value. */
  private static Tree unwrapped(Tree value) {
    Tree current = value;
    while (true) {
      Tree parent = current.parent();
      MethodInvocationTree wrapper = wrappingCall(current);
      if (parent instanceof ParenthesizedTree || parent instanceof ConditionalExpressionTree || parent instanceof TypeCastTree) {
        current = parent;
      } else if (wrapper != null && !JOIN.matches(wrapper)) {
        current = wrapper;
      } else {
        return current;
      }
    }
  }

  /** A {@code String.join}/{@code valueOf} taking the value, or a {@code trim}-like call on it. */
  @Nullable
  private static MethodInvocationTree wrappingCall(Tree value) {
    Tree parent = value.parent();
    if (parent instanceof Arguments arguments && arguments.parent() instanceof MethodInvocationTree call
      && WRAPPERS.matches(call)) {
      return call;
    }
    if (parent instanceof MemberSelectExpressionTree select && select.expression() == value
      && select.parent() instanceof MethodInvocationTree call && SqlTextTracer.STRING_PASS_THROUGH.matches(call)) {
      return call;
    }
    return null;
  }

  private static SqlPosition ofArgument(ExpressionTree value, Arguments arguments, MethodInvocationTree call) {
    if (Builders.isBuilder(call.symbolType()) && Builders.appendedValue(call) == value) {
      ExpressionTree receiver = SqlTextTracer.receiverOf(call);
      return new SqlPosition(receiver == null ? null : builderText(receiver), textAppendedAfter(call));
    }
    if (FORMAT.matches(call)) {
      return ofFormatArgument(value, arguments, call);
    }
    return new SqlPosition(null, null);
  }

  /** {@code String.format(format, args)}, {@code String.format(locale, format, args)} and {@code format.formatted(args)}. */
  private static SqlPosition ofFormatArgument(ExpressionTree value, List<ExpressionTree> arguments, MethodInvocationTree call) {
    int formatIndex = -1;
    ExpressionTree format = SqlTextTracer.receiverOf(call);
    if ("format".equals(call.methodSymbol().name())) {
      formatIndex = arguments.get(0).symbolType().is("java.util.Locale") ? 1 : 0;
      format = formatIndex < arguments.size() ? arguments.get(formatIndex) : null;
    }
    String text = format == null ? null : format.asConstant(String.class).orElse(null);
    int argument = arguments.indexOf(value) - formatIndex - 1;
    if (text == null || argument < 0) {
      return new SqlPosition(null, null);
    }
    Matcher specifier = SPECIFIER.matcher(text);
    int ordinary = 0;
    int previous = -1;
    while (specifier.find()) {
      String conversion = specifier.group();
      if (conversion.endsWith("%") || conversion.endsWith("n")) {
        continue;
      }
      int index = argumentIndex(specifier.group(1), conversion, ordinary, previous);
      if (specifier.group(1) == null && !conversion.startsWith("%<")) {
        ordinary++;
      }
      if (index < 0) {
        // An index this code cannot read: the position is unknown, so the part is judged without it.
        return new SqlPosition(null, null);
      }
      previous = index;
      if (index == argument) {
        return new SqlPosition(text.substring(0, specifier.start()), text.substring(specifier.end()));
      }
    }
    return new SqlPosition(null, null);
  }

  /**
   * The argument a format specifier takes: explicit ({@code %2$s}), the previous one again ({@code %<s}), or the
   * next ordinary one; -1 when the explicit index is out of any plausible range.
   */
  private static int argumentIndex(@Nullable String explicit, String conversion, int ordinary, int previous) {
    if (explicit != null) {
      String digits = explicit.replace("$", "");
      return digits.length() > 4 ? -1 : Integer.parseInt(digits) - 1;
    }
    return conversion.startsWith("%<") ? previous : ordinary;
  }

  /** The constant text an expression ends with. */
  @Nullable
  private static String lastText(ExpressionTree expression) {
    ExpressionTree tree = Expressions.skipParentheses(expression);
    String constant = constantText(tree);
    if (constant != null) {
      return constant;
    }
    if (tree != null && tree.is(Tree.Kind.PLUS)) {
      return lastText(((BinaryExpressionTree) tree).rightOperand());
    }
    return tree != null && Builders.isBuilder(tree.symbolType()) ? builderText(tree) : null;
  }

  /** The constant text an expression starts with. */
  @Nullable
  private static String firstText(ExpressionTree expression) {
    ExpressionTree tree = Expressions.skipParentheses(expression);
    String constant = constantText(tree);
    if (constant == null && tree != null && tree.is(Tree.Kind.PLUS)) {
      return firstText(((BinaryExpressionTree) tree).leftOperand());
    }
    return constant;
  }

  /** The text a builder expression last received: {@code sb.append("FROM ")} or {@code new StringBuilder("FROM ")}. */
  @Nullable
  private static String builderText(ExpressionTree builder) {
    ExpressionTree tree = Expressions.skipParentheses(builder);
    if (tree instanceof MethodInvocationTree call) {
      ExpressionTree appended = Builders.appendedValue(call);
      return "append".equals(call.methodSymbol().name()) && appended != null ? lastText(appended) : null;
    }
    if (tree instanceof NewClassTree newBuilder && newBuilder.arguments().size() == 1) {
      return lastText(newBuilder.arguments().get(0));
    }
    return null;
  }

  /** {@code .append(x).append(" WHERE")}: the constant appended right after a call. */
  @Nullable
  private static String textAppendedAfter(MethodInvocationTree call) {
    if (call.parent() instanceof MemberSelectExpressionTree select && select.parent() instanceof MethodInvocationTree next
      && "append".equals(next.methodSymbol().name()) && Builders.isBuilder(next.symbolType()) && !next.arguments().isEmpty()) {
      return firstText(next.arguments().get(0));
    }
    return null;
  }

  @Nullable
  private static String constantText(@Nullable ExpressionTree tree) {
    if (tree == null) {
      return null;
    }
    Object constant = tree.asConstant().orElse(null);
    return constant instanceof String || constant instanceof Character ? constant.toString() : null;
  }
}
