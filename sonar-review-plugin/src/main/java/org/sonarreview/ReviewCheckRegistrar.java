package org.sonarreview;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.check.ReviewRepository;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.rules.unused.UnreferencedMethodCheck;
import org.sonarsource.api.sonarlint.SonarLintSide;

/**
 * Hands our checks to SonarJava, main and test code separately: each rule runs only in its scope.
 * In a scanner, the project-level models exist, and a check whose constructor takes one gets it, so that
 * it records into the model what a project sensor decides later. UnreferencedMethod also reads test files,
 * whose calls count as references: its one instance is registered for both. SonarLint has no project model:
 * the container then uses the constructor without them, and the checks decide from each file alone (or, for
 * UnreferencedMethod, not at all).
 */
@SonarLintSide
public class ReviewCheckRegistrar implements CheckRegistrar {

  @Nullable
  private final MethodIndex methodIndex;
  @Nullable
  private final ProjectConventions conventions;

  public ReviewCheckRegistrar() {
    this(null, null);
  }

  public ReviewCheckRegistrar(@Nullable MethodIndex methodIndex, @Nullable ProjectConventions conventions) {
    this.methodIndex = methodIndex;
    this.conventions = conventions;
  }

  @Override
  public void register(RegistrarContext context) {
    List<Object> main = new ArrayList<>();
    RuleList.mainChecks().forEach(check -> main.add(withProjectModel(check)));
    List<Object> test = new ArrayList<>();
    RuleList.testChecks().forEach(check -> test.add(withProjectModel(check)));
    main.remove(UnreferencedMethodCheck.class);
    main.stream().filter(UnreferencedMethodCheck.class::isInstance).findFirst().ifPresent(test::add);
    context.registerMainChecks(ReviewRepository.KEY, main);
    context.registerTestChecks(ReviewRepository.KEY, test);
  }

  /** An instance given the project model its constructor asks for, or the class itself when there is none. */
  private Object withProjectModel(Class<?> check) {
    for (Object model : new Object[] {methodIndex, conventions}) {
      if (model != null) {
        try {
          Constructor<?> constructor = check.getConstructor(model.getClass());
          return constructor.newInstance(model);
        } catch (NoSuchMethodException e) {
          // this check does not use this model
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("Cannot create " + check.getName(), e);
        }
      }
    }
    return check;
  }
}
