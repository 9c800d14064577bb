package org.sonarreview.rules.naming;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.CaseGroupTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.rules.naming.Declaration.Kind;
import org.sonarreview.tree.IdentifierSplitter;
import org.sonarreview.tree.TypeText;

/**
 * Names that do not say what they hold: one letter in a long scope, a generic word such as {@code data}, or an
 * abbreviation such as {@code proj}. The dictionaries are parameters; the message gives the expansion.
 */
@Rule(key = "NonDescriptiveName")
public class NonDescriptiveNameCheck extends ReviewCheck {

  /** A one-letter name whose scope spans this many lines or fewer reads fine. */
  private static final int SHORT_SCOPE_LINES = 3;
  /** One-letter names that read well when declared together: coordinates and the operands of a binary operation. */
  private static final List<Set<String>> NAMED_TOGETHER = List.of(Set.of("x", "y", "z"), Set.of("a", "b"));
  /** One-letter names that are idioms for their type: loop indices, characters, exceptions. */
  private static final Map<String, Set<String>> IDIOMS_BY_TYPE = Map.of(
    "i", Set.of("int", "long"), "j", Set.of("int", "long"), "k", Set.of("int", "long"),
    "c", Set.of("char"));
  /** Number types, whose one-letter variables are those of a formula ({@code isPrime(long n)}, {@code gcd(int a, int b)}). */
  private static final Set<String> NUMBER_TYPES = Set.of("byte", "short", "int", "long", "float", "double", "BigInteger",
    "BigDecimal", "java.math.BigInteger", "java.math.BigDecimal");
  /** Types that say how a value is stored, not what it is: their initial names nothing. */
  private static final Set<String> VALUE_TYPES = Set.of("String", "CharSequence", "Object", "Number", "Integer", "Long",
    "Short", "Byte", "Double", "Float", "Boolean", "Character");
  /** Types whose variables say no more than their name: a generic name fits an arbitrary object. */
  private static final Set<String> ARBITRARY_TYPES = Set.of("Object", "java.lang.Object", "byte[]");
  private static final Pattern EXCEPTION_TYPE = Pattern.compile(".*(?:Exception|Throwable|Error)");
  /** Android field prefixes: {@code mAdapter}, {@code sInstance}. */
  private static final Pattern ANDROID_FIELD = Pattern.compile("[ms][A-Z].*");
  private static final Set<String> EXCEPTION_NAMES = Set.of("e", "ex", "t");

  @RuleProperty(key = "genericNames",
    description = "Whole names that say nothing about what they hold: comma-separated words, case-insensitive",
    defaultValue = "data,obj,tmp,temp,val,res,ret,info,stuff,thing,things,foo,bar,baz,qux,dummy,blah")
  public String genericNames;

  @RuleProperty(key = "abbreviations",
    description = "Abbreviations to spell out, matched against the words of a name: comma-separated abbreviation=expansion pairs, such as proj=project",
    defaultValue = "proj=project,prj=project,cnt=count,mgr=manager,usr=user,pwd=password,"
      + "btn=button,idx=index,arr=array,acct=account,amt=amount,cust=customer,qty=quantity,tbl=table,lbl=label,"
      + "svc=service,grp=group")
  public String abbreviations;

  @RuleProperty(key = "allowedWords",
    description = "Words and names never reported, even when short or listed above: comma-separated words, case-insensitive",
    defaultValue = "id,url,uri,uuid,sql,io,db,min,max,args,ctx,src,dst,api,xml,json,html,http,ip,os,ui,jdbc")
  public String allowedWords;

