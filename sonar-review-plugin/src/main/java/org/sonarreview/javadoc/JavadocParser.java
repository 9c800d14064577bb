package org.sonarreview.javadoc;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.javadoc.JavadocBlockTag;
import com.github.javaparser.javadoc.description.JavadocDescription;
import com.github.javaparser.javadoc.description.JavadocDescriptionElement;
import com.github.javaparser.javadoc.description.JavadocInlineTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of a {@code /**} or {@code ///} comment with JavaParser's Javadoc parser into our
 * {@link Javadoc} model, so that no rule depends on JavaParser directly.
 */
public final class JavadocParser {

  /** Markdown reference links: {@code [Foo]}, {@code [text][Foo#bar()]}. */
  private static final Pattern MARKDOWN_REFERENCE = Pattern.compile("\\[([^\\[\\]\\s]+)]");
  private static final Pattern MARKDOWN_LINE_PREFIX = Pattern.compile("(?m)^\\s*///");

  private JavadocParser() {
  }

  /** Parses a whole {@code /** ... *}{@code /} comment as written in source. */
  public static Javadoc parseBlockComment(String comment, int line) {
    String content = comment;
    if (content.startsWith("/**")) {
      content = content.substring(3);
    }
    if (content.endsWith("*/")) {
      content = content.substring(0, content.length() - 2);
    }
    return parse(content, List.of(), line);
  }

  /** Parses consecutive {@code ///} lines, given with their {@code ///} prefixes. */
  public static Javadoc parseMarkdownComment(String lines, int line) {
    String content = MARKDOWN_LINE_PREFIX.matcher(lines).replaceAll("");
    List<String> references = new ArrayList<>();
    Matcher matcher = MARKDOWN_REFERENCE.matcher(content);
    while (matcher.find()) {
      references.add(matcher.group(1));
    }
    return parse(content, references, line);
  }

  private static Javadoc parse(String content, List<String> markdownReferences, int line) {
    com.github.javaparser.javadoc.Javadoc parsed = StaticJavaParser.parseJavadoc(content);
    List<Javadoc.InlineTag> inlineTags = new ArrayList<>();
    collectInlineTags(parsed.getDescription(), inlineTags);
    List<Javadoc.BlockTag> blockTags = new ArrayList<>();
    for (JavadocBlockTag tag : parsed.getBlockTags()) {
      collectInlineTags(tag.getContent(), inlineTags);
      blockTags.add(new Javadoc.BlockTag(tag.getTagName(), tag.getName().orElse(null), tag.getContent().toText().strip()));
    }
    return new Javadoc(parsed.getDescription().toText().strip(), blockTags, inlineTags, markdownReferences, line);
  }

  private static void collectInlineTags(JavadocDescription description, List<Javadoc.InlineTag> into) {
    for (JavadocDescriptionElement element : description.getElements()) {
      if (element instanceof JavadocInlineTag tag) {
        into.add(new Javadoc.InlineTag(tag.getName(), tag.getContent().strip()));
      }
    }
  }
}
