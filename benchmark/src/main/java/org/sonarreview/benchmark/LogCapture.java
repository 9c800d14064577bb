package org.sonarreview.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Routes every log event of the analysis into one file per run and counts the ones that matter:
 * parse failures, rule exceptions (per rule key), stack overflows, batch failures, other errors and warnings.
 * The patterns are the messages of SonarJava 8.22 (JavaAstScanner, VisitorsBridge, JavaFrontend).
 */
final class LogCapture extends AppenderBase<ILoggingEvent> {

  private static final Pattern PARSE_FAILURE = Pattern.compile("^Unable to parse source file : '(.*)'$");
  private static final Pattern RULE_EXCEPTION = Pattern.compile("^Unable to run check (\\S+ \\S+) - (\\S*) on file '(.*?)'");
  private static final Pattern STACK_OVERFLOW = Pattern.compile("^A stack overflow error occurred while analyzing file: '(.*)'");
  private static final Pattern UNRESOLVED = Pattern.compile("^Unresolved imports/types have been detected");

  /** What one run logged. */
  static final class Counts {
    final Map<String, Integer> parseFailuresByFile = new TreeMap<>();
    final Map<String, Integer> ruleExceptionsByRule = new TreeMap<>();
    final Map<String, String> firstRuleExceptionByRule = new TreeMap<>();
    int stackOverflows;
    int batchFailures;
    int errors;
    int warnings;
    boolean unresolvedTypesReported;

    int parseFailures() {
      return parseFailuresByFile.size();
    }

    int ruleExceptions() {
      return ruleExceptionsByRule.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private Counts counts = new Counts();
  private PrintWriter out;

  static LogCapture install() {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    ctx.reset();
    LogCapture capture = new LogCapture();
    capture.setContext(ctx);
    capture.setName("benchmark-capture");
    capture.start();
    Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(capture);
    // The list of unresolved types and preview features goes into each run's log (SonarJava limits it to 50).
    ctx.getLogger("org.sonar.java.SonarComponents").setLevel(Level.DEBUG);
    return capture;
  }

  synchronized void beginRun(Path logFile) throws IOException {
    Files.createDirectories(logFile.getParent());
    counts = new Counts();
    out = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8));
  }

  synchronized Counts endRun() {
    if (out != null) {
      out.close();
      out = null;
    }
    return counts;
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    String msg = event.getFormattedMessage();
    if (out != null) {
      out.println(event.getLevel() + " " + event.getLoggerName() + " - " + msg);
      IThrowableProxy t = event.getThrowableProxy();
      while (t != null) {
        out.println("  caused by " + t.getClassName() + ": " + t.getMessage());
        var frames = t.getStackTraceElementProxyArray();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
          out.println("    at " + frames[i].getStackTraceElement());
        }
        t = t.getCause();
      }
    }
    if (event.getLevel() == Level.ERROR) {
      counts.errors++;
    } else if (event.getLevel() == Level.WARN) {
      counts.warnings++;
    }
    Matcher m = PARSE_FAILURE.matcher(msg);
    if (m.find()) {
      counts.parseFailuresByFile.merge(m.group(1), 1, Integer::sum);
      return;
    }
    m = RULE_EXCEPTION.matcher(msg);
    if (m.find()) {
      String rule = m.group(2).isEmpty() ? m.group(1) : m.group(2);
      counts.ruleExceptionsByRule.merge(rule, 1, Integer::sum);
      IThrowableProxy t = event.getThrowableProxy();
      counts.firstRuleExceptionByRule.putIfAbsent(rule, "file " + m.group(3)
        + (t == null ? "" : ": " + t.getClassName() + ": " + t.getMessage()));
      return;
    }
    if (STACK_OVERFLOW.matcher(msg).find()) {
      counts.stackOverflows++;
    } else if (msg.startsWith("Batch Mode failed")) {
      counts.batchFailures++;
    } else if (UNRESOLVED.matcher(msg).find()) {
      counts.unresolvedTypesReported = true;
    }
  }
}
