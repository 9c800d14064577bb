package org.sonarreview.check;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sonar.check.RuleProperty;

/**
 * The {@code @RuleProperty} fields of a check class and its superclasses, by parameter key (the annotation's
 * {@code key}, or the field's name when it has none, as SonarQube reads them).
 */
final class RuleProperties {

  private final Map<String, Field> fields = new LinkedHashMap<>();

  RuleProperties(Class<?> checkClass) {
    for (Class<?> type = checkClass; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        RuleProperty property = field.getAnnotation(RuleProperty.class);
        if (property != null) {
          field.setAccessible(true);
          fields.putIfAbsent(property.key().isEmpty() ? field.getName() : property.key(), field);
        }
      }
    }
  }

  /** The field of the parameter with this key. */
  Field field(String key) {
    Field field = fields.get(key);
    if (field == null) {
      throw new IllegalStateException("No @RuleProperty field with key '" + key + "'");
    }
    return field;
  }

  static String defaultValue(Field field) {
    return field.getAnnotation(RuleProperty.class).defaultValue();
  }

  /**
   * Sets every field to its annotation's {@code defaultValue}, which SonarQube shows as the default: a field
   * declared without an initializer keeps it, so the default is written once, in the annotation.
   */
  void applyDefaults(Object check) {
    for (Field field : fields.values()) {
      try {
        field.set(check, parse(field, defaultValue(field)));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot set the default of " + field, e);
      }
    }
  }

  private static Object parse(Field field, String text) {
    Class<?> type = field.getType();
    if (type == String.class) {
      return text;
    }
    if (type == int.class) {
      return Integer.parseInt(text);
    }
    if (type == boolean.class) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalStateException("Unsupported @RuleProperty type " + type.getSimpleName() + " of " + field);
  }
}
