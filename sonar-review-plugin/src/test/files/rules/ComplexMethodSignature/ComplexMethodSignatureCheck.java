package com.acme;

import java.util.List;
import java.util.Map;

class Signatures {

  void withinLimits(int a, int b, int c, String d, String e, long f, boolean g) { }

  void tooMany(int a, String b, int c, String d, int e, String f, int g, String h) { } // Noncompliant {{Method 'tooMany' has 8 parameters (max 7); group related parameters into a parameter object.}}

  void flags(String name, boolean dryRun, Boolean verbose) { } // Noncompliant {{Method 'flags' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}

  void swappable(String source, String target, String owner, String label) { } // Noncompliant {{Method 'swappable' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  void everything(String host, String user, String password, String schema, boolean e, boolean f, int g, int h) { } // Noncompliant {{Method 'everything' has 8 parameters (max 7), 2 boolean parameters (max 1) and 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  void genericRun(List<String> names, List<String> labels, List<String> roles, List<String> tags) { } // Noncompliant {{Method 'genericRun' has 4 adjacent 'List<String>' parameters (max 3); group related parameters into a parameter object.}}

  void differentArguments(List<String> a, List<Integer> b, List<String> c, List<String> d) { }

  void varargs(int a, int b, int c, int... d) { }

  static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) { return null; } // numbered overload family

  static long fromBytes(byte b1, byte b2, byte b3, byte b4, byte b5, byte b6, byte b7, byte b8) { return 0; } // numbered overload family

  static int compare(Boolean left, Boolean right) { return 0; } // booleans are the values, not flags

  void numberedButMixed(String name, String part1, String part3, String label) { } // Noncompliant {{Method 'numberedButMixed' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  // Positional runs stand for one varargs parameter: overload families such as Guava's concat and verify.
  static <T> Iterable<T> concat(Iterable<? extends T> a, Iterable<? extends T> b, Iterable<? extends T> c, Iterable<? extends T> d) { return null; }

  static void verify(boolean expression, String template, Object p1, Object p2, Object p3, Object p4) { }

  static String format(String pattern, Object arg0, Object arg1, Object arg2, Object arg3, Object arg4, Object arg5, Object arg6) { return pattern; } // 9 parameters, 3 units

  void aroundSequence(Object first, Object second, Object arg1, Object arg2, Object last) { } // Noncompliant {{Method 'aroundSequence' has 5 adjacent 'Object' parameters (max 3); group related parameters into a parameter object.}}

  void coordinates(double x, double y, double z, double w) { } // Noncompliant {{Method 'coordinates' has 4 adjacent 'double' parameters (max 3); group related parameters into a parameter object.}}

  void lettersNotFromA(String b, String c, String d, String e) { } // Noncompliant {{Method 'lettersNotFromA' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  void numbersWithGap(String name1, String name2, String name4, String name5) { } // all numbered: the older family exemption

  void interrupted(String a, String b, String c, int d, String e) { }

  Signatures(int x, int y, int width, int height) { } // Noncompliant {{Constructor 'Signatures' has 4 adjacent 'int' parameters (max 3); group related parameters into a parameter object.}}

  Signatures() { }
}

interface Exporter {
  void export(String report, boolean compress, boolean encrypt); // Noncompliant {{Method 'export' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

class CsvExporter implements Exporter {
  public void export(String report, boolean compress, boolean encrypt) { } // implements: the signature is imposed

  @Override
  public boolean equals(Object other) {
    return false;
  }
}

class UnknownParent extends SomethingNotOnTheClasspath {
  void maybeOverride(boolean a, boolean b) { } // unknown hierarchy: cannot decide, stays silent
}

class Injected {
  @jakarta.inject.Inject
  Injected(String a, String b, String c, String d, boolean e, boolean f, int g, int h) { }
}

class Json {
  @JsonCreator
  Json(String host, String user, String password, String schema) { }
}

@Service
class OrderService {
  OrderService(Repository a, Repository b, Repository c, Repository d, Map<String, String> e, boolean f, boolean g, int h) { }
}

@Component
class TwoConstructors {
  TwoConstructors(String host, String user, String password, String schema) { } // Noncompliant {{Constructor 'TwoConstructors' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}
  TwoConstructors() { }
}

record Rectangle(int x, int y, int width, int height, boolean filled, boolean visible, String title, String label) {
  Rectangle {
    if (width < 0) {
      throw new IllegalArgumentException();
    }
  }

