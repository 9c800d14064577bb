package org.sonarreview.rules.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.InputFileScannerContext;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.project.CachedContributions;
import org.sonarreview.project.FileQueries;
import org.sonarreview.project.FileQueriesCodec;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.RecordedQuery;
import org.sonarreview.project.TextSpan;
import org.sonarreview.project.mappings.EntityMapping;
import org.sonarreview.project.mappings.FileMappings;
import org.sonarreview.project.mappings.JavaMappings;
import org.sonarreview.project.mappings.MappingsCodec;
import org.sonarreview.project.mappings.ProjectMappings;

/**
 * Base of the persistence rules, which judge query text against the mappings of the whole project. In a scanner,
 * each file's mappings and candidate queries are recorded (and cached for unchanged files) and
 * {@link PersistenceSensor} decides once every module is analysed. Without a project view (SonarLint, one file),
 * the file's own mappings are all the rule knows.
 */
public abstract class PersistenceCheck extends ReviewCheck {

  @Nullable
  private final ProjectMappings mappings;
  @Nullable
  private final ProjectQueries queries;
  private final CachedContributions mappingCache;
  private final CachedContributions queryCache;

  protected PersistenceCheck(@Nullable ProjectMappings mappings, @Nullable ProjectQueries queries) {
    this.mappings = mappings;
    this.queries = queries;
    this.mappingCache = new CachedContributions("review:" + ruleKey() + ":mappings:");
    this.queryCache = new CachedContributions("review:" + ruleKey() + ":queries:");
  }

  /** Whether the rule considers a query of this file at all, before the mappings are known. */
  protected abstract boolean isCandidate(FoundQuery query, QueryCollector file);

  /** The rule's decision on a recorded query, against the project's mappings. */
  public abstract Optional<Verdict> judge(RecordedQuery query, ProjectMappings projectMappings);

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    CompilationUnitTree unit = (CompilationUnitTree) tree;
    JavaFileScannerContext context = fileContext();
    String uri = context.getInputFile().uri().toString();
    FileMappings fileMappings = JavaMappings.read(unit, uri);
    QueryCollector collected = QueryCollector.collect(unit);
    List<FoundQuery> candidates = collected.queries().stream()
      .filter(query -> !isSilenced(query.reportTree()) && isCandidate(query, collected))
      .toList();
    String ormUse = collected.ormUse() == null ? null : collected.ormUse().name();
    if (mappings == null || queries == null) {
      judgeInFile(unit, uri, fileMappings, candidates, ormUse);
      return;
    }
    List<RecordedQuery> recorded = candidates.stream().map(query -> record(query, ormUse)).toList();
    FileQueries fileQueries = new FileQueries(uri, recorded);
    mappings.put(uri, fileMappings);
    queries.put(ruleKey(), context.getInputFile().key(), fileQueries);
    mappingCache.store(context, MappingsCodec.encode(fileMappings.entities(), fileMappings.repositories()));
    queryCache.store(context, FileQueriesCodec.encode(fileQueries));
  }

  /** An unchanged file: its mappings and queries come back from the previous analysis's cache, without parsing. */
  @Override
  public boolean scanWithoutParsing(InputFileScannerContext context) {
    if (mappings == null || queries == null) {
      return true;
    }
    String uri = context.getInputFile().uri().toString();
    String fileKey = context.getInputFile().key();
    return mappingCache.restore(context, MappingsCodec::decode, cached -> mappings.put(uri, cached))
      && queryCache.restore(context, FileQueriesCodec::decode, cached -> queries.put(ruleKey(), fileKey, cached));
  }

  private static RecordedQuery record(FoundQuery query, @Nullable String ormUse) {
    Tree textTree = query.separateTextTree();
    return new RecordedQuery(TextSpan.of(query.reportTree()), query.api(), query.expected(), query.text(),
      textTree == null ? null : TextSpan.of(textTree), ormUse, query.conditional());
  }

  /** SonarLint or a single file: the file's own entities are the only mappings known. */
  private void judgeInFile(CompilationUnitTree unit, String uri, FileMappings fileMappings, List<FoundQuery> candidates,
    @Nullable String ormUse) {
    if (candidates.isEmpty() || fileMappings.entities().isEmpty()) {
      return;
    }
    ProjectMappings fileOnly = new ProjectMappings();
    fileOnly.put(uri, fileMappings);
    Map<String, Tree> classNames = classNames(unit);
    for (FoundQuery query : candidates) {
      judge(record(query, ormUse), fileOnly).ifPresent(verdict -> {
        List<JavaFileScannerContext.Location> secondaries = new ArrayList<>();
        Tree textTree = query.separateTextTree();
        if (textTree != null) {
          secondaries.add(new JavaFileScannerContext.Location("The query text.", textTree));
        }
        for (EntityMapping entity : verdict.entities()) {
          Tree name = classNames.get(entity.classFqn());
          if (name != null) {
            secondaries.add(new JavaFileScannerContext.Location(Verdict.entityMessage(entity), name));
          }
        }
        reportIssue(query.reportTree(), verdict.message(), secondaries, null);
      });
    }
  }

  /** The name of each class of the file by its binary name, where an entity's secondary location points. */
  private static Map<String, Tree> classNames(CompilationUnitTree unit) {
    Map<String, Tree> names = new HashMap<>();
    unit.accept(new org.sonar.plugins.java.api.tree.BaseTreeVisitor() {
      @Override
      public void visitClass(ClassTree tree) {
        if (tree.simpleName() != null && tree.symbol() != null && !tree.symbol().isUnknown()) {
          names.put(tree.symbol().type().fullyQualifiedName(), tree.simpleName());
        }
        super.visitClass(tree);
      }
    });
    return names;
  }
}
