package org.sonarreview.rules.persistence;

import java.util.List;
import org.sonarreview.project.mappings.EntityMapping;

/**
 * A persistence rule's decision on one query: the message, and the entities it names, whose declarations become
 * secondary locations.
 */
public record Verdict(String message, List<EntityMapping> entities) {

  public Verdict {
    entities = List.copyOf(entities);
  }

  /** The secondary message on an entity's declaration. */
  public static String entityMessage(EntityMapping entity) {
    return "'" + entity.entityName() + "' is mapped here.";
  }
}
