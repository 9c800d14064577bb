package org.sonarreview.project.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonarreview.project.TextSpan;

class MappingsCodecTest {

  private static final EntityMapping ORDER = new EntityMapping(EntityMapping.Kind.ENTITY, "shop.Outer$Order", "Purchase", "crm.\"ORDERS\"",
    List.of("order_details"), List.of("order_tags", "order_codes"),
    List.of(new MappedAttribute("id", List.of(), MappedAttribute.Kind.BASIC, null),
      new MappedAttribute("address", List.of("street", "city"), MappedAttribute.Kind.EMBEDDED, "shop.Address"),
      new MappedAttribute("prix", List.of("prix_\u20ac"), MappedAttribute.Kind.BASIC, null)),
    List.of("shop.Plain", "shop.Base"), true, new MappingSource("module:src/shop/Outer.java", new TextSpan(3, 4, 5, 6), MappingSource.Origin.ANNOTATIONS));
  private static final EntityMapping ADDRESS = new EntityMapping(EntityMapping.Kind.EMBEDDABLE, "shop.Address", null, null, List.of(), List.of(),
    List.of(), List.of(), false, new MappingSource("orm.xml", new TextSpan(1, 0, 1, 9), MappingSource.Origin.ORM_XML));
  private static final RepositoryMapping REPOSITORY = new RepositoryMapping("shop.OrderRepository", "shop.Outer$Order");

  @Test
  void round_trip() {
    byte[] bytes = MappingsCodec.encode(List.of(ORDER, ADDRESS), List.of(REPOSITORY));
    assertThat(MappingsCodec.decode(bytes)).isEqualTo(new FileMappings(List.of(ORDER, ADDRESS), List.of(REPOSITORY)));
    assertThat(MappingsCodec.decode(MappingsCodec.encode(List.of(), List.of()))).isEqualTo(FileMappings.EMPTY);
  }

  @Test
  void round_trip_of_what_the_readers_read() {
    List<EntityMapping> animals = XmlMappingsTest.read("Animals.hbm.xml");
    assertThat(MappingsCodec.decode(MappingsCodec.encode(animals, List.of()))).isEqualTo(new FileMappings(animals, List.of()));
  }

  @Test
  void damaged_or_foreign_bytes_are_rejected() {
    byte[] bytes = MappingsCodec.encode(List.of(ORDER), List.of(REPOSITORY));
    assertThat(MappingsCodec.decode(new byte[0])).isNull();
    assertThat(MappingsCodec.decode(new byte[] {0, 0, 0, 9})).isNull();
    assertThat(MappingsCodec.decode(Arrays.copyOf(bytes, bytes.length - 1))).isNull();
    assertThat(MappingsCodec.decode(Arrays.copyOf(bytes, bytes.length + 1))).isNull();
    // An entity count far beyond the bytes left.
    byte[] hugeCount = bytes.clone();
    hugeCount[4] = 0x7f;
    assertThat(MappingsCodec.decode(hugeCount)).isNull();
    // An unknown kind.
    byte[] badKind = bytes.clone();
    badKind[8] = 9;
    assertThat(MappingsCodec.decode(badKind)).isNull();
    // A null where a class name must be.
    byte[] nullClass = bytes.clone();
    Arrays.fill(nullClass, 9, 13, (byte) 0xff);
    assertThat(MappingsCodec.decode(nullClass)).isNull();
  }
}
