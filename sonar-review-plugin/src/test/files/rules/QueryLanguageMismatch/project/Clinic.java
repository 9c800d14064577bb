package clinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.springframework.data.jpa.domain.AbstractPersistable;

@Entity
@Table(name = "patients")
class Patient {
  @Id
  private Long patientId;
  private String name;
}

@Entity
@NamedQuery(name = "Allergy.ofPatient", query = "select a from Allergy a where a.patient.name = :name")
@NamedQuery(name = "Allergy.stale", query = "select a from Allergy a where a.severty = 'LOW'") // Decided {{'severty' is not an attribute of the entity 'Allergy'; the query fails when it is created.}}
class Allergy {
  @Id
  private Long allergyId;
  @Column(name = "severity_code")
  private String severity;
  @ManyToOne
  private Patient patient;
}

/** Its superclass comes from a library: its attributes are not all known, so paths on it are not judged. */
@Entity
class Tag extends AbstractPersistable<Long> {
  private String label;
}
