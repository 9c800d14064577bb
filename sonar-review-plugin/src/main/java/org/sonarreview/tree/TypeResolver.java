package org.sonarreview.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;

/**
 * The fully qualified names of the types written in one file. SonarJava's semantic answers when it resolved the
 * type; otherwise (no classpath, or a library missing from it) the file's own names do: its single-type imports,
 * its own member classes, its on-demand imports and its package. Names are binary: {@code shop.Outer$Line}.
 */
public final class TypeResolver {

  private final CompilationUnitTree unit;
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final Set<String> onDemandPackages = new HashSet<>();
  private Map<String, String> memberClasses;

  public TypeResolver(CompilationUnitTree unit) {
    this.unit = unit;
    this.packageName = packageName(unit);
    for (String imported : Imports.typeImports(unit)) {
      if (imported.endsWith(".*")) {
        onDemandPackages.add(imported.substring(0, imported.length() - 2));
      } else {
        singleImports.put(QualifiedNames.lastSegment(imported), imported);
      }
    }
  }

  /** The file's package, empty for the default package. */
  public static String packageName(CompilationUnitTree unit) {
    return unit.packageDeclaration() == null ? "" : QualifiedNames.of(unit.packageDeclaration().packageName());
  }

  /** The binary name of a top-level or member class, from the syntax tree alone: {@code shop.Outer$Line}. */
  public static String binaryName(ClassTree type) {
    Deque<String> names = new ArrayDeque<>();
    Tree current = type;
    while (current instanceof ClassTree enclosing) {
      names.addFirst(enclosing.simpleName() == null ? "" : enclosing.simpleName().name());
      current = current.parent();
    }
    String nested = String.join("$", names);
    String packageName = current instanceof CompilationUnitTree unit ? packageName(unit) : "";
    return packageName.isEmpty() ? nested : (packageName + "." + nested);
  }

  /**
   * The binary name of the class a type names, without its type arguments: {@code java.util.List} for
   * {@code List<Order>}; null for a type variable or a shape that names no class.
   */
  @CheckForNull
  public String fullyQualified(Tree type) {
    Type resolved = resolved(type);
    if (resolved != null) {
      return resolved.isTypeVar() ? null : resolved.erasure().fullyQualifiedName();
    }
    String written = QualifiedNames.of(type instanceof ParameterizedTypeTree parameterized ? parameterized.type() : type);
    if (written.isEmpty()) {
      return null;
    }
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String nested = dot < 0 ? "" : ("$" + written.substring(dot + 1).replace('.', '$'));
    String imported = singleImports.get(first);
    if (imported != null) {
      return imported + nested;
    }
    if (dot >= 0) {
      return written;
    }
    String member = memberClasses().get(written);
    if (member != null) {
      return member;
    }
    return packageName.isEmpty() ? written : (packageName + "." + written);
  }

  /**
   * True when the type written (a type, or an annotation's type) is the class {@code fqn}: resolved to it, or,
   * unresolved, written in full, imported by name, or named simply under an on-demand import of its package or
   * in its package.
   */
  public boolean denotes(Tree type, String fqn) {
    Type resolved = resolved(type);
    if (resolved != null) {
      return resolved.is(fqn);
    }
    String written = QualifiedNames.of(type instanceof ParameterizedTypeTree parameterized ? parameterized.type() : type);
    if (written.contains(".")) {
      return written.equals(fqn);
    }
    int lastDot = fqn.lastIndexOf('.');
    if (!written.equals(fqn.substring(lastDot + 1))) {
      return false;
    }
    String imported = singleImports.get(written);
    if (imported != null) {
      return imported.equals(fqn);
    }
    String classPackage = lastDot < 0 ? "" : fqn.substring(0, lastDot);
    return onDemandPackages.contains(classPackage) || packageName.equals(classPackage);
  }

  /**
   * The type SonarJava resolved; for a parameterized type it left unknown because it could not resolve an argument
   * ({@code Base<Unknown>}), the raw type. Null when unknown.
   */
  @CheckForNull
  public static Type resolved(Tree type) {
    return known(symbolType(type));
  }

  /** The type; its raw type when it is a parameterized type left unknown; null when unknown. */
  @CheckForNull
  public static Type known(@Nullable Type type) {
    Type known = type != null && type.isUnknown() ? type.erasure() : type;
    return known == null || known.isUnknown() ? null : known;
  }

  @CheckForNull
  private static Type symbolType(Tree type) {
    if (type instanceof TypeTree typeTree) {
      return typeTree.symbolType();
    }
    return type instanceof ExpressionTree expression ? expression.symbolType() : null;
  }

  /** The file's classes by simple name, nested ones included: a name the file declares needs no import. */
  private Map<String, String> memberClasses() {
    if (memberClasses == null) {
      memberClasses = new HashMap<>();
      addClasses(unit.types());
    }
    return memberClasses;
  }

  private void addClasses(List<Tree> members) {
    for (Tree member : members) {
      if (member instanceof ClassTree type && type.simpleName() != null) {
        memberClasses.putIfAbsent(type.simpleName().name(), binaryName(type));
        addClasses(type.members());
      }
    }
  }
}
