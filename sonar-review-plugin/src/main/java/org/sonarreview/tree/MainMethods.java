package org.sonarreview.tree;

import java.util.Set;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * The methods the {@code java} launcher can start: {@code void main(String[])}, static or (Java 25, JEP 512)
 * an instance method, and Java 25's {@code void main()} without parameters. A {@code main} that returns a
 * value, or takes other parameters, is an ordinary method: the launcher never calls it.
 */
public final class MainMethods {

  private static final Set<String> STRING_ARRAY_TEXTS = Set.of("String[]", "String...", "java.lang.String[]", "java.lang.String...");

  private MainMethods() {
  }

  /** True for a launcher {@code main}; the Java version is not checked (earlier versions had it as a preview). */
  public static boolean isLauncherMain(MethodTree method) {
    if (!method.is(Tree.Kind.METHOD) || !"main".equals(method.simpleName().name()) || !returnsVoid(method.returnType())) {
      return false;
    }
    return method.parameters().isEmpty()
      || (method.parameters().size() == 1 && isStringArray(method.parameters().get(0)));
  }

  private static boolean returnsVoid(TypeTree returnType) {
    return returnType != null && "void".equals(TypeText.of(returnType));
  }

  /** {@code String[] args}, {@code String... args}, and the C-style {@code String args[]}. */
  private static boolean isStringArray(VariableTree parameter) {
    Type type = parameter.symbol().type();
    if (type != null && !type.isUnknown()) {
      return type.isArray() && ((Type.ArrayType) type).elementType().is("java.lang.String");
    }
    return STRING_ARRAY_TEXTS.contains(TypeText.of(parameter.type()));
  }
}
