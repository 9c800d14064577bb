package org.sonarreview.rules.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.IdentifierSplitter.Word;
import org.sonarreview.tree.Imports;
import org.sonarreview.tree.QualifiedNames;

/**
 * One term spelled with different inner casing across the names a file declares: {@code userId} and
 * {@code userID}. Only words after the first are compared, since the first word's lowercase is Java's convention.
 * The minority spelling is reported; the majority's first use is the secondary location.
 */
@Rule(key = "InconsistentTermCasing")
public class InconsistentTermCasingCheck extends ReviewCheck {

  @RuleProperty(key = "productNames",
    description = "Product names whose casing is the vendor's, left out of the comparison: comma-separated, case-insensitive",
    defaultValue = "MySQL,PostgreSQL,NoSQL,GraphQL,SQLite,HSQLDB,MariaDB,MongoDB,CouchDB,"
      + "DynamoDB,InfluxDB,RocksDB,LevelDB,DuckDB,CockroachDB,OAuth,iOS,macOS,tvOS,watchOS")
  public String productNames;

  private final RuleParameter<InnerTerms> innerTerms = parameter("productNames", ParameterType.words().map(InnerTerms::new));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    Map<String, Spellings> terms = new LinkedHashMap<>();
    Set<String> importedTypes = importedTypeNames((CompilationUnitTree) tree);
    for (Declaration declaration : Declarations.of(tree)) {
      if (isJudged(declaration)) {
        collectWords(declaration, importedTypes, terms);
      }
    }
    Map<Declaration, List<Respelling>> respellings = new LinkedHashMap<>();
    for (Spellings spellings : terms.values()) {
      spellings.minorityRespellings().forEach(respelling -> respellings.computeIfAbsent(respelling.use.declaration, d -> new ArrayList<>()).add(respelling));
    }
    respellings.forEach(this::report);
  }

  /**
   * Names the author chose: constants in UPPER_SNAKE, names imposed by a supertype and variables named after their
   * type ({@code HttpURLConnection httpURLConnection} spells the type's words as the type does) are left alone.
   */
  private static boolean isJudged(Declaration declaration) {
    return !declaration.imposed() && !NameStyles.isUpperSnake(declaration.text()) && !isNamedAfterItsType(declaration);
  }

  private static Set<String> importedTypeNames(CompilationUnitTree unit) {
    return Imports.typeImports(unit).stream().map(QualifiedNames::lastSegment).collect(Collectors.toSet());
  }

  private static boolean isNamedAfterItsType(Declaration declaration) {
    String typeName = declaration.typeName();
    return !typeName.isEmpty() && declaration.text().equals(Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1));
  }

  /**
   * A method name that embeds its return type ({@code SQLException getSQLException()}) and a type name that embeds a
   * type the file imports or the type extends ({@code class UncategorizedSQLException}) spell that type's words as the
   * type does. Other names are the file's own choice: {@code parseURL} is compared even where {@code URL} is imported,
   * and a variable is left alone only when named exactly after its type, so {@code UUID consumerUUID} is compared.
   */
  private void collectWords(Declaration declaration, Set<String> importedTypes, Map<String, Spellings> terms) {
    Set<String> embeddable = new HashSet<>();
    if (declaration.tree() instanceof MethodTree method && method.returnType() != null) {
      embeddable.add(QualifiedNames.simpleTypeName(method.returnType()));
    } else if (declaration.tree() instanceof ClassTree type) {
      embeddable.addAll(importedTypes);
      if (type.superClass() != null) {
        embeddable.add(QualifiedNames.simpleTypeName(type.superClass()));
      }
      type.superInterfaces().forEach(superInterface -> embeddable.add(QualifiedNames.simpleTypeName(superInterface)));
    }
    for (Word word : innerTerms.value().of(declaration.text(), embeddable)) {
      terms.computeIfAbsent(NameStyles.termKey(word.text()), k -> new Spellings()).add(new Use(declaration, word.text(), word.start()));
    }
  }

  private void report(Declaration declaration, List<Respelling> respellings) {
    StringBuilder renamed = new StringBuilder(declaration.text());
    List<String> reasons = new ArrayList<>();
    List<JavaFileScannerContext.Location> majorities = new ArrayList<>();
    // Replace from the end so that earlier offsets stay valid.
    respellings.sort((a, b) -> Integer.compare(b.use.start, a.use.start));
    for (Respelling respelling : respellings) {
      renamed.replace(respelling.use.start, respelling.use.start + respelling.use.word.length(), respelling.majority.word);
    }
    respellings.sort((a, b) -> Integer.compare(a.use.start, b.use.start));
    for (Respelling respelling : respellings) {
      reasons.add("'" + respelling.use.word + "' as '" + respelling.majority.word + "' (" + count(respelling.majorityCount) + ")");
      majorities.add(new JavaFileScannerContext.Location("'" + respelling.majority.word + "' is spelled this way here.",
        respelling.majority.declaration.name()));
    }
    reportIssue(declaration.name(), "Rename '" + declaration.text() + "' to '" + renamed + "': elsewhere this file spells "
      + String.join(" and ", reasons) + ".", majorities, null);
  }

  private static String count(int names) {
    return names + (names == 1 ? " name" : " names");
  }

  /** One word of one declared name, at {@code start} in that name. */
  private record Use(Declaration declaration, String word, int start) {
  }

  /** A minority use and the spelling it should take. */
  private record Respelling(Use use, Use majority, int majorityCount) {
  }

  /** Every use of one term, grouped by spelling in order of first appearance. */
  private static final class Spellings {
    private final Map<String, List<Use>> usesBySpelling = new LinkedHashMap<>();

    void add(Use use) {
      usesBySpelling.computeIfAbsent(use.word, w -> new ArrayList<>()).add(use);
    }

    List<Respelling> minorityRespellings() {
      if (usesBySpelling.size() < 2) {
        return List.of();
      }
      // The most used spelling wins; on a tie, the earliest one, so the later spelling is reported.
      List<Use> majority = null;
      for (List<Use> uses : usesBySpelling.values()) {
        if (majority == null || uses.size() > majority.size()) {
          majority = uses;
        }
      }
      List<Respelling> respellings = new ArrayList<>();
      for (List<Use> uses : usesBySpelling.values()) {
        if (uses != majority) {
          for (Use use : uses) {
            respellings.add(new Respelling(use, majority.get(0), majority.size()));
          }
        }
      }
      return respellings;
    }
  }
}
