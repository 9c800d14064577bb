package org.sonarreview.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clean module analysed as a project of its own: nothing to report, the gate passes. Then one file changes to add
 * an issue, and the gate's condition on new code fails.
 */
@ExtendWith(ItExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleanProjectIT {

  /** The file changed to add an issue, and the line added: an unused import goes after the package declaration. */
  static final String CHANGED_FILE = "src/main/java/org/sonarreview/sample/report/StockReport.java";
  static final String ADDED_IMPORT = "import java.util.Map;";

  private final ItContext its;

  CleanProjectIT(ItContext its) {
    this.its = its;
  }

  @Test
  @Order(1)
  void clean_module_has_no_issue_and_passes_the_gate() {
    its.clean();
    assertThat(its.reviewIssues(ItContext.CLEAN_KEY)).as("issues of repository review").isEmpty();
    List<JsonNode> all = its.api.getAllPages("/api/issues/search", "issues", "components", ItContext.CLEAN_KEY, "resolved", "false");
    assertThat(all).as("issues of any rule, the clean module is written to Sonar way's standards too")
      .extracting(issue -> issue.path("rule").asText() + " " + ItContext.file(issue) + ":" + issue.path("line").asInt() + " " + issue.path("message").asText())
      .isEmpty();
    JsonNode status = its.api.get("/api/qualitygates/project_status", "projectKey", ItContext.CLEAN_KEY).path("projectStatus");
    assertThat(status.path("status").asText()).isEqualTo("OK");
    assertThat(SampleAnalysisIT.conditionStatus(status, "violations")).isEqualTo("OK");
  }

  @Test
  @Order(2)
  void an_issue_on_new_code_fails_the_new_code_condition() throws IOException {
    Path dir = its.clean();
    Path file = dir.resolve(CHANGED_FILE);
    String source = Files.readString(file);
    int packageEnd = source.indexOf(";\n") + 2;
    Files.writeString(file, source.substring(0, packageEnd) + "\n" + ADDED_IMPORT + source.substring(packageEnd));
    its.analyse(dir, ItContext.CLEAN_KEY, "clean-changed");

    List<JsonNode> issues = its.reviewIssues(ItContext.CLEAN_KEY);
    assertThat(issues).extracting(issue -> issue.path("rule").asText() + " " + ItContext.file(issue) + ":" + issue.path("line").asInt())
      .containsExactly("review:UnusedImport " + CHANGED_FILE + ":3");
    JsonNode status = its.api.get("/api/qualitygates/project_status", "projectKey", ItContext.CLEAN_KEY).path("projectStatus");
    assertThat(status.path("status").asText()).isEqualTo("ERROR");
    assertThat(SampleAnalysisIT.conditionStatus(status, "new_violations")).isEqualTo("ERROR");
  }
}
