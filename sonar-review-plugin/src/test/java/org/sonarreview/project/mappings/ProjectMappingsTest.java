package org.sonarreview.project.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonarreview.project.TextSpan;

class ProjectMappingsTest {

  private static Map<String, FileMappings> java;

  @BeforeAll
  static void readSources() {
    java = JavaSources.read(true, JavaMappingsTest.FILES);
  }

  /** A model of the Java sources, without the files left out, and of these XML files. */
  private static ProjectMappings model(List<String> leftOut, String... xmlFiles) {
    ProjectMappings model = new ProjectMappings();
    java.forEach((file, mappings) -> {
      if (!leftOut.contains(file)) {
        model.put(file, mappings);
      }
    });
    for (String xml : xmlFiles) {
      model.put(xml, XmlMappingsTest.read(xml));
    }
    return model;
  }

  private static ProjectMappings model(String... xmlFiles) {
    return model(List.of(), xmlFiles);
  }

  private static EntityMapping named(ProjectMappings model, String name) {
    return model.entityNamed(name).orElseThrow(() -> new AssertionError("No entity " + name));
  }

  private static List<String> classesMapping(ProjectMappings model, String table) {
    return model.entitiesMappingTable(table).stream().map(EntityMapping::classFqn).toList();
  }

  @Test
  void finds_entities_by_jpql_name_or_by_class_name() {
    ProjectMappings model = model();
    assertThat(named(model, "PurchaseOrder").classFqn()).isEqualTo("shop.PurchaseOrder");
    assertThat(named(model, "Label").classFqn()).isEqualTo("shop.Tag");
    // JPQL knows Tag by its declared name only; the class name finds it.
    assertThat(model.entityNamed("Tag")).isEmpty();
    assertThat(named(model, "shop.Tag").entityName()).isEqualTo("Label");
    assertThat(named(model, "AccountNote").classFqn()).isEqualTo("legacy.Account$Note");
    assertThat(named(model, "legacy.Account.Note").classFqn()).isEqualTo("legacy.Account$Note");
    assertThat(named(model, "shop.BaseEntity").kind()).isEqualTo(EntityMapping.Kind.MAPPED_SUPERCLASS);
    // Names are case-sensitive, as in JPQL; a mapped superclass has no JPQL name.
    assertThat(model.entityNamed("purchaseOrder")).isEmpty();
    assertThat(model.entityNamed("BaseEntity")).isEmpty();
    assertThat(model.entityNamed("Ledger")).isEmpty();
  }

  @Test
  void finds_the_entities_that_map_a_table_by_declared_default_or_snake_case_name() {
    ProjectMappings model = model();
    assertThat(classesMapping(model, "purchase_order")).containsExactly("shop.PurchaseOrder");
    assertThat(classesMapping(model, "PurchaseOrder")).containsExactly("shop.PurchaseOrder");
    assertThat(classesMapping(model, "public.\"PURCHASE_ORDER\"")).containsExactly("shop.PurchaseOrder");
    assertThat(classesMapping(model, "order_details")).containsExactly("shop.PurchaseOrder");
    assertThat(classesMapping(model, "ORDER_TAGS")).containsExactly("shop.PurchaseOrder");
    assertThat(classesMapping(model, "order_codes")).containsExactly("shop.PurchaseOrder");
    assertThat(classesMapping(model, "customers")).containsExactly("shop.Customer");
    assertThat(classesMapping(model, "labels")).containsExactly("shop.Tag");
    assertThat(classesMapping(model, "accounts")).containsExactly("legacy.Account");
    assertThat(classesMapping(model, "account_note")).containsExactly("legacy.Account$Note");
    assertThat(classesMapping(model, "accountnote")).containsExactly("legacy.Account$Note");
    // A declared table replaces the default; embeddables and mapped superclasses map no table.
    assertThat(classesMapping(model, "customer")).isEmpty();
    assertThat(classesMapping(model, "label")).isEmpty();
    assertThat(classesMapping(model, "tag")).isEmpty();
    assertThat(classesMapping(model, "address")).isEmpty();
    assertThat(classesMapping(model, "base_entity")).isEmpty();
  }

