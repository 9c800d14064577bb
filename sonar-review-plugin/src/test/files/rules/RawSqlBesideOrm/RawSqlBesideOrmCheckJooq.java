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
    return jdbcTemplate.queryForObject("SELECT count(*) FROM users", Integer.class); // Noncompliant {{This SELECT reads 'users', which 'User' maps; query it through the 'DSLContext'.}}
  }
}

@jakarta.persistence.Entity
@jakarta.persistence.Table(name = "users")
class User {
  @jakarta.persistence.Id
  Long id;
  String username;
  int touched;
}
