package shop.dao;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** A JDBC-only read-side class: plain JDBC is a valid design, even on mapped tables. */
class ReadSideQueries {
  private final JdbcTemplate jdbcTemplate;

  ReadSideQueries(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  List<Map<String, Object>> names() {
    return jdbcTemplate.queryForList("select name from consumers");
  }
}
