package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.project.TextSpan;
import org.sonarreview.tree.TypeResolver;

/**
 * The mappings a Java file declares with JPA annotations ({@code jakarta.persistence} or {@code javax.persistence}),
 * on top-level and member classes, and its Spring Data repositories. Works without a classpath: annotations are
 * then recognised by the file's imports and types named by them.
 */
public final class JavaMappings {

  private JavaMappings() {
  }

  public static FileMappings read(CompilationUnitTree unit, String fileKey) {
    Reader reader = new Reader(new TypeResolver(unit), fileKey);
    reader.readClasses(unit.types());
    return new FileMappings(reader.entities, reader.repositories);
  }

  private static final class Reader {
    private final TypeResolver types;
    private final PersistenceAnnotations jpa;
    private final JavaAttributes attributes;
    private final String fileKey;
    private final List<EntityMapping> entities = new ArrayList<>();
    private final List<RepositoryMapping> repositories = new ArrayList<>();

    Reader(TypeResolver types, String fileKey) {
      this.types = types;
      this.jpa = new PersistenceAnnotations(types);
      this.attributes = new JavaAttributes(jpa, types);
      this.fileKey = fileKey;
    }

    void readClasses(List<Tree> members) {
      for (Tree member : members) {
        if (member instanceof ClassTree type && type.simpleName() != null) {
          readClass(type);
          readClasses(type.members());
        }
      }
    }

    private void readClass(ClassTree type) {
      EntityMapping.Kind kind = kindOf(type.modifiers());
      if (kind != null && type.is(Tree.Kind.CLASS, Tree.Kind.RECORD)) {
        entities.add(mapping(type, kind));
      }
      RepositoryMapping repository = SpringDataRepositories.read(type, types);
      if (repository != null) {
        repositories.add(repository);
      }
    }

    @CheckForNull
    private EntityMapping.Kind kindOf(ModifiersTree modifiers) {
      if (jpa.hasAny(modifiers, "Entity")) {
        return EntityMapping.Kind.ENTITY;
      }
      if (jpa.hasAny(modifiers, "MappedSuperclass")) {
        return EntityMapping.Kind.MAPPED_SUPERCLASS;
      }
      return jpa.hasAny(modifiers, "Embeddable") ? EntityMapping.Kind.EMBEDDABLE : null;
    }

    private EntityMapping mapping(ClassTree type, EntityMapping.Kind kind) {
      ModifiersTree modifiers = type.modifiers();
      MappingDraft draft = new MappingDraft(kind, TypeResolver.binaryName(type), fileKey, TextSpan.of(type.simpleName()),
        MappingSource.Origin.ANNOTATIONS);
      AnnotationTree entity = jpa.find(modifiers, "Entity");
      draft.declaredName = entity == null ? null : PersistenceAnnotations.string(entity, "name");
      AnnotationTree table = jpa.find(modifiers, "Table");
      draft.table = table == null ? null : PersistenceAnnotations.string(table, "name");
      jpa.names(modifiers, "SecondaryTable", "SecondaryTables").forEach(draft::addSecondaryTable);
      draft.inheritance = jpa.hasAny(modifiers, "Inheritance");
      draft.ancestors = JavaAncestors.of(type, types);
      attributes.read(type, draft);
      return draft.build();
    }
  }
}