  private final RuleParameter<Set<String>> generic = parameter("genericNames", ParameterType.words().map(HashSet::new));
  private final RuleParameter<Map<String, String>> abbreviationExpansions = parameter("abbreviations", ParameterType.pairs());
  private final RuleParameter<Set<String>> allowed = parameter("allowedWords", ParameterType.words().map(HashSet::new));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT);
  }

  @Override
  public void visitNode(Tree tree) {
    List<Declaration> declarations = Declarations.of(tree).stream().filter(this::isJudged).toList();
    Set<Tree> ownersNamingTogether = ownersNamingTogether(declarations);
    for (Declaration declaration : declarations) {
      String name = declaration.text();
      String lowerName = name.toLowerCase(Locale.ROOT);
      if (isSingleLetter(name)) {
        if (isUnclearSingleLetter(declaration, ownersNamingTogether)) {
          reportIssue(declaration.name(), "Rename '" + name + "' to say what it holds: one-letter names are for loop counters and short scopes.");
        }
      } else if (generic.value().contains(lowerName)) {
        if (isUnclearGenericName(declaration)) {
          reportIssue(declaration.name(), "Rename '" + name + "' to say what it holds: '" + name + "' is too generic.");
        }
      } else {
        reportAbbreviations(declaration);
      }
    }
  }

  /** Names the author chose and that this rule has an opinion on. */
  private boolean isJudged(Declaration declaration) {
    Kind kind = declaration.kind();
    String name = declaration.text();
    return (kind.isVariable() || kind == Kind.METHOD)
      && !declaration.imposed()
      // Lambda parameters and loop counters are short-lived by nature.
      && kind != Kind.LAMBDA_PARAMETER && kind != Kind.LOOP_VARIABLE
      && !(kind == Kind.CATCH_PARAMETER && (EXCEPTION_NAMES.contains(name) || isSingleLetter(name)))
      && !(kind == Kind.FIELD && ANDROID_FIELD.matcher(name).matches())
      && !allowed.value().contains(name.toLowerCase(Locale.ROOT));
  }

  private static boolean isSingleLetter(String name) {
    return name.length() == 1 && Character.isLetter(name.charAt(0));
  }

  private static boolean isUnclearSingleLetter(Declaration declaration, Set<Tree> ownersNamingTogether) {
    Kind kind = declaration.kind();
    if (kind == Kind.METHOD || kind == Kind.CONSTANT) {
      return false;
    }
    String name = declaration.text();
    String type = declaredType(declaration);
    boolean idiom = IDIOMS_BY_TYPE.getOrDefault(name, Set.of()).contains(type)
      // E e, K k: the type is a type variable, and the name can say no more than it.
      || type.equals(name.toUpperCase(Locale.ROOT))
      || (EXCEPTION_NAMES.contains(name) && EXCEPTION_TYPE.matcher(type).matches())
      || isInitialOfItsType(name, declaration)
      // long n, double x, BigInteger p: the variables of a formula, named as in mathematics.
      || NUMBER_TYPES.contains(type)
      || isNamedTogether(name, ownersNamingTogether.contains(owner(declaration.tree())));
    return !idiom && !hasShortScope(declaration);
  }

  /**
   * {@code JsonParser p}, {@code CodeEmitter e}, {@code Collection<?> c}: the letter abbreviates a word of a type that
   * says what the value is. Types that only say how it is stored ({@code String s}, {@code Object o}, {@code int n})
   * do not count.
   */
  private static boolean isInitialOfItsType(String name, Declaration declaration) {
    String typeName = declaration.typeName();
    return !typeName.isEmpty() && !VALUE_TYPES.contains(typeName)
      && IdentifierSplitter.split(typeName).stream().anyMatch(word -> Character.toLowerCase(word.charAt(0)) == name.charAt(0));
  }

  private boolean isUnclearGenericName(Declaration declaration) {
    String type = declaredType(declaration);
    boolean arbitraryType = ARBITRARY_TYPES.contains(type) || (type.length() == 1 && Character.isUpperCase(type.charAt(0)));
    return declaration.kind().isVariable() && !arbitraryType && !isWordOfItsType(declaration) && !hasShortScope(declaration)
      && !isUsedBriefly(declaration);
  }

  /** {@code DialectResolutionInfo info}, {@code EntityInitializerData data}: the type already says which data. */
  private static boolean isWordOfItsType(Declaration declaration) {
    String name = declaration.text();
    return IdentifierSplitter.split(declaration.typeName()).stream().anyMatch(word -> word.equalsIgnoreCase(name));
  }

  /**
   * True when a local lives at most 3 lines, from its initialised declaration (or its first use) to its last use,
   * wherever its block ends: the {@code tmp} of a swap in the middle of a long method or loop.
   */
  private static boolean isUsedBriefly(Declaration declaration) {
    if (declaration.kind() != Kind.LOCAL || !(declaration.tree() instanceof VariableTree variable) || variable.symbol().isUnknown()) {
      return false;
    }
    List<IdentifierTree> usages = variable.symbol().usages();
    if (usages.isEmpty()) {
      return false;
    }
    // Without an initializer, the variable starts living at its first use: `int tmp;` before a swap loop.
    int firstLine = variable.initializer() != null ? line(variable.firstToken()) : line(usages.get(0).identifierToken());
    int lastLine = firstLine;
    for (IdentifierTree usage : usages) {
      firstLine = Math.min(firstLine, line(usage.identifierToken()));
      lastLine = Math.max(lastLine, line(usage.identifierToken()));
    }
    return lastLine - firstLine + 1 <= SHORT_SCOPE_LINES;
  }

  private static boolean isNamedTogether(String name, boolean ownerNamesTogether) {
    return ownerNamesTogether && NAMED_TOGETHER.stream().anyMatch(names -> names.contains(name));
  }

  /** The declared type as written, or empty for methods and {@code var}-less lambda parameters. */
  private static String declaredType(Declaration declaration) {
    return declaration.tree() instanceof VariableTree variable ? TypeText.of(variable.type()) : "";
  }

  /** True when the variable lives 3 lines or fewer: from its declaration to its scope's last statement. */
  private static boolean hasShortScope(Declaration declaration) {
    Tree scope = scope(declaration.tree());
    Kind kind = declaration.kind();
    // A field lives in its whole class, wherever it is declared.
    Tree start = kind == Kind.FIELD || kind == Kind.RECORD_COMPONENT ? scope : declaration.tree();
    Tree end = scope instanceof BlockTree block && !block.body().isEmpty() ? block.body().get(block.body().size() - 1) : scope;
    return line(end.lastToken()) - line(start.firstToken()) + 1 <= SHORT_SCOPE_LINES;
  }

  private static int line(SyntaxToken token) {
    return token.range().start().line();
  }

  private void reportAbbreviations(Declaration declaration) {
    Map<String, String> expansions = abbreviationExpansions.value();
    Set<String> found = new LinkedHashSet<>();
    List<String> lowerWords = IdentifierSplitter.split(declaration.text()).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    for (String lowerWord : lowerWords) {
      // IDX_INDEX, arrArray: a name holding both spellings keeps them apart on purpose (often an external name).
      if (expansions.containsKey(lowerWord) && !allowed.value().contains(lowerWord) && !lowerWords.contains(expansions.get(lowerWord))) {
        found.add(lowerWord);
      }
    }
    if (!found.isEmpty()) {
      String advice = found.stream().map(word -> "'" + word + "' as '" + expansions.get(word) + "'").collect(Collectors.joining(" and "));
      reportIssue(declaration.name(), "'" + declaration.text() + "': spell out " + advice + ".");
    }
  }

  /** Methods and classes that declare two or more names of one group, such as {@code x} and {@code y}. */
  private static Set<Tree> ownersNamingTogether(List<Declaration> declarations) {
    Map<Tree, Set<String>> oneLetterNamesByOwner = new IdentityHashMap<>();
    for (Declaration declaration : declarations) {
      if (isSingleLetter(declaration.text())) {
        oneLetterNamesByOwner.computeIfAbsent(owner(declaration.tree()), owner -> new HashSet<>()).add(declaration.text());
      }
    }
    Set<Tree> owners = Collections.newSetFromMap(new IdentityHashMap<>());
    oneLetterNamesByOwner.forEach((owner, names) -> {
      if (NAMED_TOGETHER.stream().anyMatch(group -> group.stream().filter(names::contains).count() > 1)) {
        owners.add(owner);
      }
    });
    return owners;
  }

  /** The method or class a variable belongs to. */
  private static Tree owner(Tree declaration) {
    Tree current = declaration.parent();
    while (current != null && !(current instanceof MethodTree) && !(current instanceof ClassTree)) {
      current = current.parent();
    }
    return current == null ? declaration : current;
  }

  /** The tree whose end ends the variable's scope: its block, case, statement, method, lambda or class. */
  private static Tree scope(Tree declaration) {
    Tree current = declaration.parent();
    while (current != null && !isScope(current)) {
      current = current.parent();
    }
    return current == null ? declaration : current;
  }

  private static boolean isScope(Tree tree) {
    // Blocks and classes are statements too.
    return tree instanceof StatementTree || tree instanceof CaseGroupTree || tree instanceof MethodTree || tree instanceof LambdaExpressionTree;
  }
}
