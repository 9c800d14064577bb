package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.sonarreview.sql.JpqlStatementFacts.JpqlFeature;
import org.sonarreview.sql.JpqlStatementFacts.Kind;
import org.sonarreview.sql.JpqlStatementFacts.SqlFeature;
import org.sonarreview.sql.JpqlToken.Type;

/**
 * Reads the clauses of a JPQL or HQL statement from its tokens, by recursive descent, and hands what it finds to a
 * {@link JpqlFactsBuilder}: the statement, its queries and their FROM clauses are read to the letter (an unexpected
 * token there makes the text unreadable), while expressions are scanned token by token for paths, subqueries and
 * telling keywords, with balanced parentheses but without checking their grammar.
 */
final class JpqlReader {

  private static final int MAX_SUBQUERY_DEPTH = 20;
  /** Words that end an expression at clause level. */
  private static final Set<String> CLAUSE_WORDS = Set.of("select", "from", "where", "group", "order", "having",
    "limit", "offset", "fetch", "union", "intersect", "except");
  private static final Set<String> JOIN_WORDS = Set.of("join", "inner", "left", "right", "full", "cross", "outer");
  /** Words that can follow a range where an alias could stand, so cannot be one. */
  private static final Set<String> NOT_ALIASES = Stream.of(CLAUSE_WORDS, JOIN_WORDS,
      Set.of("as", "on", "with", "set", "in", "and", "or", "not", "is", "member", "by", "values"))
    .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> MAP_FUNCTIONS = Set.of("key", "value", "entry");
  private static final Unreadable UNREADABLE = new Unreadable();

  private final List<JpqlToken> tokens;
  private int position;
  private final JpqlFactsBuilder facts = new JpqlFactsBuilder();

  /** Thrown to abandon a text that does not read as JPQL; without a stack trace, it costs nothing. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  private JpqlReader(List<JpqlToken> tokens) {
    this.tokens = tokens;
  }

  static Optional<JpqlStatementFacts> read(List<JpqlToken> tokens) {
    try {
      return Optional.of(new JpqlReader(tokens).statement());
    } catch (Unreadable unreadable) {
      return Optional.empty();
    }
  }

  private JpqlStatementFacts statement() {
    JpqlToken first = peek(0);
    Kind kind;
    if (first.is("select") || first.is("from")) {
      kind = Kind.SELECT;
      query(0);
    } else if (first.is("update")) {
      kind = Kind.UPDATE;
      update();
    } else if (first.is("delete")) {
      kind = Kind.DELETE;
      delete();
    } else if (first.is("insert")) {
      kind = Kind.INSERT;
      insert();
    } else {
      throw UNREADABLE;
    }
    if (peek(0).type() != Type.END) {
      throw UNREADABLE;
    }
    return facts.build(kind);
  }

  private void update() {
    position++;
    accept("versioned");
    target();
    expect("set");
    expression(0, false);
    if (accept("where")) {
      expression(0, false);
    }
  }

  private void delete() {
    position++;
    accept("from");
    target();
    if (accept("where")) {
      expression(0, false);
    }
  }

  /** HQL's {@code insert into Entity (a, b) select ...} or {@code ... values (...), (...)}. */
  private void insert() {
    position++;
    expect("into");
    target();
    expectSymbol("(");
    expression(0, false);
    expectSymbol(")");
    if (peek(0).is("select")) {
      query(0);
    } else if (accept("values")) {
      expression(0, false);
    } else {
      throw UNREADABLE;
    }
    // HQL 6.5's "on conflict ..." clause.
    if (accept("on")) {
      expression(0, false);
    }
  }

  private void target() {
    List<JpqlToken> name = dottedName();
    facts.declare(name, alias(), JpqlJoin.Type.INNER, false, JpqlFactsBuilder.Form.ENTITY, 0);
  }

  /** A query and the queries a set operation adds to it. */
  private void query(int depth) {
    if (depth > MAX_SUBQUERY_DEPTH) {
      throw UNREADABLE;
    }
    do {
      simpleQuery(depth);
    } while (setOperation());
  }

  private boolean setOperation() {
    if (accept("union") || accept("intersect") || accept("except")) {
      if (!accept("all")) {
        accept("distinct");
      }
      return true;
    }
    return false;
  }

  private void simpleQuery(int depth) {
    boolean selects = accept("select");
    if (selects) {
      selectClause(depth);
    }
    expect("from");
    if (!selects) {
      facts.add(JpqlFeature.FROM_WITHOUT_SELECT);
    }
    fromClause(depth);
    while (true) {
      JpqlToken token = peek(0);
      if (token.is("where") || token.is("having") || token.is("limit") || token.is("offset") || token.is("fetch")) {
        position++;
      } else if (token.is("group") || token.is("order")) {
        position++;
        expect("by");
      } else {
        return;
      }
      expression(depth, false);
    }
  }

