package shop.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsumerRepository extends JpaRepository<Consumer, Long> {

  @Query(value = "select * from consumers where name = ?1", nativeQuery = true) // declarative native queries are left alone by default
  List<Consumer> byName(String name);
}
