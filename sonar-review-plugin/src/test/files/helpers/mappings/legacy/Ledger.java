package legacy;

import legacy.meta.Entity;

/** One's own @Entity annotation: no JPA mapping. */
@Entity
public class Ledger {
  Long id;
}

@javax.persistence.Entity
class Journal {
  @javax.persistence.Id
  Long id;
  String title;
}
