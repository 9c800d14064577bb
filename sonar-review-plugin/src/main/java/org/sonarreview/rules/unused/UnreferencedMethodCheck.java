package org.sonarreview.rules.unused;

import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.InputFileScannerContext;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.project.CachedContributions;
import org.sonarreview.project.FileEntry;
import org.sonarreview.project.FileEntryCodec;
import org.sonarreview.project.MethodIndex;

/**
 * Fills the project-wide {@link MethodIndex} of UnreferencedMethod; it reports nothing itself. Once every
 * module is analysed, {@code UnreferencedMethodSensor} decides and reports. Without an index (SonarLint,
 * where the whole project is not visible) it does nothing.
 */
@Rule(key = "UnreferencedMethod")
public class UnreferencedMethodCheck extends ReviewCheck {

  public static final String IGNORE_PUBLIC_API = "ignorePublicApi";

  // Read by the sensor from ActiveRules: declared here so that the rule definition carries the parameter.
  @RuleProperty(key = IGNORE_PUBLIC_API, description = "true to leave public methods and constructors alone, "
    + "for libraries whose callers live outside the project (true or false)", defaultValue = "false")
  public boolean ignorePublicApi = false;

  @Nullable
  private final MethodIndex index;
  private final CachedContributions cache = new CachedContributions("review:UnreferencedMethod:");

  public UnreferencedMethodCheck() {
    this(null);
  }

  public UnreferencedMethodCheck(@Nullable MethodIndex index) {
    this.index = index;
  }

  @Override
  protected Set<String> javacSuppressionKeys() {
    return Set.of("unused");
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    if (index == null) {
      return;
    }
    InputFile file = fileContext().getInputFile();
    String uri = file.uri().toString();
    FileEntry entry = hasSemantic()
      ? FileIndexer.index(uri, (CompilationUnitTree) tree, file.type() == InputFile.Type.MAIN, this::isSilenced)
      : FileIndexer.indexWithoutSemantic(uri, (CompilationUnitTree) tree);
    index.put(file.key(), entry);
    cache.store(fileContext(), FileEntryCodec.encode(entry));
  }

  /** An unchanged file: its entry comes back from the previous analysis's cache, without parsing. */
  @Override
  public boolean scanWithoutParsing(InputFileScannerContext context) {
    if (index == null) {
      return true;
    }
    InputFile file = context.getInputFile();
    // The previous analysis may have run in another directory: keep the file's current URI.
    return cache.restore(context, FileEntryCodec::decode, cached -> index.put(file.key(), cached.at(file.uri().toString())));
  }
}
