package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.Expressions;
import org.sonarreview.tree.TypeResolver;

/**
 * The JPA annotations of one file, {@code jakarta.persistence} or {@code javax.persistence}: resolved when the API
 * is on the classpath, otherwise recognised by the file's imports, so that a {@code @Table} of Hibernate's or of
 * one's own is never taken for JPA's.
 */
final class PersistenceAnnotations {

  private static final List<String> PACKAGES = List.of("jakarta.persistence.", "javax.persistence.");

  private final TypeResolver types;

  PersistenceAnnotations(TypeResolver types) {
    this.types = types;
  }

  boolean is(AnnotationTree annotation, String simpleName) {
    return simpleName.equals(Annotations.simpleName(annotation))
      && PACKAGES.stream().anyMatch(jpa -> types.denotes(annotation.annotationType(), jpa + simpleName));
  }

  @CheckForNull
  AnnotationTree find(ModifiersTree modifiers, String simpleName) {
    return modifiers.annotations().stream().filter(annotation -> is(annotation, simpleName)).findFirst().orElse(null);
  }

  boolean hasAny(ModifiersTree modifiers, String... simpleNames) {
    return Arrays.stream(simpleNames).anyMatch(name -> find(modifiers, name) != null);
  }

  /** The string element of an annotation, null when absent, blank or not constant. */
  @CheckForNull
  static String string(AnnotationTree annotation, String element) {
    String value = Expressions.stringConstant(Annotations.argument(annotation, element));
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Each {@code @single}, and each annotation a {@code @container} holds, in order: {@code @SecondaryTable} and
   * those of {@code @SecondaryTables({...})}, repeated annotations included.
   */
  List<AnnotationTree> all(ModifiersTree modifiers, String single, @Nullable String container) {
    List<AnnotationTree> found = new ArrayList<>();
    for (AnnotationTree annotation : modifiers.annotations()) {
      if (is(annotation, single)) {
        found.add(annotation);
      } else if (container != null && is(annotation, container)) {
        found.addAll(Annotations.annotationsIn(Annotations.argument(annotation, "value")));
      }
    }
    return found;
  }

  /** What {@code read} takes from each of {@link #all}, without blanks or repetitions. */
  List<String> collect(ModifiersTree modifiers, String single, @Nullable String container, Function<AnnotationTree, String> read) {
    List<String> values = new ArrayList<>();
    all(modifiers, single, container).forEach(annotation -> MappingDraft.addName(values, read.apply(annotation)));
    return values;
  }

  /** {@code @X(name = "...")} values of {@code @X} and of its container {@code @Xs}, if it has one. */
  List<String> names(ModifiersTree modifiers, String single, @Nullable String container) {
    return collect(modifiers, single, container, annotation -> string(annotation, "name"));
  }

  /** True when a resolved symbol carries the annotation, from either package: a class or member of a library, say. */
  static boolean isAnnotated(Symbol symbol, String simpleName) {
    return PACKAGES.stream().anyMatch(jpa -> symbol.metadata().isAnnotatedWith(jpa + simpleName));
  }

  /** True when a resolved class carries a mapping annotation: its own mapping declares its attributes. */
  static boolean isMappedType(Symbol.TypeSymbol type) {
    return isAnnotated(type, "Entity") || isAnnotated(type, "MappedSuperclass") || isAnnotated(type, "Embeddable");
  }
}
