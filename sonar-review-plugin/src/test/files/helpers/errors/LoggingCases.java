package com.acme;

import java.io.IOException;

class LoggingCases {
  private static final org.slf4j.Logger SLF4J = org.slf4j.LoggerFactory.getLogger(LoggingCases.class);
  private static final org.apache.logging.log4j.Logger LOG4J = org.apache.logging.log4j.LogManager.getLogger();
  private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("x"); // Noncompliant {{LOGGER}}
  private static final org.apache.commons.logging.Log COMMONS = org.apache.commons.logging.LogFactory.getLog(LoggingCases.class);
  private static final System.Logger SYSTEM = System.getLogger("x");
  private final AuditLog audit = new AuditLog();
  private final MetricsLogger metrics = new MetricsLogger();
  private final StringBuilder text = new StringBuilder();

  void calls(IOException e) {
    SLF4J.warn("x", e); // Noncompliant {{LOGGER}}
    SLF4J.atWarn().setCause(e).log("x"); // Noncompliant 3
    LOG4J.error("x", e); // Noncompliant {{LOGGER}}
    LOG4J.atError().withThrowable(e).log("x"); // Noncompliant 3
    JUL.log(java.util.logging.Level.SEVERE, "x", e); // Noncompliant {{LOGGER}}
    COMMONS.error("x", e); // Noncompliant {{LOGGER}}
    SYSTEM.log(System.Logger.Level.ERROR, "x", e); // Noncompliant {{LOGGER}}
    audit.record(e); // Noncompliant {{LOGGER}}
    metrics.count("x"); // Noncompliant {{LOGGER}}
    text.append("x"); // not a logger
    SLF4J.atWarn(); // Noncompliant {{LOGGER}}
    e.getMessage(); // not a logger
    helper(e); // unqualified: a method of this class
    unknown.warn("x", e); // Noncompliant {{UNKNOWN}}
  }

  void helper(Exception e) {
  }

  static class AuditLog {
    void record(Exception e) {
    }
  }

  static class MetricsLogger {
    void count(String name) {
    }
  }
}
