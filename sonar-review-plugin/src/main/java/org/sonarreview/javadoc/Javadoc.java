package org.sonarreview.javadoc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a doc comment says: its main description, its block tags ({@code @param}, {@code @throws}, ...)
 * and its inline tags ({@code {@link}}, {@code {@return}}, ...), wherever they stand.
 *
 * @param description the main description, inline tags included as written
 * @param blockTags the block tags in source order
 * @param inlineTags the inline tags of the description and of the block tags
 * @param markdownReferences the targets of Markdown reference links ({@code [Foo#bar()]}) of a {@code ///} comment
 * @param line the line where the comment starts
 */
public record Javadoc(String description, List<BlockTag> blockTags, List<InlineTag> inlineTags,
  List<String> markdownReferences, int line) {

  /** Block tags whose argument is a program element: their first word is a reference. */
  private static final Set<String> REFERENCING_BLOCK_TAGS = Set.of("see", "throws", "exception");
  /** Inline tags whose argument is a program element. */
  private static final Set<String> REFERENCING_INLINE_TAGS = Set.of("link", "linkplain", "value");
  private static final Pattern JAVA_IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

  /** A block tag: {@code @param name description}; {@code name} is null for tags without one. */
  public record BlockTag(String tagName, String name, String content) {
  }

  /** An inline tag: {@code {@link content}}. */
  public record InlineTag(String tagName, String content) {
  }

  /** The block tags with this name ({@code "param"}, {@code "throws"}, ...). */
  public List<BlockTag> blockTags(String tagName) {
    return blockTags.stream().filter(tag -> tag.tagName().equals(tagName)).toList();
  }

  /** True when an inline tag with this name ({@code "inheritDoc"}, {@code "return"}) is present. */
  public boolean hasInlineTag(String tagName) {
    return inlineTags.stream().anyMatch(tag -> tag.tagName().equals(tagName));
  }

  /**
   * Every identifier written in a reference of this comment: {@code {@link Map.Entry#getKey()}} gives
   * {@code Map}, {@code Entry}, {@code getKey}; {@code @see Foo#bar(List, int[])} gives {@code Foo},
   * {@code bar}, {@code List}, {@code int}.
   */
  public Set<String> referencedIdentifiers() {
    Set<String> identifiers = new LinkedHashSet<>();
    for (BlockTag tag : blockTags) {
      if (REFERENCING_BLOCK_TAGS.contains(tag.tagName())) {
        addIdentifiers(tag.name() != null ? tag.name() : firstReference(tag.content()), identifiers);
      }
    }
    for (InlineTag tag : inlineTags) {
      if (REFERENCING_INLINE_TAGS.contains(tag.tagName())) {
        addIdentifiers(firstReference(tag.content()), identifiers);
      }
    }
    markdownReferences.forEach(reference -> addIdentifiers(reference, identifiers));
    return identifiers;
  }

  /** The reference part of a tag argument: up to the closing parenthesis of a member, else the first word. */
  private static String firstReference(String content) {
    String trimmed = content.strip();
    int paren = trimmed.indexOf('(');
    int space = indexOfWhitespace(trimmed);
    if (paren >= 0 && (space < 0 || paren < space)) {
      int close = trimmed.indexOf(')', paren);
      return close < 0 ? trimmed : trimmed.substring(0, close + 1);
    }
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  private static int indexOfWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static void addIdentifiers(String reference, Set<String> identifiers) {
    Matcher matcher = JAVA_IDENTIFIER.matcher(reference);
    while (matcher.find()) {
      identifiers.add(matcher.group());
    }
  }
}
