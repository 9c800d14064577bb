package org.sonarreview.rules.naming;

import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.QualifiedNames;

/**
 * One name that a file declares.
 *
 * @param name the declared identifier, where issues go
 * @param kind what the name is declared as
 * @param tree the declaring tree: a class, method, variable or enum constant
 * @param imposed true when a supertype chose the name: an overriding method (or one whose hierarchy is unknown)
 *                and that method's parameters, a field named after such a method ({@code fooURL} behind
 *                {@code getFooURL()}), and the serialization fields {@code serialVersionUID} and
 *                {@code serialPersistentFields}
 */
public record Declaration(IdentifierTree name, Kind kind, Tree tree, boolean imposed) {

  /** What a name is declared as. */
  public enum Kind {
    TYPE, METHOD, ENUM_CONSTANT,
    /** A {@code static final} field, or any field of an interface or annotation. */
    CONSTANT,
    FIELD, RECORD_COMPONENT, PARAMETER, LAMBDA_PARAMETER, CATCH_PARAMETER,
    /** A variable declared in a {@code for} or for-each header. */
    LOOP_VARIABLE,
    /** A local variable, including try-with-resources. */
    LOCAL,
    /** A binding of {@code instanceof} or a {@code switch} pattern. */
    PATTERN_VARIABLE;

    /** Variables: everything but types, methods and enum constants. */
    public boolean isVariable() {
      return this != TYPE && this != METHOD && this != ENUM_CONSTANT;
    }
  }

  /** The identifier as written. */
  public String text() {
    return name.name();
  }

  /**
   * The simple name of a variable's declared class or interface type, without type arguments:
   * {@code Map<String, URL> urls} gives {@code Map}. Empty for primitives, arrays, {@code var} and non-variables.
   */
  public String typeName() {
    if (!(tree instanceof VariableTree variable) || variable.type() == null) {
      return "";
    }
    return QualifiedNames.simpleTypeName(variable.type());
  }
}
