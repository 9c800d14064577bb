package org.sonarreview.project.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sonarreview.project.TextSpan;
import org.sonarreview.project.mappings.MappedAttribute.Kind;

class XmlMappingsTest {

  static List<EntityMapping> read(String file) {
    return XmlMappings.read(file, text(file));
  }

  static String text(String file) {
    try {
      return Files.readString(Path.of(JavaSources.DIRECTORY, "xml", file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, EntityMapping> byClass(List<EntityMapping> mappings) {
    return mappings.stream().collect(Collectors.toMap(EntityMapping::classFqn, Function.identity()));
  }

  private static MappedAttribute attribute(String name, Kind kind, String type, String... columns) {
    return new MappedAttribute(name, List.of(columns), kind, type);
  }

  @Test
  void reads_an_orm_xml_file_whatever_its_name() {
    Map<String, EntityMapping> mappings = byClass(read("shop-mappings.xml"));
    assertThat(mappings).containsOnlyKeys("shop.Auditable", "shop.Customer", "com.acme.crm.GeoPoint");

    EntityMapping customer = mappings.get("shop.Customer");
    assertThat(customer.kind()).isEqualTo(EntityMapping.Kind.ENTITY);
    assertThat(customer.entityName()).isEqualTo("Client");
    assertThat(customer.table()).isEqualTo("CLIENTS");
    assertThat(customer.secondaryTables()).containsExactly("CLIENT_NOTES");
    // The join table's own join columns are not the entity's.
    assertThat(customer.joinTables()).containsExactly("CLIENT_GROUPS", "CLIENT_PHONES");
    assertThat(customer.inheritance()).isTrue();
    assertThat(customer.attributes()).containsExactly(
      attribute("id", Kind.BASIC, null, "CLIENT_ID"),
      attribute("name", Kind.BASIC, null),
      attribute("loyaltyPoints", Kind.BASIC, null, "POINTS"),
      attribute("referrer", Kind.ASSOCIATION, "shop.Customer", "REFERRER_ID"),
      attribute("groups", Kind.COLLECTION, "com.acme.crm.Group"),
      attribute("phones", Kind.COLLECTION, null),
      attribute("address", Kind.EMBEDDED, null, "HOME_STREET"));
    // An orm.xml entity says nothing of its Java superclass.
    assertThat(customer.ancestors()).isEmpty();
    assertThat(customer.superclass()).isNull();
    assertThat(customer.source()).isEqualTo(new MappingSource("shop-mappings.xml", new TextSpan(18, 17, 18, 25), MappingSource.Origin.ORM_XML));

    EntityMapping auditable = mappings.get("shop.Auditable");
    assertThat(auditable.kind()).isEqualTo(EntityMapping.Kind.MAPPED_SUPERCLASS);
    assertThat(auditable.attributes()).containsExactly(attribute("createdBy", Kind.BASIC, null, "CREATED_BY"));
    assertThat(mappings.get("com.acme.crm.GeoPoint").kind()).isEqualTo(EntityMapping.Kind.EMBEDDABLE);
  }

  @Test
  void an_entity_override_of_an_inherited_column_is_an_attribute_of_the_entity() {
    String text = """
      <entity-mappings>
        <entity class="a.Order">
          <attribute-override name="id"><column name="ORDER_ID"/></attribute-override>
          <attribute-override name="address.street"><column name="STREET"/></attribute-override>
          <attributes><basic name="total"/></attributes>
        </entity>
      </entity-mappings>
      """;
    assertThat(XmlMappings.read("orm.xml", text).get(0).attributes())
      .containsExactly(attribute("id", Kind.BASIC, null, "ORDER_ID"), attribute("total", Kind.BASIC, null));
  }

  @Test
  void reads_a_hibernate_mapping_with_its_package_components_collections_and_joins() {
    List<EntityMapping> mappings = read("Order.hbm.xml");
    assertThat(mappings).hasSize(1);
    EntityMapping order = mappings.get(0);
    assertThat(order.classFqn()).isEqualTo("com.acme.sales.Order");
    assertThat(order.entityName()).isEqualTo("Order");
    assertThat(order.declaredName()).isNull();
    assertThat(order.table()).isEqualTo("ORDERS");
    assertThat(order.secondaryTables()).containsExactly("ORDER_AUDIT");
    assertThat(order.joinTables()).containsExactly("ORDER_LINES");
    assertThat(order.ancestors()).containsExactly(EntityMapping.OBJECT);
    assertThat(order.attributes()).containsExactly(
      attribute("id", Kind.BASIC, null, "ORDER_ID"),
      attribute("version", Kind.BASIC, null, "VERSION"),
      attribute("total", Kind.BASIC, null, "TOTAL_AMOUNT"),
      attribute("placedAt", Kind.BASIC, null, "PLACED_AT"),
      attribute("status", Kind.BASIC, null),
      attribute("customer", Kind.ASSOCIATION, "com.acme.crm.Customer", "CUSTOMER_ID"),
      attribute("shippingAddress", Kind.EMBEDDED, "com.acme.sales.Address", "SHIP_STREET", "SHIP_CITY"),
      attribute("lines", Kind.COLLECTION, "com.acme.sales.OrderLine"),
      attribute("auditedBy", Kind.BASIC, null, "AUDITED_BY"));
    assertThat(order.source()).isEqualTo(new MappingSource("Order.hbm.xml", new TextSpan(6, 15, 6, 20), MappingSource.Origin.HBM_XML));
  }

  @Test
  void reads_subclasses_without_fetching_the_doctype() {
    Map<String, EntityMapping> mappings = byClass(read("Animals.hbm.xml"));
    assertThat(mappings).containsOnlyKeys("zoo.Animal", "zoo.Bird", "zoo.Mammal", "zoo.Dog", "Keeper", "zoo.Reptile");

    EntityMapping animal = mappings.get("zoo.Animal");
    assertThat(animal.inheritance()).isTrue();
    assertThat(animal.joinTables()).containsExactly("ANIMAL_KEEPERS");
    assertThat(animal.attributes()).extracting(MappedAttribute::name).containsExactly("id", "name", "keepers");
    assertThat(animal.attributes().get(2).type()).isEqualTo("zoo.Keeper");

    // A <subclass> shares its parent's table; joined and union subclasses have their own.
    assertThat(mappings.get("zoo.Bird").table()).isEqualTo("ANIMALS");
    assertThat(mappings.get("zoo.Bird").ancestors()).containsExactly("zoo.Animal");
    assertThat(mappings.get("zoo.Mammal").table()).isEqualTo("MAMMALS");
    assertThat(mappings.get("zoo.Mammal").inheritance()).isTrue();
    assertThat(mappings.get("zoo.Dog").table()).isEqualTo("DOGS");
    assertThat(mappings.get("zoo.Dog").ancestors()).containsExactly("zoo.Mammal");
    assertThat(mappings.get("zoo.Dog").attributes()).containsExactly(attribute("breed", Kind.BASIC, null));
    assertThat(mappings.get("zoo.Reptile").table()).isEqualTo("REPTILES");
    assertThat(mappings.get("zoo.Reptile").ancestors()).containsExactly("zoo.Animal");
    assertThat(mappings.get("zoo.Reptile").inheritance()).isFalse();

    EntityMapping keeper = mappings.get("Keeper");
    assertThat(keeper.declaredName()).isEqualTo("Keeper");
    assertThat(keeper.table()).isEqualTo("KEEPERS");
    assertThat(keeper.source().span()).isEqualTo(new TextSpan(25, 22, 25, 28));
  }

  @Test
  void other_xml_and_malformed_xml_yield_nothing() {
    assertThat(read("malformed.hbm.xml")).isEmpty();
    assertThat(read("spring-beans.xml")).isEmpty();
    assertThat(XmlMappings.read("empty.xml", "")).isEmpty();
    assertThat(XmlMappings.read("text.xml", "select * from orders")).isEmpty();
    assertThat(XmlMappings.read("truncated.xml", "<hibernate-mapping package=\"a\"><class name=\"B\" table=\"C\">")).isEmpty();
  }

  @Test
  void never_resolves_external_entities() {
    String xxe = """
      <?xml version="1.0"?>
      <!DOCTYPE hibernate-mapping [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <hibernate-mapping><class name="&secret;" table="T"/></hibernate-mapping>
      """;
    assertThat(XmlMappings.read("xxe.hbm.xml", xxe)).isEmpty();
  }

  @Test
  void reads_a_file_that_starts_with_a_byte_order_mark() {
    List<EntityMapping> mappings = XmlMappings.read("bom.hbm.xml", "\uFEFF<hibernate-mapping><class name=\"a.B\" table=\"BS\"/></hibernate-mapping>");
    assertThat(mappings).extracting(EntityMapping::classFqn).containsExactly("a.B");
    assertThat(mappings.get(0).source().span()).isEqualTo(new TextSpan(1, 32, 1, 35));
  }

  @Test
  void spans_the_class_name_of_a_tag_written_over_several_lines() {
    String text = "<hibernate-mapping>\r\n  <class\r\n    table=\"BS\"\r\n    name=\"a.B\"/>\r\n</hibernate-mapping>";
    assertThat(XmlMappings.read("crlf.hbm.xml", text)).extracting(mapping -> mapping.source().span())
      .containsExactly(new TextSpan(4, 10, 4, 13));
  }
}
