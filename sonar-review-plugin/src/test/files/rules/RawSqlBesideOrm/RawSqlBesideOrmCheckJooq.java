package com.acme;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;

class JooqDao {

  private final DSLContext dsl; // DSLContext is the first ORM use of the file
  private final JdbcTemplate jdbcTemplate;

  JooqDao(DSLContext dsl, JdbcTemplate jdbcTemplate) {
    this.dsl = dsl;
    this.jdbcTemplate = jdbcTemplate;
  }

  int count() {
    dsl.selectCount().from(DSL.table("users")).fetchOne(0, int.class);
    return jdbcTemplate.queryForObject("SELECT count(*) FROM users", Integer.class); // Noncompliant {{Use the ORM instead of raw SQL through 'JdbcTemplate.queryForObject'; this file already uses 'DSLContext'.}}
  }
}
