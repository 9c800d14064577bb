package org.sonarreview.rules.unused;

import java.util.Set;
import java.util.regex.Pattern;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.tree.MainMethods;
import org.sonarreview.tree.Modifiers;

/**
 * The catalog's entry points: methods and constructors that something outside the source calls (the JVM,
 * a framework, a serializer), so that the absence of a reference proves nothing.
 */
final class ReferenceCandidates {

  private static final Set<String> SERIALIZATION_HOOKS = Set.of("readObject", "writeObject", "readObjectNoData",
    "readResolve", "writeReplace");
  private static final Pattern GETTER = Pattern.compile("(get|is)\\p{Lu}.*");
  private static final Pattern SETTER = Pattern.compile("set\\p{Lu}.*");

  private ReferenceCandidates() {
  }

  /** True when the method must be referenced to be kept: not private, not an entry point, fully resolved. */
  static boolean needsReference(MethodTree method) {
    if (!(method.parent() instanceof ClassTree owner) || owner.simpleName() == null || owner.is(Tree.Kind.ANNOTATION_TYPE)
      || method.symbol().isUnknown()
      || Modifiers.has(method.modifiers(), Modifier.PRIVATE)
      || !method.modifiers().annotations().isEmpty()) {
      return false;
    }
    if (method.is(Tree.Kind.CONSTRUCTOR)) {
      // Containers and serializers build annotated types; enum constants are their constructors' only callers.
      return owner.modifiers().annotations().isEmpty() && !owner.is(Tree.Kind.ENUM);
    }
    return Boolean.FALSE.equals(method.isOverriding())
      && !MainMethods.isLauncherMain(method)
      && !SERIALIZATION_HOOKS.contains(method.simpleName().name())
      && !isRecordAccessor(owner, method)
      && !(isAccessor(method) && isDataType(owner));
  }

  private static boolean isRecordAccessor(ClassTree owner, MethodTree method) {
    return owner.is(Tree.Kind.RECORD) && method.parameters().isEmpty()
      && owner.recordComponents().stream().anyMatch(component -> component.simpleName().name().equals(method.simpleName().name()));
  }

  private static boolean isAccessor(MethodTree method) {
    String name = method.simpleName().name();
    int parameters = method.parameters().size();
    return (parameters == 0 && GETTER.matcher(name).matches()) || (parameters == 1 && SETTER.matcher(name).matches());
  }

  /** JPA entities, classes with Jackson or JAXB annotations, and {@code Serializable} beans. */
  private static boolean isDataType(ClassTree owner) {
    return MappedTypes.isMapped(owner) || owner.symbol().type().isSubtypeOf("java.io.Serializable");
  }
}
