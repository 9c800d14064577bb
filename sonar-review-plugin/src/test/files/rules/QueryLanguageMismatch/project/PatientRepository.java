package clinic.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatientRepository extends JpaRepository<Patient, Long> {

  @Query("select p from Patient p where p.nickname = ?1") // Decided {{'nickname' is not an attribute of the entity 'Patient'; the query fails when it is created.}}
  List<Patient> byNickname(String nickname);

  @Query(value = "from Patient p where p.name = ?1", nativeQuery = true) // Decided {{'@Query' runs SQL, but this text is JPQL/HQL: 'Patient' is an entity, not a table; give it to the ORM's query API, or write it in SQL.}}
  List<Patient> byNameNative(String name);

  @Query(value = "select * from patients where name = ?1", nativeQuery = true)
  List<Patient> byName(String name);

  @Query("select p from #{#entityName} p where p.whatever = 1")
  List<Patient> spel();
}
