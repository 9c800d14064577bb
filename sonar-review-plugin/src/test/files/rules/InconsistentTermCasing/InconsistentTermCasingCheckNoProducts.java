package com.acme;

class Dialects {

  // With no product names configured, `MySQL` is `My` and `SQL` like any other name.
  String buildSqlQuery;
  String parseSqlText;
  String mySQLDialect; // Noncompliant {{Rename 'mySQLDialect' to 'mySqlDialect': elsewhere this file spells 'SQL' as 'Sql' (2 names).}} [[secondary=6]]
}
