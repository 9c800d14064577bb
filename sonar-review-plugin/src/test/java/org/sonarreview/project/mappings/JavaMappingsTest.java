package org.sonarreview.project.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sonarreview.project.TextSpan;
import org.sonarreview.project.mappings.MappedAttribute.Kind;

class JavaMappingsTest {

  static final String[] FILES = {"shop/Customer.java", "shop/Address.java", "shop/BaseEntity.java", "shop/PurchaseOrder.java",
    "shop/Tag.java", "shop/Invoice.java", "shop/Shipment.java", "shop/OrderRepository.java", "legacy/Account.java", "legacy/Ledger.java"};

  private static Map<String, FileMappings> withClasspath;
  private static Map<String, FileMappings> withoutClasspath;

  @BeforeAll
  static void readSources() {
    withClasspath = JavaSources.read(true, FILES);
    withoutClasspath = JavaSources.read(false, FILES);
  }

  private static EntityMapping entity(String file, String classFqn) {
    return withClasspath.get(file).entities().stream().filter(entity -> entity.classFqn().equals(classFqn)).findFirst().orElseThrow();
  }

  private static MappedAttribute attribute(String name, Kind kind, String type, String... columns) {
    return new MappedAttribute(name, List.of(columns), kind, type);
  }

  @Test
  void reads_a_declared_table_and_declared_and_defaulted_columns_leaving_static_and_transient_fields_out() {
    EntityMapping customer = entity("Customer.java", "shop.Customer");
    assertThat(customer.kind()).isEqualTo(EntityMapping.Kind.ENTITY);
    assertThat(customer.entityName()).isEqualTo("Customer");
    assertThat(customer.declaredName()).isNull();
    assertThat(customer.table()).isEqualTo("customers");
    // The column name is a constant of the class; the getter is no attribute under field access.
    assertThat(customer.attributes()).containsExactly(
      attribute("id", Kind.BASIC, null),
      attribute("name", Kind.BASIC, null, "full_name"),
      attribute("emailAddress", Kind.BASIC, null),
      attribute("address", Kind.EMBEDDED, "shop.Address"));
    assertThat(customer.ancestors()).containsExactly(EntityMapping.OBJECT);
    assertThat(customer.superclass()).isNull();
    assertThat(customer.inheritance()).isFalse();
    assertThat(customer.source()).isEqualTo(new MappingSource("Customer.java", new TextSpan(12, 13, 12, 21), MappingSource.Origin.ANNOTATIONS));
  }

  @Test
  void reads_secondary_join_and_collection_tables_join_columns_and_attribute_overrides() {
    EntityMapping order = entity("PurchaseOrder.java", "shop.PurchaseOrder");
    assertThat(order.table()).isNull();
    assertThat(order.secondaryTables()).containsExactly("order_details");
    assertThat(order.joinTables()).containsExactly("order_tags", "order_codes");
    assertThat(order.attributes()).containsExactly(
      attribute("buyer", Kind.ASSOCIATION, "shop.Customer", "buyer_id"),
      attribute("seller", Kind.ASSOCIATION, "shop.Customer"),
      // The join table's join column belongs to the join table.
      attribute("tags", Kind.COLLECTION, "shop.Tag"),
      attribute("codes", Kind.COLLECTION, "java.lang.String"),
      attribute("extras", Kind.COLLECTION, "shop.Tag"),
      attribute("totalCents", Kind.BASIC, null, "total_cents"),
      attribute("deliveryNote", Kind.BASIC, null),
      attribute("delivery", Kind.EMBEDDED, "shop.Address", "delivery_street"),
      // The class's override of its superclass's attribute.
      attribute("createdAt", Kind.BASIC, null, "placed_at"));
  }

  @Test
  void reads_getter_properties_when_the_identifier_is_annotated_on_a_getter() {
    EntityMapping tag = entity("Tag.java", "shop.Tag");
    assertThat(tag.entityName()).isEqualTo("Label");
    assertThat(tag.table()).isEqualTo("labels");
    // Not the fields, the @Transient or static getter, the setter or describe().
    assertThat(tag.attributes()).containsExactly(
      attribute("id", Kind.BASIC, null),
      attribute("text", Kind.BASIC, null, "label_text"),
      attribute("active", Kind.BASIC, null),
      attribute("URL", Kind.BASIC, null));
  }

