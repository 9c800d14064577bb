package org.sonarreview;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.check.ReviewRepository;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.mappings.ProjectMappings;
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

  /** The project models by type; empty in SonarLint. */
  private final Map<Class<?>, Object> models = new HashMap<>();

  public ReviewCheckRegistrar() {
  }

  public ReviewCheckRegistrar(MethodIndex methodIndex, ProjectConventions conventions, ProjectMappings mappings,
    ProjectQueries queries) {
    for (Object model : new Object[] {methodIndex, conventions, mappings, queries}) {
      models.put(model.getClass(), model);
    }
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

  /**
   * An instance given the project models its constructor asks for (the public constructor with the most parameters,
   * all of them models), or the class itself when there is none.
   */
  private Object withProjectModel(Class<?> check) {
    Constructor<?> chosen = null;
    for (Constructor<?> constructor : check.getConstructors()) {
      boolean allModels = Arrays.stream(constructor.getParameterTypes()).allMatch(models::containsKey);
      if (constructor.getParameterCount() > 0 && allModels
        && (chosen == null || constructor.getParameterCount() > chosen.getParameterCount())) {
        chosen = constructor;
      }
    }
    if (chosen == null) {
      return check;
    }
    try {
      return chosen.newInstance(Arrays.stream(chosen.getParameterTypes()).map(models::get).toArray());
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot create " + check.getName(), e);
    }
  }
}
