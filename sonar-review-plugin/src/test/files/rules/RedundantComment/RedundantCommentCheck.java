package com.acme;

import java.util.List;

class Projects {

  private final ProjectsTable projectsTable = new ProjectsTable();

  void create(Project incompleteProject) {
    int a = 0; // Noncompliant@+1 {{Delete this comment or say why: it repeats what the next statement's names already say.}}
    // Create a record in the projects table
    createProjectRecord(projectsTable);

    // Create a record in the projects table for our incomplete project
    createProjectRecord(projectsTable, incompleteProject); // Noncompliant@-1

    // Save the entries to the database
    saveEntry(database()); // Noncompliant@-1

    // Validate the project against the schema rules
    createProjectRecord(projectsTable); // three new words: compliant

    // Return the project count
    return; // only "return" matches: compliant

    /// Markdown doc comments are left alone: create project record table
  }

  void leftAlone(Project project) {
    // TODO create the project record table
    createProjectRecord(projectsTable);
    // create the project record table, see https://example.com/projects
    createProjectRecord(projectsTable);
    // create the project record table because the importer needs the record table projects before records
    createProjectRecord(projectsTable);
    // Create the project record table first, otherwise the record table is missing
    createProjectRecord(projectsTable);
    // given a project record table
    createProjectRecord(projectsTable);
    // ---- project record table ----
    createProjectRecord(projectsTable);
    // Project record table:
    createProjectRecord(projectsTable);
    // NOSONAR project record table
    createProjectRecord(projectsTable);
    // @formatter:off project record table
    createProjectRecord(projectsTable);
    // createProjectRecord(projectsTable);
    createProjectRecord(projectsTable);
    /* Create a record in the projects table */
    createProjectRecord(projectsTable);
    createProjectRecord(projectsTable); // Create a record in the projects table (trailing comments are left alone)

    // Create a record in the projects table (a blank line separates it from the statement)

    createProjectRecord(projectsTable);
    // Create record
    createProjectRecord(projectsTable);
  }

  /**
   * Create a record in the projects table.
   */
  void createProjectRecord(ProjectsTable projectsTable) {
  }

  void createProjectRecord(ProjectsTable projectsTable, Project project) {
  }

  void saveEntry(Object o) {
  }

  Object database() {
    return null;
  }

  String describe(Object shape) {
    return switch (shape) {
      case Project p when p.hashCode() > 1 -> {
        // Describe the project shape
        yield describeProjectShape(p); // Noncompliant@-1
      }
      default -> """
        // Describe the project shape
        """;
    };
  }

  String describeProjectShape(Project p) {
    return "";
  }
}

record Project(String name) { }
class ProjectsTable { }

class Unknown extends NotOnClasspath {
  void run() {
    // Load the unknown widget factory
    loadUnknownWidgetFactory(UnknownType.create()); // Noncompliant@-1
  }
}

@SuppressWarnings("review:RedundantComment")
class Suppressed {
  void run() {
    // Load the widget factory
    loadWidgetFactory();
  }
}
