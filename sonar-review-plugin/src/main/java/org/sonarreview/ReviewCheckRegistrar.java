package org.sonarreview;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.rules.unused.UnreferencedMethodCheck;
import org.sonarsource.api.sonarlint.SonarLintSide;

/**
 * Hands our checks to SonarJava, main and test code separately: each rule runs only in its scope.
 * UnreferencedMethod is handed over as an instance that fills the project-wide {@link MethodIndex}; it also
 * reads test files, whose calls count as references. SonarLint has no index: the container then uses the
 * constructor without one, and the rule stays silent there.
 */
@SonarLintSide
public class ReviewCheckRegistrar implements CheckRegistrar {

  @Nullable
  private final MethodIndex methodIndex;

  public ReviewCheckRegistrar() {
    this(null);
  }

  public ReviewCheckRegistrar(@Nullable MethodIndex methodIndex) {
    this.methodIndex = methodIndex;
  }

  @Override
  public void register(RegistrarContext context) {
    List<Object> main = new ArrayList<>(RuleList.mainChecks());
    List<Object> test = new ArrayList<>(RuleList.testChecks());
    main.remove(UnreferencedMethodCheck.class);
    if (methodIndex != null) {
      UnreferencedMethodCheck indexer = new UnreferencedMethodCheck(methodIndex);
      main.add(indexer);
      test.add(indexer);
    }
    context.registerMainChecks(ReviewRulesDefinition.REPOSITORY_KEY, main);
    context.registerTestChecks(ReviewRulesDefinition.REPOSITORY_KEY, test);
  }
}