  private void selectClause(int depth) {
    accept("distinct");
    do {
      int start = position;
      expression(depth, true);
      if (position == start) {
        throw UNREADABLE;
      }
      selectItem(tokens.subList(start, position));
    } while (acceptSymbol(","));
  }

  /** {@code *}, {@code a}, {@code a as x}, {@code a x} or {@code object(a)}; the rest was scanned as an expression. */
  private void selectItem(List<JpqlToken> item) {
    JpqlToken first = item.get(0);
    if (item.size() == 1 && first.isSymbol("*")) {
      facts.add(SqlFeature.SELECT_STAR);
    } else if (first.type() == Type.IDENTIFIER && (item.size() == 1 || isAlias(item.subList(1, item.size())))) {
      facts.selectedIdentifier(first);
    } else if (item.size() == 4 && first.is("object") && item.get(1).isSymbol("(") && item.get(3).isSymbol(")")) {
      facts.selectedIdentifier(item.get(2));
    }
  }

  private static boolean isAlias(List<JpqlToken> rest) {
    JpqlToken last = rest.get(rest.size() - 1);
    return last.type() == Type.IDENTIFIER && (rest.size() == 1 || (rest.size() == 2 && rest.get(0).is("as")));
  }

  private void fromClause(int depth) {
    fromItem(depth);
    while (true) {
      if (acceptSymbol(",")) {
        if (peek(0).is("in") && peek(1).isSymbol("(")) {
          collectionMember(depth);
        } else {
          fromItem(depth);
        }
      } else if (startsJoin()) {
        join(depth);
      } else {
        return;
      }
    }
  }

  private void fromItem(int depth) {
    List<JpqlToken> name = dottedName();
    facts.declare(name, alias(), JpqlJoin.Type.INNER, false, JpqlFactsBuilder.Form.EITHER, depth);
  }

  /** JPQL's {@code , IN (a.items) i}. */
  private void collectionMember(int depth) {
    position += 2;
    List<JpqlToken> name = dottedName();
    expectSymbol(")");
    facts.declare(name, alias(), JpqlJoin.Type.INNER, false, JpqlFactsBuilder.Form.PATH, depth);
  }

  private boolean startsJoin() {
    JpqlToken token = peek(0);
    // left(...) and right(...) are also string functions.
    return token.is("join") || token.is("inner") || token.is("full") || token.is("cross")
      || ((token.is("left") || token.is("right")) && !peek(1).isSymbol("("));
  }

  private void join(int depth) {
    boolean cross = peek(0).is("cross");
    JpqlJoin.Type type = joinType();
    expect("join");
    boolean fetch = accept("fetch");
    if (fetch) {
      facts.add(JpqlFeature.JOIN_FETCH);
    }
    List<JpqlToken> name;
    JpqlFactsBuilder.Form form = cross ? JpqlFactsBuilder.Form.ENTITY : JpqlFactsBuilder.Form.EITHER;
    if (peek(0).is("treat") && peek(1).isSymbol("(")) {
      // join treat(a.owner as Company) c
      facts.add(JpqlFeature.TREAT);
      position += 2;
      name = dottedName();
      expect("as");
      dottedName();
      expectSymbol(")");
      form = JpqlFactsBuilder.Form.PATH;
    } else {
      name = dottedName();
    }
    facts.declare(name, alias(), type, fetch, form, depth);
    if (accept("on") || accept("with")) {
      expression(depth, true);
    }
  }

  private JpqlJoin.Type joinType() {
    JpqlJoin.Type type = JpqlJoin.Type.INNER;
    if (accept("left")) {
      type = JpqlJoin.Type.LEFT;
    } else if (accept("right")) {
      type = JpqlJoin.Type.RIGHT;
    } else if (accept("full")) {
      type = JpqlJoin.Type.FULL;
    } else if (!accept("inner")) {
      accept("cross");
      return type;
    }
    if (type != JpqlJoin.Type.INNER) {
      accept("outer");
    }
    return type;
  }

