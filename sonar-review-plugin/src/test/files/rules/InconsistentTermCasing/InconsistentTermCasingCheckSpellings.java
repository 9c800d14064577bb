package com.acme;

import java.net.HttpURLConnection;
import java.util.UUID;

class Consumers {

  private String consumerUuid;
  private UUID consumerUUID; // Noncompliant {{Rename 'consumerUUID' to 'consumerUuid': elsewhere this file spells 'UUID' as 'Uuid' (1 name).}} [[secondary=8]]

  void connect(HttpURLConnection httpURLConnection) { // named after its type: spelled as the type is
  }

  String loadUrl() {
    return "";
  }
}

class Dialects {

  // Product names keep their vendor's casing: `SQL` in `MySQL` is not the term `Sql` of the names below.
  String mySQLDialect;
  String postgreSQLDriver;
  String sqliteFile;
  String buildSqlQuery;
  String parseSqlText;
  String renderSQLText; // Noncompliant {{Rename 'renderSQLText' to 'renderSqlText': elsewhere this file spells 'SQL' as 'Sql' (2 names).}} [[secondary=25]]
}

class GeneratedTables {

  // A leading `_` does not stop a name from being an UPPER_SNAKE constant.
  static final String[] _LITERAL_NAMES = {};
  static final String[] _SYMBOLIC_NAMES = {};
  String[] symbolicNames;
  String[] literalNames;
}

class Listeners {

  // UPPER_SNAKE parts repeat the name of a constant (an event type), not the author's spelling of a word.
  Object listenerGroup_POST_LOAD;
  Object listenerGroup_PRE_UPDATE;
  Object listenerGroup_POST_UPDATE;

  void firePostLoad() {
  }

  void firePreUpdate() {
  }
}

class TracedRecord extends java.util.logging.LogRecord {

  // The field repeats the name of the accessor it backs, which the JDK chose.
  private int threadID;

  TracedRecord() {
    super(java.util.logging.Level.INFO, "");
  }

  @Override
  public int getThreadID() {
    return threadID;
  }

  void trace(int[] threads) {
    int lastThreadId = threads[0];
  }
}
