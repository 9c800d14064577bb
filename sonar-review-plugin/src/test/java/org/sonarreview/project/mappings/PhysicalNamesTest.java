package org.sonarreview.project.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhysicalNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Consumers|consumers",
    "public.consumers|consumers",
    "\"Consumers\"|consumers",
    "\"public\".\"Consumers\"|consumers",
    "`order`|order",
    "[dbo].[Order Items]|order items",
    "  orders |orders"})
  void normalizes_sql_names(String sqlName, String normalized) {
    assertThat(PhysicalNames.normalize(sqlName)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PurchaseOrder|purchase_order",
    "lastName|last_name",
    "orderID|orderid",
    "HTMLParser|htmlparser",
    "address2Line|address2line",
    "order_lines|order_lines",
    "ORDERS|orders",
    "nameX|namex",
    "a.bC|a_bc"})
  void snake_cases_like_spring_boots_physical_naming(String logical, String physical) {
    assertThat(PhysicalNames.snakeCase(logical)).isEqualTo(physical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PurchaseOrder|purchaseorder,purchase_order",
    "crm.\"CLIENTS\"|clients",
    "id|id"})
  void candidates_are_the_name_as_written_and_in_snake_case(String logical, String candidates) {
    assertThat(PhysicalNames.candidates(logical)).containsExactly(candidates.split(","));
  }
}
