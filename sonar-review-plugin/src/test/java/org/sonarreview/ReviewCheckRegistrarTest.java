package org.sonarreview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.rules.persistence.QueryLanguageMismatchCheck;
import org.sonarreview.rules.persistence.RawSqlBesideOrmCheck;
import org.sonarreview.rules.design.ComplexMethodSignatureCheck;
import org.sonarreview.rules.format.InconsistentIndentationCheck;
import org.sonarreview.rules.unused.UnreferencedMethodCheck;
import org.sonarreview.rules.unused.UnusedImportCheck;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewCheckRegistrarTest {

  @Test
  void registers_checks_by_scope_in_the_review_repository() {
    RecordingContext context = new RecordingContext();
    new ReviewCheckRegistrar().register(context);
    assertThat(context.repositories).containsOnly("review");
    // Without a project index (SonarLint), UnreferencedMethod is not registered at all.
    assertThat(context.main).containsExactlyInAnyOrderElementsOf(
        RuleList.mainChecks().stream().filter(check -> check != UnreferencedMethodCheck.class).toList())
      .contains(UnusedImportCheck.class, ComplexMethodSignatureCheck.class);
    assertThat(context.test).containsExactlyInAnyOrderElementsOf(RuleList.testChecks())
      .contains(UnusedImportCheck.class)
      .doesNotContain(ComplexMethodSignatureCheck.class);
  }

  @Test
  void with_a_project_index_registers_one_unreferenced_method_instance_for_main_and_test_code() {
    RecordingContext context = new RecordingContext();
    registrarWithModels().register(context);
    assertThat(context.main).doesNotContain(UnreferencedMethodCheck.class)
      .filteredOn(UnreferencedMethodCheck.class::isInstance).hasSize(1);
    Object instance = context.main.stream().filter(UnreferencedMethodCheck.class::isInstance).findFirst().orElseThrow();
    assertThat(context.test).contains(instance);
  }

  @Test
  void with_a_project_model_indentation_gets_it_in_main_and_test_code_alike() {
    RecordingContext context = new RecordingContext();
    registrarWithModels().register(context);
    Object main = context.main.stream().filter(InconsistentIndentationCheck.class::isInstance).findFirst().orElseThrow();
    Object test = context.test.stream().filter(InconsistentIndentationCheck.class::isInstance).findFirst().orElseThrow();
    assertThat(main).isNotSameAs(test);
    assertThat(context.main).doesNotContain(InconsistentIndentationCheck.class);
    assertThat(context.test).doesNotContain(InconsistentIndentationCheck.class);
  }

  @Test
  void persistence_rules_get_both_the_mappings_and_the_recorded_queries() {
    RecordingContext context = new RecordingContext();
    registrarWithModels().register(context);
    assertThat(context.main).filteredOn(check -> check instanceof RawSqlBesideOrmCheck || check instanceof QueryLanguageMismatchCheck)
      .hasSize(2);
    assertThat(context.main).doesNotContain(RawSqlBesideOrmCheck.class, QueryLanguageMismatchCheck.class);
  }

  private static ReviewCheckRegistrar registrarWithModels() {
    return new ReviewCheckRegistrar(new MethodIndex(), new ProjectConventions(), new ProjectMappings(), new ProjectQueries());
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
