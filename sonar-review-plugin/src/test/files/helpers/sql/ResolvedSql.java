import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

class ResolvedSql {
  private static final String TABLE = "customer";
  private static final int LIMIT = 5;
  private static final String BASE = "select id from " + TABLE;
  private final String orderBy = " order by id";
  private String mutable = "select 1";
  private EntityManager em;

  void literals(Statement statement) throws SQLException {
    statement.executeQuery("select * from customer"); // Noncompliant {{[select * from customer]}}
    statement.executeQuery(BASE + " where id = 1"); // Noncompliant {{[select id from customer where id = 1]}}
    statement.executeQuery(BASE + orderBy); // Noncompliant {{[select id from customer order by id]}}
    statement.executeQuery(mutable); // Noncompliant {{not written here}}
    statement.executeQuery("select * from customer where id > " + LIMIT); // Noncompliant {{[select * from customer where id > 5]}}
  }

  void concatenation(Statement statement, String name, int id) throws SQLException {
    statement.executeQuery("select * from customer where name = '" + name + "' and id = " + id); // Noncompliant {{[select * from customer where name = '?' and id = ?] with holes}}
    statement.executeQuery(name); // Noncompliant {{not written here}}
    statement.executeQuery(name + " where id = 1"); // Noncompliant {{not written here}}
    statement.executeQuery("select c from Customer c order by c." + name); // Noncompliant {{not written here}}
    statement.executeQuery("update Configuration e set e.changed" + name + "Password = true"); // Noncompliant {{not written here}}
  }

  void locals(Statement statement, boolean active) throws SQLException {
    String sql = "select id from customer";
    sql += " where active = true";
    statement.executeQuery(sql); // Noncompliant {{[select id from customer where active = true]}}
    String other;
    if (active) {
      other = "select 1";
    } else {
      other = "select 2";
    }
    statement.executeQuery(other); // Noncompliant {{not written here}}
    String replaced = "select 1";
    replaced = "select 2";
    statement.executeQuery(replaced); // Noncompliant {{not written here}}
  }

  void builders(Connection connection, List<String> names) throws SQLException {
    StringBuilder sql = new StringBuilder("select id from customer");
    sql.append(" where name in (");
    sql.append(String.join(",", names)).append(")");
    connection.prepareStatement(sql.toString()); // Noncompliant {{[select id from customer where name in (?)] with holes}}
    connection.prepareStatement(new StringBuilder("delete from ").append(TABLE).toString()); // Noncompliant {{[delete from customer]}}
    StringBuilder edited = new StringBuilder("select 1");
    edited.insert(0, "x");
    connection.prepareStatement(edited.toString()); // Noncompliant {{not written here}}
  }

  void branches(Statement statement, boolean active, List<String> names) throws SQLException {
    StringBuilder sql = new StringBuilder("select id from customer where 1 = 1");
    if (active) {
      sql.append(" and active = true");
    }
    for (String ignored : names) {
      sql.append(" and name is not null");
    }
    statement.executeQuery(sql.toString()); // Noncompliant {{[select id from customer where 1 = 1 and active = true and name is not null] in branches}}
  }

  void formats(Statement statement, String table) throws SQLException {
    statement.executeQuery(String.format("select * from %s where id = %d", table, 3)); // Noncompliant {{[select * from ? where id = ?] with holes}}
    statement.executeQuery("select %s from customer".formatted(table)); // Noncompliant {{[select ? from customer] with holes}}
  }

  void methods(Statement statement) throws SQLException {
    statement.executeQuery(baseQuery() + " where id = 2"); // Noncompliant {{[select name from customer where id = 2]}}
    statement.executeQuery(overridable()); // Noncompliant {{not written here}}
    em.createQuery("from Customer c where c.id = :id"); // Noncompliant {{[from Customer c where c.id = :id]}}
  }

  private String baseQuery() {
    return "select name from customer";
  }

  protected String overridable() {
    return "select 1";
  }
}
