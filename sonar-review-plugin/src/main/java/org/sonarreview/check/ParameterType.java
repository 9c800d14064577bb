package org.sonarreview.check;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a rule parameter holds and when its value is invalid: a whole number with a minimum, a regular expression,
 * a word list... Each type reads a {@code @RuleProperty} field of one Java type ({@code int} or {@code String}) and
 * checks it with {@link RuleParameters}, which logs a bad value and falls back to the default.
 *
 * @param <T> what the rule uses: {@code Integer}, {@code Pattern}, {@code List<String>}, or what {@link #map} makes of it
 */
public final class ParameterType<T> {

  /** Turns the field's value into the parameter's, or, logging why, the default into it. */
  @FunctionalInterface
  interface Reader<T> {
    T read(RuleParameters parameters, String key, Object value, String defaultValue);
  }

  private final Class<?> fieldType;
  private final Reader<T> reader;

  private ParameterType(Class<?> fieldType, Reader<T> reader) {
    this.fieldType = fieldType;
    this.reader = reader;
  }

  /** An {@code int} field: a whole number no smaller than {@code minimum}. */
  public static ParameterType<Integer> atLeast(int minimum) {
    return new ParameterType<>(int.class,
      (parameters, key, value, defaultValue) -> parameters.atLeast(key, (Integer) value, minimum, Integer.parseInt(defaultValue)));
  }

  /** An {@code int} field: a whole number from {@code minimum} to {@code maximum}. */
  public static ParameterType<Integer> between(int minimum, int maximum) {
    return new ParameterType<>(int.class, (parameters, key, value, defaultValue) ->
      parameters.between(key, (Integer) value, minimum, maximum, Integer.parseInt(defaultValue)));
  }

  /** A {@code String} field: a regular expression; an empty value matches nothing. */
  public static ParameterType<Pattern> regex() {
    return new ParameterType<>(String.class,
      (parameters, key, value, defaultValue) -> parameters.regex(key, (String) value, defaultValue));
  }

  /** A {@code String} field: a comma-separated list of words, trimmed and lower-cased; empty entries dropped. */
  public static ParameterType<List<String>> words() {
    return new ParameterType<>(String.class, (parameters, key, value, defaultValue) -> RuleParameters.words((String) value));
  }

  /** A {@code String} field: a comma-separated list of names, trimmed, their case kept; empty entries dropped. */
  public static ParameterType<List<String>> names() {
    return new ParameterType<>(String.class, (parameters, key, value, defaultValue) -> RuleParameters.names((String) value));
  }

  /** A {@code String} field: a comma-separated list of {@code key=value} pairs, such as {@code proj=project}. */
  public static ParameterType<Map<String, String>> pairs() {
    return new ParameterType<>(String.class,
      (parameters, key, value, defaultValue) -> parameters.pairs(key, (String) value, defaultValue));
  }

  /** A {@code String} field: a comma-separated list naming each of {@code allowed} exactly once, in any order. */
  public static ParameterType<List<String>> permutation(List<String> allowed) {
    return new ParameterType<>(String.class,
      (parameters, key, value, defaultValue) -> parameters.permutation(key, (String) value, allowed, defaultValue));
  }

  /** The same parameter, turned once, after checking, into what the rule works with (a set, an index...). */
  public <R> ParameterType<R> map(Function<? super T, ? extends R> conversion) {
    return new ParameterType<>(fieldType,
      (parameters, key, value, defaultValue) -> conversion.apply(reader.read(parameters, key, value, defaultValue)));
  }

  Class<?> fieldType() {
    return fieldType;
  }

  T read(RuleParameters parameters, String key, Object value, String defaultValue) {
    return reader.read(parameters, key, value, defaultValue);
  }
}
