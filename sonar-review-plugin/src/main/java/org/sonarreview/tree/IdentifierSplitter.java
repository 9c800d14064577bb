package org.sonarreview.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an identifier into its words: on camel humps, {@code _}, {@code $}, digits and acronym runs.
 * {@code HTTPServer} gives {@code HTTP}, {@code Server}; {@code incomplete_proj_id} gives {@code incomplete},
 * {@code proj}, {@code id}; {@code parseURLs} gives {@code parse}, {@code URLs}. Digits separate words
 * and are dropped. Words keep their spelling: comparing spellings is the callers' business.
 */
public final class IdentifierSplitter {

  private IdentifierSplitter() {
  }

  public static List<String> split(String identifier) {
    return words(identifier).stream().map(Word::text).toList();
  }

  /** The words of an identifier with where each starts in it. */
  public static List<Word> words(String identifier) {
    List<Word> words = new ArrayList<>();
    int length = identifier.length();
    int i = 0;
    while (i < length) {
      if (!Character.isLetter(identifier.charAt(i))) {
        i++;
        continue;
      }
      int end = endOfWord(identifier, i);
      words.add(new Word(identifier.substring(i, end), i));
      i = end;
    }
    return words;
  }

  /** One word of an identifier, starting at {@code start}. */
  public record Word(String text, int start) {
    public int end() {
      return start + text.length();
    }
  }

  /** The end (exclusive) of the word that starts at {@code start}, which is a letter. */
  private static int endOfWord(String identifier, int start) {
    int length = identifier.length();
    int i = start + 1;
    if (Character.isUpperCase(identifier.charAt(start)) && i < length && Character.isUpperCase(identifier.charAt(i))) {
      // An acronym run: HTTPServer -> HTTP + Server, URLs -> URLs.
      while (i < length && Character.isUpperCase(identifier.charAt(i))) {
        i++;
      }
      if (i < length && Character.isLowerCase(identifier.charAt(i))) {
        if (isPluralSuffix(identifier, i)) {
          return i + 1;
        }
        return i - 1;
      }
      return i;
    }
    while (i < length && Character.isLowerCase(identifier.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A lone {@code s} after an acronym, ending the word: {@code URLs}, {@code IDsFor}. */
  private static boolean isPluralSuffix(String identifier, int index) {
    return identifier.charAt(index) == 's'
      && (index + 1 == identifier.length() || !Character.isLowerCase(identifier.charAt(index + 1)));
  }
}