  @Test
  void records_superclass_chains_up_to_object_or_to_a_mapped_superclass() {
    EntityMapping base = entity("BaseEntity.java", "shop.BaseEntity");
    assertThat(base.kind()).isEqualTo(EntityMapping.Kind.MAPPED_SUPERCLASS);
    assertThat(base.attributes()).extracting(MappedAttribute::name).containsExactly("id", "version", "createdAt");
    assertThat(entity("PurchaseOrder.java", "shop.PurchaseOrder").ancestors()).containsExactly("shop.BaseEntity");
    assertThat(entity("PurchaseOrder.java", "shop.PurchaseOrder").superclass()).isEqualTo("shop.BaseEntity");
    // Mapped by Spring Data's own annotations: the chain stops there.
    assertThat(entity("Invoice.java", "shop.Invoice").ancestors()).containsExactly("org.springframework.data.jpa.domain.AbstractPersistable");
    // An unmapped superclass is walked past.
    assertThat(entity("Shipment.java", "shop.Shipment").ancestors()).containsExactly("shop.Trackable", EntityMapping.OBJECT);
  }

  @Test
  void an_attribute_of_an_embeddable_type_is_embedded_when_the_semantic_knows_the_type() {
    assertThat(entity("Address.java", "shop.Address").kind()).isEqualTo(EntityMapping.Kind.EMBEDDABLE);
    assertThat(entity("Shipment.java", "shop.Dimensions").kind()).isEqualTo(EntityMapping.Kind.EMBEDDABLE);
    assertThat(entity("Shipment.java", "shop.Shipment").attributes())
      .containsExactly(attribute("id", Kind.BASIC, null), attribute("carrier", Kind.BASIC, null), attribute("size", Kind.EMBEDDED, "shop.Dimensions"));
    assertThat(withoutClasspath.get("Shipment.java").entities().get(0).attributes())
      .contains(attribute("size", Kind.BASIC, null));
  }

  @Test
  void reads_javax_member_classes_and_annotations_written_in_full_but_not_other_entity_annotations() {
    EntityMapping account = entity("Account.java", "legacy.Account");
    assertThat(account.table()).isEqualTo("legacy.\"ACCOUNTS\"");
    assertThat(account.inheritance()).isTrue();
    // Escapes in the literal are read as the compiler reads them.
    assertThat(account.attributes()).containsExactly(attribute("id", Kind.BASIC, null), attribute("owner", Kind.BASIC, null, "owner_name"),
      attribute("openedAt", Kind.BASIC, null, "\"OpenedAt\""));
    EntityMapping note = entity("Account.java", "legacy.Account$Note");
    assertThat(note.entityName()).isEqualTo("AccountNote");
    assertThat(note.attributes()).extracting(MappedAttribute::name).containsExactly("id", "body");
    assertThat(withClasspath.get("Ledger.java").entities()).extracting(EntityMapping::classFqn).containsExactly("legacy.Journal");
    assertThat(withoutClasspath.get("Ledger.java").entities()).extracting(EntityMapping::classFqn).containsExactly("legacy.Journal");
  }

  @Test
  void reads_spring_data_repositories_but_not_generic_bases() {
    assertThat(withClasspath.get("OrderRepository.java").repositories()).containsExactly(
      new RepositoryMapping("shop.OrderRepository", "shop.PurchaseOrder"), new RepositoryMapping("shop.TagRepository", "shop.Tag"));
    assertThat(withClasspath.get("OrderRepository.java").repositories().get(0).simpleName()).isEqualTo("OrderRepository");
    // Without Spring Data on the classpath, a project interface extending it is not known to be a repository.
    assertThat(withoutClasspath.get("OrderRepository.java").repositories()).containsExactly(
      new RepositoryMapping("shop.OrderRepository", "shop.PurchaseOrder"));
    assertThat(withClasspath.get("Customer.java").repositories()).isEmpty();
  }

  @Test
  void without_a_classpath_the_imports_tell_the_annotations_and_types() {
    for (String file : List.of("Customer.java", "Address.java", "BaseEntity.java", "PurchaseOrder.java", "Tag.java", "Invoice.java", "Account.java")) {
      assertThat(withoutClasspath.get(file)).as(file).isEqualTo(withClasspath.get(file));
    }
  }
}