  @Test
  void columns_include_inherited_embedded_and_defaulted_ones_in_both_forms() {
    ProjectMappings model = model();
    assertThat(model.columnsOf(named(model, "PurchaseOrder"))).containsExactlyInAnyOrder(
      "buyer_id", "seller_id", "total_cents", "deliverynote", "delivery_note", "delivery_street",
      "street_line", "zipcode", "zip_code", "id", "version", "placed_at");
    assertThat(model.columnsOf(named(model, "Customer"))).containsExactlyInAnyOrder(
      "id", "full_name", "emailaddress", "email_address", "street_line", "zipcode", "zip_code");
  }

  @Test
  void attributes_include_those_of_mapped_superclasses() {
    ProjectMappings model = model();
    assertThat(model.attributesOf(named(model, "PurchaseOrder"))).containsOnlyKeys(
      "buyer", "seller", "tags", "codes", "extras", "totalCents", "deliveryNote", "delivery", "id", "version", "createdAt");
    // The unmapped superclass's field is not persistent.
    assertThat(model.attributesOf(named(model, "Shipment"))).containsOnlyKeys("id", "carrier", "size");
  }

  @Test
  void an_entity_is_complete_when_every_superclass_is_known() {
    ProjectMappings model = model();
    assertThat(model.isComplete(named(model, "PurchaseOrder"))).isTrue();
    assertThat(model.isComplete(named(model, "Customer"))).isTrue();
    assertThat(model.isComplete(named(model, "Shipment"))).isTrue();
    // Spring Data's AbstractPersistable maps attributes the model does not know.
    assertThat(model.isComplete(named(model, "Invoice"))).isFalse();
    ProjectMappings withoutSuperclass = model(List.of("BaseEntity.java"));
    assertThat(withoutSuperclass.isComplete(named(withoutSuperclass, "PurchaseOrder"))).isFalse();
    assertThat(withoutSuperclass.attributesOf(named(withoutSuperclass, "PurchaseOrder"))).doesNotContainKey("id");
  }

  @Test
  void finds_the_repository_of_an_entity() {
    ProjectMappings model = model();
    assertThat(model.repositoryOf(named(model, "PurchaseOrder"))).map(RepositoryMapping::simpleName).contains("OrderRepository");
    assertThat(model.repositoryOf(named(model, "Label"))).map(RepositoryMapping::simpleName).contains("TagRepository");
    assertThat(model.repositoryOf(named(model, "Customer"))).isEmpty();
  }

  @Test
  void xml_overrides_the_names_annotations_declare_and_adds_its_own() {
    ProjectMappings model = model("shop-mappings.xml");
    EntityMapping customer = named(model, "Client");
    assertThat(model.entityNamed("Customer")).isEmpty();
    assertThat(customer.table()).isEqualTo("CLIENTS");
    assertThat(classesMapping(model, "clients")).containsExactly("shop.Customer");
    assertThat(classesMapping(model, "crm.client_groups")).containsExactly("shop.Customer");
    assertThat(classesMapping(model, "customers")).isEmpty();
    // Annotations' attributes stay, XML's are added, XML's columns win; the Java source stays the location.
    assertThat(model.attributesOf(customer)).containsOnlyKeys("id", "name", "emailAddress", "address", "loyaltyPoints", "referrer",
      "groups", "phones");
    assertThat(model.columnsOf(customer)).contains("client_id", "full_name", "points", "home_street", "street_line", "email_address")
      .doesNotContain("owner_name");
    assertThat(model.attributesOf(customer).get("address").type()).isEqualTo("shop.Address");
    assertThat(customer.inheritance()).isTrue();
    assertThat(customer.source().origin()).isEqualTo(MappingSource.Origin.ANNOTATIONS);
    assertThat(customer.source().fileKey()).isEqualTo("Customer.java");
    assertThat(model.isComplete(customer)).isTrue();
  }

  @Test
  void an_orm_xml_entity_alone_is_incomplete_and_an_xml_mapped_superclass_counts() {
    ProjectMappings model = new ProjectMappings();
    model.put("shop-mappings.xml", XmlMappingsTest.read("shop-mappings.xml"));
    assertThat(model.isComplete(named(model, "Client"))).isFalse();
    // A Java entity whose unannotated superclass is mapped in orm.xml only.
    model.put("Audited.java", List.of(entity("shop.Audited", List.of("shop.Auditable", EntityMapping.OBJECT), "title")));
    EntityMapping audited = named(model, "Audited");
    assertThat(model.attributesOf(audited)).containsOnlyKeys("title", "createdBy");
    assertThat(model.columnsOf(audited)).containsExactlyInAnyOrder("title", "created_by");
    assertThat(model.isComplete(audited)).isTrue();
  }

