package org.sonarreview;

import java.lang.reflect.Field;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.check.RuleProperty;

import static org.assertj.core.api.Assertions.assertThat;

/** A check that nobody configures runs with the defaults SonarQube shows: those of its {@code @RuleProperty} annotations. */
class RulePropertyDefaultsTest {

  static Stream<Class<?>> checks() {
    return RuleList.allChecks().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void fields_of_a_new_check_hold_their_annotation_defaults(Class<?> checkClass) throws ReflectiveOperationException {
    Object check = checkClass.getDeclaredConstructor().newInstance();
    for (Class<?> type = checkClass; type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        RuleProperty property = field.getAnnotation(RuleProperty.class);
        if (property != null) {
          assertThat(String.valueOf(field.get(check))).as(field.toString()).isEqualTo(property.defaultValue());
        }
      }
    }
  }
}
