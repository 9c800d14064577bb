package org.sonarreview.sql;

import java.util.List;
import java.util.Set;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;

/**
 * The persistence APIs that take SQL (or JPQL/HQL) text, matched on their real types. An unresolved call never
 * matches, so both persistence rules stay silent without a classpath.
 */
public final class SqlApis {

  private static final String STRING = "java.lang.String";
  private static final String[] ENTITY_MANAGERS = {"jakarta.persistence.EntityManager", "javax.persistence.EntityManager"};
  // SharedSessionContract is the common parent of Session and StatelessSession, in Hibernate 5 and 6.
  private static final String HIBERNATE_SESSION = "org.hibernate.SharedSessionContract";
  private static final Set<String> SPRING_UPDATES = Set.of("update", "execute", "batchUpdate");

  /** JDBC calls that run or prepare SQL text: {@code Statement.execute*}/{@code addBatch}, {@code Connection.prepare*}. */
  public static final MethodMatchers JDBC_EXECUTION = MethodMatchers.or(
    MethodMatchers.create().ofSubTypes("java.sql.Statement")
      .names("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch").withAnyParameters().build(),
    MethodMatchers.create().ofSubTypes("java.sql.Connection").names("prepareStatement", "prepareCall").withAnyParameters().build());

  /** {@code Connection.nativeSQL}: converts SQL text without running it. */
  public static final MethodMatchers JDBC_NATIVE_SQL = MethodMatchers.create().ofSubTypes("java.sql.Connection")
    .names("nativeSQL").withAnyParameters().build();

  /** Native SQL through the ORM: JPA and Hibernate {@code createNativeQuery}, Hibernate 5 {@code createSQLQuery}. */
  public static final MethodMatchers NATIVE_QUERIES = MethodMatchers.or(
    MethodMatchers.create().ofSubTypes(ENTITY_MANAGERS).names("createNativeQuery").withAnyParameters().build(),
    MethodMatchers.create().ofSubTypes(HIBERNATE_SESSION).names("createNativeQuery", "createSQLQuery").withAnyParameters().build());

  /** JPQL and HQL text: JPA {@code createQuery}, Hibernate {@code createQuery}/{@code createMutationQuery}/{@code createSelectionQuery}. */
  public static final MethodMatchers ORM_QUERIES = MethodMatchers.or(
    MethodMatchers.create().ofSubTypes(ENTITY_MANAGERS).names("createQuery").withAnyParameters().build(),
    MethodMatchers.create().ofSubTypes(HIBERNATE_SESSION)
      .names("createQuery", "createMutationQuery", "createSelectionQuery").withAnyParameters().build());

  /** Spring {@code JdbcTemplate}, {@code NamedParameterJdbcTemplate} ({@code query*}, {@code update}, ...) and {@code JdbcClient.sql}. */
  public static final MethodMatchers SPRING_JDBC = MethodMatchers.or(
    MethodMatchers.create()
      .ofSubTypes("org.springframework.jdbc.core.JdbcOperations", "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations")
      .name(name -> name.startsWith("query") || SPRING_UPDATES.contains(name)).withAnyParameters().build(),
    MethodMatchers.create().ofSubTypes("org.springframework.jdbc.core.simple.JdbcClient").names("sql").withAnyParameters().build());

  /** jOOQ's plain-SQL API on {@code DSLContext}: {@code fetch*}, {@code execute}, {@code query}, {@code resultQuery} with a String. */
  public static final MethodMatchers JOOQ_PLAIN_SQL = MethodMatchers.create().ofSubTypes("org.jooq.DSLContext")
    .names("fetch", "fetchOne", "fetchSingle", "fetchOptional", "fetchLazy", "fetchMany", "fetchStream", "fetchValue",
      "execute", "query", "resultQuery")
    .withAnyParameters().build();

  /** Every call that takes SQL, JPQL or HQL text. */
  public static final MethodMatchers ALL_SQL_TEXT = MethodMatchers.or(
    JDBC_EXECUTION, JDBC_NATIVE_SQL, NATIVE_QUERIES, ORM_QUERIES, SPRING_JDBC, JOOQ_PLAIN_SQL);

  private SqlApis() {
  }

  /**
   * A query-creating call on a Hibernate session whose method the classpath does not have: Hibernate 5's
   * {@code createSQLQuery} (native SQL) analysed against Hibernate 6, where the receiver resolves and the method
   * does not. Only the receiver's type and the method's name are known then, which is enough.
   */
  public static boolean isUnresolvedNativeSessionQuery(MethodInvocationTree invocation) {
    if (!invocation.methodSymbol().isUnknown() || !(invocation.methodSelect() instanceof MemberSelectExpressionTree select)
      || !"createSQLQuery".equals(select.identifier().name())) {
      return false;
    }
    Type receiver = select.expression().symbolType();
    return !receiver.isUnknown() && receiver.isSubtypeOf(HIBERNATE_SESSION);
  }

  /**
   * The arguments that carry SQL text: the first one when the first parameter is a {@code String}, or every
   * argument of a {@code String...} method such as {@code JdbcTemplate.batchUpdate(String...)}. Overloads that
   * take a criteria query, a callback or a jOOQ {@code Table} have none.
   */
  public static List<ExpressionTree> sqlArguments(MethodInvocationTree invocation) {
    Symbol.MethodSymbol method = invocation.methodSymbol();
    if (method.isUnknown()) {
      // only for calls recognised by name (isUnresolvedNativeSessionQuery): the text is the first argument
      return invocation.arguments().isEmpty() || !invocation.arguments().get(0).symbolType().is(STRING)
        ? List.of() : List.of(invocation.arguments().get(0));
    }
    List<Type> parameters = method.parameterTypes();
    if (parameters.isEmpty() || invocation.arguments().isEmpty()) {
      return List.of();
    }
    Type first = parameters.get(0);
    if (first.is(STRING)) {
      return List.of(invocation.arguments().get(0));
    }
    if (method.isVarArgsMethod() && parameters.size() == 1 && first.isArray()) {
      return invocation.arguments().stream().filter(argument -> argument.symbolType().is(STRING)).toList();
    }
    return List.of();
  }

  /** {@code JdbcTemplate.query}: the receiver's declared type when it is known, otherwise the method's owner. */
  public static String apiName(MethodInvocationTree invocation) {
    Symbol.MethodSymbol method = invocation.methodSymbol();
    String owner = method.owner() == null ? "" : method.owner().name();
    String name = method.name();
    if (invocation.methodSelect() instanceof MemberSelectExpressionTree select) {
      Type receiver = select.expression().symbolType();
      if (!receiver.isUnknown() && receiver.isClass()) {
        owner = receiver.symbol().name();
      }
      name = select.identifier().name();
    }
    return owner + "." + name;
  }
}