  @Test
  void hibernate_subclasses_inherit_their_parents_attributes() {
    ProjectMappings model = new ProjectMappings();
    model.put("Animals.hbm.xml", XmlMappingsTest.read("Animals.hbm.xml"));
    EntityMapping dog = named(model, "Dog");
    assertThat(model.attributesOf(dog)).containsOnlyKeys("breed", "furColor", "id", "name", "keepers");
    assertThat(model.isComplete(dog)).isTrue();
    assertThat(classesMapping(model, "animals")).containsExactlyInAnyOrder("zoo.Animal", "zoo.Bird");
    assertThat(classesMapping(model, "animal_keepers")).containsExactly("zoo.Animal");
    assertThat(named(model, "Keeper").table()).isEqualTo("KEEPERS");
  }

  @Test
  void a_name_that_two_modules_give_to_different_classes_finds_neither() {
    ProjectMappings model = new ProjectMappings();
    model.put("a/Order.java", List.of(entity("a.Order", List.of(EntityMapping.OBJECT), "id")));
    model.put("b/Order.java", List.of(entity("b.Order", List.of(EntityMapping.OBJECT), "id")));
    assertThat(model.entityNamed("Order")).isEmpty();
    assertThat(named(model, "b.Order").classFqn()).isEqualTo("b.Order");
    assertThat(classesMapping(model, "order")).containsExactlyInAnyOrder("a.Order", "b.Order");
  }

  @Test
  void a_contribution_replaces_the_previous_one_of_its_file() {
    ProjectMappings model = new ProjectMappings();
    assertThat(model.isEmpty()).isTrue();
    model.put("Order.java", List.of(entity("a.Order", List.of(EntityMapping.OBJECT), "id")));
    model.putRepositories("Order.java", List.of(new RepositoryMapping("a.OrderRepository", "a.Order")));
    assertThat(model.repositoryOf(named(model, "Order"))).isPresent();
    model.put("Order.java", List.of(entity("a.Purchase", List.of(EntityMapping.OBJECT), "id")));
    assertThat(model.entityNamed("Order")).isEmpty();
    assertThat(model.repositoryCount()).isEqualTo(1);
    model.put("Order.java", FileMappings.EMPTY);
    assertThat(model.isEmpty()).isTrue();
    assertThat(model.mappedClasses()).isEmpty();
  }

  @Test
  void counts_what_it_holds() {
    ProjectMappings model = model("Animals.hbm.xml");
    assertThat(model.count(EntityMapping.Kind.ENTITY)).isEqualTo(8 + 6);
    assertThat(model.count(EntityMapping.Kind.MAPPED_SUPERCLASS)).isEqualTo(1);
    assertThat(model.count(EntityMapping.Kind.EMBEDDABLE)).isEqualTo(2);
    assertThat(model.repositoryCount()).isEqualTo(2);
    assertThat(model.mappedClasses()).hasSize(17);
  }

  @Test
  void answers_from_every_contribution_while_files_arrive_concurrently() throws Exception {
    ProjectMappings model = new ProjectMappings();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String name = "E" + i;
        tasks.add(pool.submit(() -> {
          model.put(name + ".java", List.of(entity("p." + name, List.of(EntityMapping.OBJECT), "id")));
          return model.entityNamed(name).orElseThrow();
        }));
      }
      for (Future<?> task : tasks) {
        task.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(model.count(EntityMapping.Kind.ENTITY)).isEqualTo(200);
  }

  private static EntityMapping entity(String classFqn, List<String> ancestors, String... attributes) {
    return new EntityMapping(EntityMapping.Kind.ENTITY, classFqn, null, null, List.of(), List.of(),
      List.of(attributes).stream().map(name -> new MappedAttribute(name, List.of(), MappedAttribute.Kind.BASIC, null)).toList(),
      ancestors, false, new MappingSource(classFqn + ".java", new TextSpan(1, 0, 1, 1), MappingSource.Origin.ANNOTATIONS));
  }
}
