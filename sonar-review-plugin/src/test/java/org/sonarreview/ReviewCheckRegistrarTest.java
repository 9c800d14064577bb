package org.sonarreview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.checks.ComplexMethodSignatureCheck;
import org.sonarreview.checks.UnusedImportCheck;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewCheckRegistrarTest {

  @Test
  void registers_checks_by_scope_in_the_review_repository() {
    RecordingContext context = new RecordingContext();
    new ReviewCheckRegistrar().register(context);
    assertThat(context.repositories).containsOnly("review");
    assertThat(context.main).containsExactlyInAnyOrderElementsOf(RuleList.mainChecks())
      .contains(UnusedImportCheck.class, ComplexMethodSignatureCheck.class);
    assertThat(context.test).containsExactlyInAnyOrderElementsOf(RuleList.testChecks())
      .contains(UnusedImportCheck.class)
      .doesNotContain(ComplexMethodSignatureCheck.class);
  }

  private static final class RecordingContext extends CheckRegistrar.RegistrarContext {
    private final List<String> repositories = new ArrayList<>();
    private final List<Object> main = new ArrayList<>();
    private final List<Object> test = new ArrayList<>();

    @Override
    public void registerMainChecks(String repositoryKey, Collection<?> checks) {
      repositories.add(repositoryKey);
      main.addAll(checks);
    }

    @Override
    public void registerTestChecks(String repositoryKey, Collection<?> checks) {
      repositories.add(repositoryKey);
      test.addAll(checks);
    }
  }
}
