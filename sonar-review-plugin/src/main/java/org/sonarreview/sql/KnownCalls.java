package org.sonarreview.sql;

import java.util.List;
import java.util.Set;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;

/**
 * Library calls whose result is known without their body: values written in the code (annotation attributes,
 * reflection names, what an enum value answers), and data transformations (the JDK's strings, collections, streams
 * and optionals, and common string utilities) whose result is made of their receiver and arguments only.
 */
final class KnownCalls {

  private static final List<String> TRANSFORMATION_PACKAGES = List.of("java.util.", "com.google.common.collect.");
  private static final Set<String> TRANSFORMATION_TYPES = Set.of("java.lang.String", "java.lang.Object", "java.lang.Iterable",
    "java.lang.CharSequence", "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.Character", "java.lang.Enum",
    "org.apache.commons.lang3.StringUtils", "org.apache.commons.lang.StringUtils", "org.springframework.util.StringUtils",
    "com.google.common.base.Joiner", "com.google.common.base.Strings");
  /** Calls that replace each element by what their function returns: the receiver's elements do not go through. */
  private static final Set<String> ELEMENT_MAPPINGS = Set.of("map", "flatMap", "mapToObj", "mapMulti", "transform");
  private static final MethodMatchers REFLECTION_NAMES = MethodMatchers.create()
    .ofSubTypes("java.lang.reflect.Member", "java.lang.reflect.Parameter", "java.lang.Package")
    .names("getName").addWithoutParametersMatcher().build();

  private KnownCalls() {
  }

  /** An annotation attribute, a field or method name from reflection, or a method of an enum value. */
  static boolean returnsCodeConstant(MethodInvocationTree call) {
    Symbol owner = call.methodSymbol().owner();
    ExpressionTree receiver = SqlTextTracer.receiverOf(call);
    return (owner != null && owner.type() != null && owner.type().isSubtypeOf("java.lang.annotation.Annotation"))
      || REFLECTION_NAMES.matches(call)
      || (receiver != null && receiver.symbolType().symbol().isEnum());
  }

  static boolean isTransformation(MethodInvocationTree call) {
    Symbol owner = call.methodSymbol().owner();
    return owner != null && owner.type() != null && isTransformationOwner(owner.type().fullyQualifiedName());
  }

  static boolean isTransformationOwner(String type) {
    return TRANSFORMATION_TYPES.contains(type) || TRANSFORMATION_PACKAGES.stream().anyMatch(type::startsWith);
  }

  /** {@code map(f)}: the result holds what {@code f} returns, and {@code f} sees the elements through its parameter. */
  static boolean mapsElements(MethodInvocationTree call) {
    return ELEMENT_MAPPINGS.contains(call.methodSymbol().name());
  }

  /** Collections, maps, streams, optionals and arrays whose elements are all of a safe type, such as {@code List<Long>}. */
  static boolean holdsOnlySafeValues(Type type) {
    if (type.isArray()) {
      return type instanceof Type.ArrayType array && SafeTypes.isSafe(array.elementType());
    }
    if (type.isSubtypeOf("java.util.stream.IntStream") || type.isSubtypeOf("java.util.stream.LongStream")
      || type.isSubtypeOf("java.util.stream.DoubleStream")) {
      return true;
    }
    boolean container = type.isSubtypeOf("java.lang.Iterable") || type.isSubtypeOf("java.util.Map")
      || type.isSubtypeOf("java.util.stream.BaseStream") || type.isSubtypeOf("java.util.Optional")
      || type.isSubtypeOf("java.util.Iterator");
    return container && !type.typeArguments().isEmpty() && type.typeArguments().stream().allMatch(SafeTypes::isSafe);
  }
}