  Rectangle(int x, int y, int width, int height, boolean filled, boolean visible, String title, String label, String note) { // Noncompliant {{Constructor 'Rectangle' has 9 parameters (max 7), 2 boolean parameters (max 1) and 4 adjacent 'int' parameters (max 3); group related parameters into a parameter object.}}
    this(x, y, width, height, filled, visible, title, label);
  }
}

record Canonical(String a, String b, String c, String d) {
  Canonical(String a, String b, String c, String d) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

class ParameterizedTests {
  @org.junit.jupiter.params.ParameterizedTest
  void cases(String a, String b, String c, String d, boolean e, boolean f, int g, int h) { }
}

// Private constructors whose booleans are stored: values of the object, given names by its static factories.
final class Range {
  private final boolean hasLower;
  private final boolean hasUpper;
  private final boolean deferred;
  private boolean touched;

  private Range(String name, boolean hasLower, boolean hasUpper) {
    this(name, hasLower, hasUpper, true);
  }

  private Range(String name, boolean hasLower, boolean upper, boolean deferred) {
    this.hasLower = hasLower;
    hasUpper = upper;
    this.deferred = deferred;
    if (hasLower) {
      touched = true;
    }
  }

  private Range(boolean hasLower, boolean hasUpper, int size) { // Noncompliant {{Constructor 'Range' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    this.hasLower = hasLower;
    this.hasUpper = size > 0;
    this.deferred = false;
    if (hasUpper) {
      touched = true;
    }
  }

  Range(String name, boolean lower, boolean upper, int size) { // Noncompliant {{Constructor 'Range' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    this.hasLower = lower;
    this.hasUpper = upper;
    this.deferred = false;
  }

  private void set(boolean lower, boolean upper, int size) { // Noncompliant {{Method 'set' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    touched = lower;
    touched = upper;
  }

  static Range atLeast(String name) {
    return new Range(name, true, false);
  }
}

// IntelliJ's suppression comment: this rule has no javac key, so only ALL silences it.
class Noinspection {
  //noinspection ALL
  void silenced(String name, boolean dryRun, boolean verbose) { }

