package org.sonarreview.project.mappings;

import static org.sonarreview.testing.TestFiles.testJars;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.Tree;

/** Parses the helper sources under src/test/files/helpers/mappings with SonarJava and reads their mappings. */
final class JavaSources {

  static final String DIRECTORY = "src/test/files/helpers/mappings/";

  private JavaSources() {
  }

  /** Each file's mappings by file name; {@code classpath} false leaves every library type unresolved. */
  static Map<String, FileMappings> read(boolean classpath, String... files) {
    Reader reader = new Reader();
    CheckVerifier.newVerifier()
      .onFiles(Arrays.stream(files).map(file -> DIRECTORY + file).toList())
      .withCheck(reader)
      .withClassPath(classpath ? testJars() : List.of())
      .withJavaVersion(21)
      .verifyNoIssues();
    return reader.read;
  }

  private static final class Reader extends IssuableSubscriptionVisitor {
    private final Map<String, FileMappings> read = new TreeMap<>();

    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of(Tree.Kind.COMPILATION_UNIT);
    }

    @Override
    public void visitNode(Tree tree) {
      read.put(context.getInputFile().filename(), JavaMappings.read((CompilationUnitTree) tree, context.getInputFile().filename()));
    }
  }
}
