package clinic.dao;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

class ClinicQueries {
  private final EntityManager entityManager;

  ClinicQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  List<?> hqlGivenToNative(long id) {
    return entityManager.createNativeQuery("from Allergy a where a.allergyId = :allergyId") // Decided {{'EntityManager.createNativeQuery' runs SQL, but this text is JPQL/HQL: 'Allergy' is an entity, not a table; give it to the ORM's query API, or write it in SQL.}}
      .setParameter("allergyId", id).getResultList();
  }

  void jpqlGivenToJdbc(Statement statement) throws SQLException {
    statement.executeQuery("select new clinic.dto.Row(p.name) from Patient p"); // Decided {{'Statement.executeQuery' runs SQL, but this text is JPQL/HQL: 'Patient' is an entity, not a table; give it to the ORM's query API, or write it in SQL.}}
  }

  Object sqlGivenToJpql() {
    return entityManager.createQuery("select count(*) from patients p where p.name like 'A%'").getSingleResult(); // Decided {{'EntityManager.createQuery' expects JPQL/HQL, but this text is SQL: 'patients' is the table of the entity 'Patient'; name the entity, or run the text as a native query.}}
  }

  List<?> starGivenToJpql() {
    return entityManager.createQuery("select * from Allergy").getResultList(); // Decided {{'EntityManager.createQuery' expects JPQL/HQL, but this text is SQL: JPQL has no 'select *'; select the entity, or run the text as a native query.}}
  }

  List<?> renamedAttribute() {
    String jpql = "select a from Allergy a";
    jpql += " where a.severityCode = :code";
    return entityManager.createQuery(jpql).getResultList(); // Decided {{'severityCode' is not an attribute of the entity 'Allergy'; the query fails when it is created.}}
  }

  // Valid queries, and what cannot be decided, are left alone.
  List<?> valid() {
    entityManager.createQuery("select a from Allergy a join a.patient p where p.name = :n and a.severity = 'HIGH'").getResultList();
    entityManager.createQuery("select a.id, a.patient.patientId from Allergy a").getResultList();
    entityManager.createNativeQuery("select * from patients where name = ?1").getResultList();
    entityManager.createNativeQuery("select a.severity_code from Allergy a").getResultList();
    entityManager.createQuery("select t from Tag t where t.colour = 'red'").getResultList();
    entityManager.createQuery("select x from ExternalEntity x where x.anything = 1").getResultList();
    return entityManager.createQuery("from Patient p where p.name = :n").getResultList();
  }

  List<?> dynamic(String column) {
    return entityManager.createQuery("select p from Patient p order by p." + column).getResultList();
  }

  List<?> received(String jpql) {
    return entityManager.createNativeQuery(jpql).getResultList();
  }
}
