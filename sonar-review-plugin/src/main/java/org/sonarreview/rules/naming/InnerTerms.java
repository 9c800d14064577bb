package org.sonarreview.rules.naming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sonarreview.tree.IdentifierSplitter.Word;
import org.sonarreview.tree.IdentifierSplitter;

/**
 * The words of a name whose casing is the author's choice of spelling for a term: {@code userID} gives {@code ID}.
 * Left out: the first word (Java's convention lowercases it), one-letter and lowercase words, the parts of a name
 * written in UPPER_SNAKE ({@code POST} and {@code LOAD} in {@code listeners_POST_LOAD} repeat a constant's name),
 * product names, whose casing is the vendor's ({@code MySQL} is not the term {@code SQL} after {@code My}), and, when
 * the caller gives them, the names of types the name repeats.
 */
public final class InnerTerms {

  private final List<String> productNames;

  /** @param productNames product names matched case-insensitively, such as {@code MySQL} */
  public InnerTerms(Collection<String> productNames) {
    this.productNames = productNames.stream().map(name -> name.toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty()).toList();
  }

  public List<Word> of(String name) {
    return of(name, List.of());
  }

  /**
   * As {@link #of(String)}, also leaving out where one of {@code typeNames} appears, spelled exactly, as whole words:
   * {@code SQLException} in {@code getSQLException} or {@code UncategorizedSQLException} follows that type.
   */
  public List<Word> of(String name, Collection<String> typeNames) {
    List<Word> words = IdentifierSplitter.words(name);
    List<int[]> vendorSpelled = new ArrayList<>(spans(name.toLowerCase(Locale.ROOT), productNames, words));
    vendorSpelled.addAll(spans(name, typeNames, words));
    vendorSpelled.addAll(upperSnakeSpans(name));
    List<Word> terms = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      Word word = words.get(i);
      if (word.text().length() > 1 && Character.isUpperCase(word.text().charAt(0)) && !isInside(word, vendorSpelled)) {
        terms.add(word);
      }
    }
    return terms;
  }

  /** Where one of {@code names} appears as whole words: {@code mysql} in {@code mysqldialect}, not in {@code mysqlite}. */
  private static List<int[]> spans(String name, Collection<String> names, List<Word> words) {
    List<int[]> spans = new ArrayList<>();
    for (String embedded : names) {
      if (embedded.isEmpty()) {
        continue;
      }
      for (int start = name.indexOf(embedded); start >= 0; start = name.indexOf(embedded, start + 1)) {
        int from = start;
        int to = start + embedded.length();
        if (words.stream().anyMatch(word -> word.start() == from) && words.stream().anyMatch(word -> word.end() == to)) {
          spans.add(new int[] {from, to});
        }
      }
    }
    return spans;
  }

  /** The runs of capitals and digits between underscores: {@code POST} and {@code LOAD} in {@code group_POST_LOAD}. */
  private static List<int[]> upperSnakeSpans(String name) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    while (start <= name.length()) {
      int end = name.indexOf('_', start);
      if (end < 0) {
        end = name.length();
      }
      if (end > start && name.substring(start, end).chars().noneMatch(Character::isLowerCase)) {
        spans.add(new int[] {start, end});
      }
      start = end + 1;
    }
    return spans;
  }

  private static boolean isInside(Word word, List<int[]> spans) {
    return spans.stream().anyMatch(span -> span[0] <= word.start() && word.end() <= span[1]);
  }
}
