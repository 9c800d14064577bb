package shop;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

public interface OrderRepository extends JpaRepository<PurchaseOrder, Long> {
}

@NoRepositoryBean
interface BaseRepository<T> extends CrudRepository<T, Long> {
}

interface TagRepository extends BaseRepository<Tag> {
}

interface TagComparator extends Comparable<Tag> {
}