  //noinspection rawtypes
  void otherKey(String name, boolean dryRun, boolean verbose) { } // Noncompliant {{Method 'otherKey' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape { }

class Java21 {
  String describe(Shape shape, boolean a, boolean b) { // Noncompliant {{Method 'describe' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    return switch (shape) {
      case Circle c when c.r() > 1 -> """
        big
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}

// ---- Signatures a container calls: how many values they take is not the author's choice, their order is ----

@org.springframework.context.annotation.Configuration
class DataConfig {
  @org.springframework.context.annotation.Bean
  DataSource dataSource(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { return null; }

  @org.springframework.context.annotation.Bean
  Client client(String url, String user, String password, String realm, boolean trustAll, boolean compress, int timeout, long retries) { return null; } // Noncompliant {{Method 'client' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  DataSource notABean(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { return null; } // Noncompliant {{Method 'notABean' has 8 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

class InjectionMethods {
  @jakarta.inject.Inject
  void init(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { }

  @org.springframework.beans.factory.annotation.Autowired
  void configure(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { }

  @org.springframework.beans.factory.annotation.Autowired
  void names(String url, String user, String password, String realm) { } // Noncompliant {{Method 'names' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}
}

// Resolved, and not CDI's: this project's own @Produces (JAX-RS's names media types) marks no container-called method.
@interface Produces {
  String[] value() default {};
}

class NotCdiProducers {
  @Produces
  Client produce(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { return null; } // Noncompliant {{Method 'produce' has 8 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

// A project's own stereotype: an annotation whose declaration is a framework stereotype.
@org.springframework.stereotype.Component
@interface UseCase {
}

@UseCase
class PlaceOrder {
  PlaceOrder(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { }
}

@interface Audited {
}

@Audited
class PlaceOrderByHand {
  PlaceOrderByHand(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { } // Noncompliant {{Constructor 'PlaceOrderByHand' has 8 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

// ---- Parameters bound to the web request are the endpoint's contract: they count toward neither limit ----

@RestController
class OrderEndpoints {
  @GetMapping("/orders")
  List<String> search(@RequestParam String customer, @RequestParam boolean includeArchived, @RequestParam(defaultValue = "false") boolean exact,
    @RequestParam int page, @RequestParam int size, @RequestHeader("X-Tenant") String tenant, @PathVariable long id, @CookieValue("s") String session) { return null; }

  @PostMapping("/orders")
  String create(@RequestBody OrderForm form, @ModelAttribute Paging paging, @RequestPart("file") Upload upload, Principal principal,
    Locale locale, HttpServletRequest request, HttpServletResponse response, Model model, BindingResult errors) { return null; } // 9 parameters, 6 counted

  @PostMapping("/orders/import")
  String importOrders(@RequestBody OrderForm form, @RequestHeader("X-Tenant") String tenant, Principal principal, Locale locale,
    HttpServletRequest request, HttpServletResponse response, Model model, BindingResult errors, UriComponentsBuilder uris, SessionStatus status) { return null; } // Noncompliant@-1 {{Method 'importOrders' has 8 parameters not bound to the request (max 7); group related parameters into a parameter object.}}

  @GetMapping("/report")
  String report(@RequestParam String customer, boolean includeArchived, boolean exact) { return null; } // Noncompliant {{Method 'report' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}

  @GetMapping("/export")
  String export(@RequestParam boolean archived, boolean exact, @Nullable Boolean verbose, String query) { return null; } // Noncompliant {{Method 'export' has 2 boolean parameters not bound to the request (max 1); group related parameters into a parameter object.}}
}

@Path("/customers")
class CustomerResource {
  @GET
  String list(@QueryParam("q") String query, @QueryParam("archived") boolean archived, @QueryParam("exact") boolean exact, @PathParam("id") long id,
    @BeanParam Paging paging, @FormParam("f") int form, @MatrixParam("m") Locale matrix, @CookieParam("c") Upload cookie) { return null; }

  @GET
  String headers(@HeaderParam("a") String accept, @HeaderParam("b") String language, @HeaderParam("c") String encoding, @HeaderParam("d") String agent) { return null; } // Noncompliant {{Method 'headers' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}
}

// ---- Constructors of record-like data classes: the parameter list is the class's field list ----

final class Shipment {
  private static int created;
  private final String orderNumber;
  private final String carrier;
  private final long weightGrams;
  private final boolean express;
  private final boolean insured;
  private final Instant shippedAt;
  private final Address from;
  private final Address to;
  private final List<String> labels;

  Shipment(String orderNumber, String carrier, long weightGrams, boolean express, boolean insured, Instant shippedAt, Address from, Address to, List<String> labels) {
    if (weightGrams < 0) {
      throw new IllegalArgumentException("weight");
    }
    this.orderNumber = java.util.Objects.requireNonNull(orderNumber, "orderNumber");
    this.carrier = carrier;
    this.weightGrams = weightGrams;
    this.express = express;
    this.insured = insured;
    this.shippedAt = shippedAt;
    this.from = from;
    this.to = to;
    this.labels = List.copyOf(labels);
  }
}

final class TrackedShipment {
  private Long id;
  private final String orderNumber;
  private final String carrier;
  private final long weightGrams;
  private final boolean express;
  private final boolean insured;
  private final Instant shippedAt;
  private final Address from;
  private final Address to;
  private final List<String> labels;

  TrackedShipment(String orderNumber, String carrier, long weightGrams, boolean express, boolean insured, Instant shippedAt, Address from, Address to, List<String> labels) { // Noncompliant {{Constructor 'TrackedShipment' has 9 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    this.orderNumber = orderNumber;
    this.carrier = carrier;
    this.weightGrams = weightGrams;
    this.express = express;
    this.insured = insured;
    this.shippedAt = shippedAt;
    this.from = from;
    this.to = to;
    this.labels = labels;
  }
}

final class RenamedShipment {
  private final String orderNumber;
  private final String carrier;
  private final long weightGrams;
  private final boolean express;
  private final boolean insured;
  private final Instant shippedAt;
  private final Address from;
  private final Address to;

  RenamedShipment(String orderNumber, String carrierName, long weightGrams, boolean express, boolean insured, Instant shippedAt, Address from, Address to) { // Noncompliant {{Constructor 'RenamedShipment' has 8 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    this.orderNumber = orderNumber;
    this.carrier = carrierName;
    this.weightGrams = weightGrams;
    this.express = express;
    this.insured = insured;
    this.shippedAt = shippedAt;
    this.from = from;
    this.to = to;
  }
}

final class Contact {
  private final String firstName;
  private final String lastName;
  private final String email;
  private final String phone;
  private final boolean subscribed;
  private final boolean verified;
  private final Instant createdAt;
  private final Address address;

  Contact(String firstName, String lastName, String email, String phone, boolean subscribed, boolean verified, Instant createdAt, Address address) { // Noncompliant {{Constructor 'Contact' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phone = phone;
    this.subscribed = subscribed;
    this.verified = verified;
    this.createdAt = createdAt;
    this.address = address;
  }
}
