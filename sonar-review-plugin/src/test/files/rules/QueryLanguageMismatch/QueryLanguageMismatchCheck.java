package clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import java.util.List;

@Entity
class Allergy {
  @Id
  private Long allergyId;
  private String severity;
}

class AllergyDao {
  private final EntityManager entityManager;

  AllergyDao(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  List<?> byId(long id) {
    return entityManager.createNativeQuery("from Allergy a where a.allergyId = :id").setParameter("id", id).getResultList(); // Noncompliant {{'EntityManager.createNativeQuery' runs SQL, but this text is JPQL/HQL: 'Allergy' is an entity, not a table; give it to the ORM's query API, or write it in SQL.}}
//                       ^^^^^^^^^^^^^^^^^
//                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{The query text.}}
//    ^^^^^^^@-16< {{'Allergy' is mapped here.}}
  }

  List<?> severe() {
    return entityManager.createQuery("select a from Allergy a where a.severity = 'HIGH'").getResultList();
  }
}