  /**
   * Scans an expression up to a clause word, a join word or a closing parenthesis at its own level (or a comma,
   * in a select list or a join condition), reading subqueries as queries one level deeper.
   */
  private void expression(int depth, boolean stopAtComma) {
    int parentheses = 0;
    while (true) {
      JpqlToken token = peek(0);
      if (token.type() == Type.END) {
        if (parentheses > 0) {
          throw UNREADABLE;
        }
        return;
      }
      if (token.isSymbol("(") && peek(1).is("select")) {
        position++;
        query(depth + 1);
        expectSymbol(")");
      } else if (token.isSymbol("(")) {
        parentheses++;
        position++;
      } else if (token.isSymbol(")")) {
        if (parentheses == 0) {
          return;
        }
        parentheses--;
        position++;
      } else if (parentheses == 0 && endsExpression(token, stopAtComma)) {
        return;
      } else {
        term(depth);
      }
    }
  }

  private boolean endsExpression(JpqlToken token, boolean stopAtComma) {
    if (token.isSymbol(",")) {
      return stopAtComma;
    }
    return token.type() == Type.IDENTIFIER
      && (CLAUSE_WORDS.contains(token.lowerCase()) || startsJoin() || token.is("outer"));
  }

  private void term(int depth) {
    JpqlToken token = peek(0);
    position++;
    if (token.type() == Type.UNNUMBERED_PARAMETER) {
      facts.add(SqlFeature.UNNUMBERED_PARAMETER);
    } else if (token.isSymbol(".")) {
      // An attribute of something that is not a variable: treat(...).name, key(m).name; or SQL's t.*.
      if (peek(0).isSymbol("*")) {
        facts.add(SqlFeature.QUALIFIED_STAR);
      }
      position++;
    } else if (token.type() == Type.IDENTIFIER) {
      word(token, depth);
    }
  }

  private void word(JpqlToken word, int depth) {
    if (peek(0).isSymbol(".") && peek(1).type() == Type.IDENTIFIER) {
      pathOrQualifiedName(word, depth);
    } else if (peek(0).isSymbol("(")) {
      function(word);
    } else if (word.is("new")) {
      facts.add(JpqlFeature.CONSTRUCTOR_EXPRESSION);
      dottedName();
    } else if (word.is("member") && peek(0).is("of")) {
      facts.add(JpqlFeature.MEMBER_OF);
    } else if (word.is("is") && peek(peek(0).is("not") ? 1 : 0).is("empty")) {
      facts.add(JpqlFeature.IS_EMPTY);
    }
  }

  private void function(JpqlToken name) {
    String lowerCase = name.lowerCase();
    if (lowerCase.equals("type")) {
      facts.add(JpqlFeature.TYPE_FUNCTION);
    } else if (lowerCase.equals("treat")) {
      facts.add(JpqlFeature.TREAT);
    } else if (MAP_FUNCTIONS.contains(lowerCase)) {
      facts.add(JpqlFeature.MAP_FUNCTION);
    }
  }

  /** {@code a.b.c}: a path when {@code a} turns out to be a variable; {@code schema.function(...)} is none. */
  private void pathOrQualifiedName(JpqlToken first, int depth) {
    List<JpqlToken> name = new ArrayList<>();
    name.add(first);
    while (peek(0).isSymbol(".") && peek(1).type() == Type.IDENTIFIER) {
      name.add(peek(1));
      position += 2;
    }
    if (!peek(0).isSymbol("(")) {
      facts.dottedName(name, depth);
    }
  }

  /** An entity name or a path: {@code Order}, a reserved word, is a common entity name. */
  private List<JpqlToken> dottedName() {
    JpqlToken first = peek(0);
    if (first.type() != Type.IDENTIFIER) {
      throw UNREADABLE;
    }
    position++;
    List<JpqlToken> name = new ArrayList<>();
    name.add(first);
    while (peek(0).isSymbol(".") && peek(1).type() == Type.IDENTIFIER) {
      name.add(peek(1));
      position += 2;
    }
    return name;
  }

  @Nullable
  private String alias() {
    boolean as = accept("as");
    JpqlToken token = peek(0);
    if (token.type() == Type.IDENTIFIER && !NOT_ALIASES.contains(token.lowerCase())) {
      position++;
      return token.lowerCase();
    }
    if (as) {
      throw UNREADABLE;
    }
    return null;
  }

  private JpqlToken peek(int ahead) {
    return tokens.get(Math.min(position + ahead, tokens.size() - 1));
  }

  private boolean accept(String keyword) {
    if (peek(0).is(keyword)) {
      position++;
      return true;
    }
    return false;
  }

  private boolean acceptSymbol(String symbol) {
    if (peek(0).isSymbol(symbol)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String keyword) {
    if (!accept(keyword)) {
      throw UNREADABLE;
    }
  }

  private void expectSymbol(String symbol) {
    if (!acceptSymbol(symbol)) {
      throw UNREADABLE;
    }
  }
}
