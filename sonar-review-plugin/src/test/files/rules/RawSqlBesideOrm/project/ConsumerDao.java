package shop.dao;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

class ConsumerDao {
  private final EntityManager entityManager;
  private final JdbcTemplate jdbcTemplate;

  ConsumerDao(EntityManager entityManager, JdbcTemplate jdbcTemplate) {
    this.entityManager = entityManager;
    this.jdbcTemplate = jdbcTemplate;
  }

  List<Map<String, Object>> active() {
    return jdbcTemplate.queryForList("select id, name from consumers where is_active = true"); // Decided {{This SELECT reads 'consumers', which 'Consumer' maps; query it through 'ConsumerRepository' or the 'EntityManager'.}}
  }

  String name(long id) {
    String sql = "select name from consumers";
    sql += " where id = ?";
    return jdbcTemplate.queryForObject(sql, String.class, id); // Decided {{This SELECT reads 'consumers', which 'Consumer' maps; query it through 'ConsumerRepository' or the 'EntityManager'.}}
  }

  int purgeEmptyEntries() {
    return entityManager.createNativeQuery("delete from ledger_entry where amount = 0").executeUpdate(); // Decided {{This DELETE writes 'ledger_entry', which 'LedgerEntry' maps; write it through the 'EntityManager'.}}
  }

  int markPaid(long invoice) {
    return jdbcTemplate.update("update invoices set paid = true where id = ?", invoice); // Decided {{This UPDATE writes 'invoices', which 'Invoice' maps; write it through the 'EntityManager'.}}
  }

  List<?> consumersWithEntries() {
    return entityManager.createNativeQuery("select c.name, l.amount from consumers c join ledger_entry l on l.id = c.id").getResultList(); // Decided {{This SELECT reads 'consumers' and 'ledger_entry', which 'Consumer' and 'LedgerEntry' map; query them through 'ConsumerRepository' or the 'EntityManager'.}}
  }

  List<?> throughHibernateFive(org.hibernate.Session session) {
    // Hibernate 5's createSQLQuery, analysed against Hibernate 6: the receiver resolves, the method does not
    return session.createSQLQuery("select name from consumers").list(); // Decided {{This SELECT reads 'consumers', which 'Consumer' maps; query it through 'ConsumerRepository' or the 'EntityManager'.}}
  }

  // What the ORM does not express well, or cannot reach, is left alone.
  List<?> ranked() {
    return entityManager.createNativeQuery("select name, rank() over (order by id) from consumers").getResultList();
  }

  List<?> tree() {
    return entityManager.createNativeQuery("with recursive chain (id) as (select id from consumers union all select id from chain) select id from chain").getResultList();
  }

  List<?> locked() {
    return entityManager.createNativeQuery("select id from consumers where is_active = true for update skip locked").getResultList();
  }

  long countAcrossTenants() {
    // native queries on purpose: they must bypass the tenant filter of the entities
    long consumers = jdbcTemplate.queryForObject("select count(id) from consumers", Long.class);
    long entries = jdbcTemplate.queryForObject("select count(id) from ledger_entry", Long.class);
    return consumers + entries;
  }

  @NativeQuery
  List<Map<String, Object>> markedByTheProject() {
    return jdbcTemplate.queryForList("select name from consumers");
  }

  int purgeOrphans() {
    return jdbcTemplate.update("delete from ledger_entry where id not in (select id from consumers)");
  }

  List<Map<String, Object>> vendorFunction() {
    return jdbcTemplate.queryForList("select id from consumers where json_contains(name, '\"x\"')");
  }

  List<Map<String, Object>> audit() {
    return jdbcTemplate.queryForList("select * from audit_log where table_name = 'consumers'");
  }

  List<Map<String, Object>> withUnmappedTable() {
    return jdbcTemplate.queryForList("select c.name, a.at from consumers c join audit_log a on a.row_id = c.id");
  }

  List<Map<String, Object>> unmappedColumn() {
    return jdbcTemplate.queryForList("select legacy_flag from consumers");
  }

  List<Map<String, Object>> run(String sql) {
    return jdbcTemplate.queryForList(sql);
  }

  void schema() {
    jdbcTemplate.execute("create index consumers_name on consumers (name)");
  }

  List<?> jpql() {
    return entityManager.createQuery("select c from Consumer c").getResultList();
  }
}

/** The project's own marker of deliberate native SQL. */
@interface NativeQuery {
}
