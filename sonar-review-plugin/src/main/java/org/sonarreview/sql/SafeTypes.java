package org.sonarreview.sql;

import org.sonar.plugins.java.api.semantic.Type;

/** Types whose text cannot carry SQL syntax: numbers, booleans, enums, date-times and UUIDs. */
final class SafeTypes {

  private SafeTypes() {
  }

  /** True for a safe type, and for an unknown one: without types the rule stays silent. */
  static boolean isSafe(Type type) {
    if (type.isUnknown()) {
      return true;
    }
    if (type.isPrimitive()) {
      // char is the exception: a single quote is enough to break out of a literal.
      return !type.isPrimitive(Type.Primitives.CHAR);
    }
    return type.isSubtypeOf("java.lang.Number")
      || type.is("java.lang.Boolean")
      || type.symbol().isEnum()
      || type.is("java.util.UUID")
      || type.is("java.lang.Class")
      || type.isSubtypeOf("java.time.temporal.TemporalAccessor")
      || type.isSubtypeOf("java.util.Date");
  }
}
