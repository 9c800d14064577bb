package org.sonarreview.check;

import java.lang.reflect.Field;

/**
 * One parameter of a check, declared once, next to its {@code @RuleProperty} field, with
 * {@link ReviewCheck#parameter(String, ParameterType)}:
 * <pre>
 * &#64;RuleProperty(key = "maxWords", description = "... (a whole number, 3 or more)", defaultValue = "12")
 * public int maxWords;
 *
 * private final RuleParameter&lt;Integer&gt; wordsLimit = parameter("maxWords", ParameterType.atLeast(3));
 * </pre>
 * The annotation alone gives the key, the description and the default (the check's constructor sets the field to
 * it); before the first file the field's value is checked and, when invalid, logged and replaced by the default.
 *
 * @param <T> what the rule uses, see {@link ParameterType}
 */
public final class RuleParameter<T> {

  private final String key;
  private final Field field;
  private final String defaultValue;
  private final ParameterType<T> type;
  private T value;
  private boolean resolved;

  RuleParameter(String key, Field field, String defaultValue, ParameterType<T> type) {
    if (field.getType() != type.fieldType()) {
      throw new IllegalStateException("Rule parameter '" + key + "' is read as " + type.fieldType().getSimpleName()
        + " but its field " + field.getDeclaringClass().getSimpleName() + "." + field.getName() + " is " + field.getType().getSimpleName());
    }
    this.key = key;
    this.field = field;
    this.defaultValue = defaultValue;
    this.type = type;
  }

  /** The checked value; a bad value has been logged and replaced by the default. */
  public T value() {
    if (!resolved) {
      throw new IllegalStateException("Rule parameter '" + key + "' is read before the check was given a file");
    }
    return value;
  }

  /** Reads and checks the field's current value: once the check is configured, before its first file. */
  void resolve(Object check, RuleParameters parameters) {
    Object raw;
    try {
      raw = field.get(check);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read the field of rule parameter '" + key + "'", e);
    }
    value = type.read(parameters, key, raw, defaultValue);
    resolved = true;
  }
}
