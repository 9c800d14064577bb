package org.sonarreview.check;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw {@code @RuleProperty} strings and numbers into checked values. A bad value never stops the
 * analysis: it is logged once, naming the rule and the parameter, and the default is used instead.
 */
public final class RuleParameters {

  private static final Logger LOG = LoggerFactory.getLogger(RuleParameters.class);

  private final String ruleKey;
  private final Consumer<String> warnings;

  public RuleParameters(String ruleKey) {
    this(ruleKey, LOG::warn);
  }

  /** For tests: collects the warnings instead of logging them. */
  RuleParameters(String ruleKey, Consumer<String> warnings) {
    this.ruleKey = ruleKey;
    this.warnings = warnings;
  }

  /** A regular expression; an empty value means "matches nothing". */
  public Pattern regex(String parameter, String value, String defaultValue) {
    try {
      return compile(value);
    } catch (PatternSyntaxException e) {
      warn(parameter, value, "is not a valid regular expression (" + e.getDescription() + ")", defaultValue);
      return compile(defaultValue);
    }
  }

  /** A whole number no smaller than {@code minimum}. */
  public int atLeast(String parameter, int value, int minimum, int defaultValue) {
    if (value < minimum) {
      warn(parameter, Integer.toString(value), "must be at least " + minimum, Integer.toString(defaultValue));
      return defaultValue;
    }
    return value;
  }

  /** A whole number from {@code minimum} to {@code maximum}. */
  public int between(String parameter, int value, int minimum, int maximum, int defaultValue) {
    if (value < minimum || value > maximum) {
      warn(parameter, Integer.toString(value), "must be from " + minimum + " to " + maximum, Integer.toString(defaultValue));
      return defaultValue;
    }
    return value;
  }

  /** A comma-separated list of words, trimmed and lower-cased; empty entries are dropped. */
  public static List<String> words(String value) {
    return Arrays.stream(value.split(","))
      .map(word -> word.trim().toLowerCase(Locale.ROOT))
      .filter(word -> !word.isEmpty())
      .toList();
  }

  /**
   * A comma-separated list that names every one of the {@code allowed} words exactly once, in any order
   * (case-insensitive): an ordering such as {@code staticFields,instanceFields,methods}.
   */
  public List<String> permutation(String parameter, String value, List<String> allowed, String defaultValue) {
    List<String> result = words(value);
    List<String> expected = allowed.stream().map(word -> word.toLowerCase(Locale.ROOT)).sorted().toList();
    if (!result.stream().sorted().toList().equals(expected)) {
      warn(parameter, value, "must name each of " + String.join(", ", allowed) + " exactly once", defaultValue);
      return words(defaultValue);
    }
    return result;
  }

  /** A comma-separated list of names, such as type names, trimmed and with their case kept; empty entries are dropped. */
  public static List<String> names(String value) {
    return Arrays.stream(value.split(","))
      .map(String::trim)
      .filter(name -> !name.isEmpty())
      .toList();
  }

  /** A comma-separated list of {@code key=value} pairs, such as {@code proj=project,cnt=count}. */
  public Map<String, String> pairs(String parameter, String value, String defaultValue) {
    Map<String, String> result = parsePairs(value);
    if (result == null) {
      warn(parameter, value, "must be a comma-separated list of word=expansion pairs", defaultValue);
      return parsePairs(defaultValue);
    }
    return result;
  }

  private static Map<String, String> parsePairs(String value) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String entry : words(value)) {
      int equals = entry.indexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        return null;
      }
      result.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
    }
    return result;
  }

  private static Pattern compile(String regex) {
    return regex.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(regex);
  }

  private void warn(String parameter, String value, String problem, String defaultValue) {
    warnings.accept(String.format("Rule review:%s: parameter '%s' value '%s' %s; using the default '%s' instead.",
      ruleKey, parameter, value, problem, defaultValue));
  }
}
