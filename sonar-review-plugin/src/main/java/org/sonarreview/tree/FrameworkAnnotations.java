package org.sonarreview.tree;

import java.util.Set;

/** Simple names of framework annotations that change what a declaration means to a reviewer. */
public final class FrameworkAnnotations {

  /** Constructor annotations that hand the constructor's signature to a framework. */
  public static final Set<String> INJECTION_CONSTRUCTOR = Set.of("Inject", "Autowired", "JsonCreator", "ConstructorProperties");

  /** Class annotations whose single constructor is called by a dependency-injection container. */
  public static final Set<String> STEREOTYPES = Set.of(
    // Spring
    "Component", "Service", "Repository", "Controller", "RestController", "Configuration", "ControllerAdvice",
    "RestControllerAdvice", "SpringBootApplication", "ConfigurationProperties",
    // Jakarta / CDI / EJB
    "Named", "Singleton", "ApplicationScoped", "RequestScoped", "SessionScoped", "Dependent", "Stateless", "Stateful",
    // Micronaut, Quarkus
    "Factory", "Prototype", "Context");

  /**
   * Method annotations under which a dependency-injection container calls the method and supplies its arguments:
   * injection methods and Spring or Micronaut {@code @Bean} factory methods. CDI's {@code @Produces} shares its simple
   * name with JAX-RS's, so it is told apart by its type.
   */
  public static final Set<String> CONTAINER_CALLED_METHODS = Set.of("Inject", "Autowired", "Bean");

  /** Parameter annotations of JAX-RS and Spring MVC that bind the parameter to a part of the web request. */
  public static final Set<String> WEB_BOUND_PARAMETERS = Set.of(
    // JAX-RS
    "QueryParam", "PathParam", "FormParam", "HeaderParam", "CookieParam", "MatrixParam", "BeanParam",
    // Spring MVC
    "RequestParam", "PathVariable", "RequestHeader", "RequestBody", "ModelAttribute", "CookieValue", "RequestPart");

  /** Lombok class annotations that generate code reading or writing the class's fields. */
  public static final Set<String> LOMBOK_FIELD_GENERATORS = Set.of(
    "Data", "Value", "Getter", "Setter", "Builder", "SuperBuilder", "ToString", "EqualsAndHashCode", "AllArgsConstructor",
    "RequiredArgsConstructor", "NoArgsConstructor", "With", "Wither", "Jacksonized", "FieldDefaults", "FieldNameConstants",
    "Accessors", "Delegate");

  /** Type annotations of JPA: entities are instantiated and filled by the persistence provider. */
  public static final Set<String> JPA_TYPES = Set.of("Entity", "Embeddable", "MappedSuperclass");

  private FrameworkAnnotations() {
  }
}
