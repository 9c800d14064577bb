package org.sonarreview.rules.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.scanner.sensor.ProjectSensor;
import org.sonarreview.check.ReviewRepository;
import org.sonarreview.project.FileQueries;
import org.sonarreview.project.ProjectIssues;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.RecordedQuery;
import org.sonarreview.project.SecondaryLocation;
import org.sonarreview.project.mappings.EntityMapping;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.project.mappings.XmlMappings;

/**
 * Decides the persistence rules once every module is analysed: the mapping files among the project's files
 * ({@code orm.xml}, {@code *.hbm.xml}) complete the mappings the Java analysis recorded, then each recorded query
 * is judged against them. A project sensor runs after all module sensors.
 */
public class PersistenceSensor implements ProjectSensor {

  private static final Logger LOG = LoggerFactory.getLogger(PersistenceSensor.class);

  private final ProjectMappings mappings;
  private final ProjectQueries queries;
  private final List<PersistenceCheck> rules;

  public PersistenceSensor(ProjectMappings mappings, ProjectQueries queries) {
    this.mappings = mappings;
    this.queries = queries;
    // Only their judge and key are used here: the instances record nothing.
    this.rules = List.of(new RawSqlBesideOrmCheck(), new QueryLanguageMismatchCheck());
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("Review: queries judged against the project's mappings").onlyOnLanguage(ReviewRepository.LANGUAGE)
      .createIssuesForRuleRepository(ReviewRepository.KEY);
  }

  @Override
  public void execute(SensorContext context) {
    List<PersistenceCheck> active = rules.stream()
      .filter(rule -> context.activeRules().find(RuleKey.of(ReviewRepository.KEY, rule.ruleKey())) != null)
      .toList();
    if (active.isEmpty()) {
      return;
    }
    int mappingFiles = readMappingFiles(context.fileSystem());
    LOG.info("Persistence mappings: {} entities, {} mapped superclasses, {} embeddables, {} repositories ({} mapping files)",
      mappings.count(EntityMapping.Kind.ENTITY), mappings.count(EntityMapping.Kind.MAPPED_SUPERCLASS),
      mappings.count(EntityMapping.Kind.EMBEDDABLE), mappings.repositoryCount(), mappingFiles);
    for (PersistenceCheck rule : active) {
      report(context, rule);
    }
  }

  /** JPA and Hibernate mapping files, recognised by their root element among the candidates {@link MappingFiles} finds. */
  private int readMappingFiles(FileSystem fileSystem) {
    int read = 0;
    for (Map.Entry<String, String> file : MappingFiles.read(fileSystem).entrySet()) {
      if (addMappingFile(mappings, file.getKey(), file.getValue())) {
        read++;
      }
    }
    return read;
  }

  /** Adds the mappings of an XML file to the model; false when it is no JPA or Hibernate mapping file. */
  public static boolean addMappingFile(ProjectMappings mappings, String uri, String text) {
    List<EntityMapping> entities = XmlMappings.read(uri, text);
    if (!entities.isEmpty()) {
      mappings.put(uri, entities);
    }
    return !entities.isEmpty();
  }

  private void report(SensorContext context, PersistenceCheck rule) {
    RuleKey key = RuleKey.of(ReviewRepository.KEY, rule.ruleKey());
    List<Decision> decisions = decide(rule, mappings, queries);
    int reported = 0;
    for (Decision decision : decisions) {
      if (ProjectIssues.report(context, key, decision.uri(), decision.query().span(), decision.verdict().message(), decision.secondaries())) {
        reported++;
      }
    }
    LOG.info("{}: {} issues on {} queries", rule.ruleKey(), reported, queries.files(rule.ruleKey()).stream()
      .mapToInt(file -> file.queries().size()).sum());
  }

  /** The rule's verdict on every query it recorded, judged against the project's mappings. */
  public static List<Decision> decide(PersistenceCheck rule, ProjectMappings mappings, ProjectQueries queries) {
    List<Decision> decisions = new ArrayList<>();
    for (FileQueries file : queries.files(rule.ruleKey())) {
      for (RecordedQuery query : file.queries()) {
        rule.judge(query, mappings).ifPresent(verdict -> decisions.add(new Decision(file.uri(), query, verdict)));
      }
    }
    return decisions;
  }

  /** An issue a persistence rule decided, with its secondary locations: the query text, then the entities it names. */
  public record Decision(String uri, RecordedQuery query, Verdict verdict) {

    public List<SecondaryLocation> secondaries() {
      List<SecondaryLocation> secondaries = new ArrayList<>();
      if (query.textSpan() != null) {
        secondaries.add(new SecondaryLocation(uri, query.textSpan(), "The query text."));
      }
      for (EntityMapping entity : verdict.entities()) {
        secondaries.add(new SecondaryLocation(entity.source().fileKey(), entity.source().span(), Verdict.entityMessage(entity)));
      }
      return secondaries;
    }
  }
}
