package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where the value of a non-constant SQL part can come from, and whether that can be outside input.
 * <p>
 * Outside input: a parameter of a method or constructor that is not private, a field that code outside the class
 * can assign or that a framework injects, a value read from the request, a file, the environment or the database,
 * and a value returned by a method of another class (its body is out of sight, so it may return any of these).
 * Followed through: locals, private and final fields, private methods (the arguments at their call sites in the
 * file), methods declared in the file (their returns, with the arguments of the call; abstract or overridable ones
 * through their bodies in the file), lambda parameters (the elements of what the lambda is applied to), collections
 * and maps filled in the file, and the JDK's strings, collections and streams. Constant: literals and
 * {@code static final} values, numbers, dates, UUIDs and enums and collections of them, annotation attributes,
 * reflection names, what an enum value answers, and names a persistence framework computes from constant arguments.
 * <p>
 * The answer is one way from a source to the SQL, source first, at most {@value #MAX_STEPS} steps.
 */
public final class InputProvenance {

  private static final int MAX_STEPS = 6;

  private final Predicate<String> sanitizer;
  private final FileMethods fileMethods = new FileMethods();

  /**
   * One per file: it keeps the file's methods between the parts of the file.
   *
   * @param sanitizer true for the names of methods whose result is safe to put into SQL
   */
  public InputProvenance(Predicate<String> sanitizer) {
    this.sanitizer = sanitizer;
  }

  /** The way outside input can take into the SQL through this part, source first; empty when every source is constant. */
  public List<PathStep> pathFromOutside(SqlPart part) {
    List<PathStep> path = new OriginWalk(sanitizer, fileMethods).ofPart(part, Containers.Elements.ALL, 0, true);
    if (path == null) {
      return List.of();
    }
    if (path.size() <= MAX_STEPS) {
      return path;
    }
    // The source and the steps nearest the SQL tell the story; the middle of a long way does not.
    List<PathStep> shortened = new ArrayList<>(path.subList(0, MAX_STEPS / 2));
    shortened.addAll(path.subList(path.size() - MAX_STEPS / 2, path.size()));
    return shortened;
  }
}
