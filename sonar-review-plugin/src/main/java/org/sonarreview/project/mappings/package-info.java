/**
 * The project's persistence mappings: which classes JPA or Hibernate map, to which tables and columns, and which
 * Spring Data repositories serve them. Readers turn Java syntax trees, JPA {@code orm.xml} and Hibernate
 * {@code hbm.xml} files into small immutable facts; {@link org.sonarreview.project.mappings.ProjectMappings} holds
 * them for the whole project and answers the persistence rules' questions.
 */
package org.sonarreview.project.mappings;
