package org.sonarreview.javadoc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class JavadocParserTest {

  @Test
  void block_tags_with_names_and_multi_line_descriptions() {
    Javadoc javadoc = JavadocParser.parseBlockComment("""
      /**
       * Moves the order.
       * Second line of the description.
       *
       * @param <T> the payload type
       * @param order the order
       *              to move, on two lines
       * @return the new position
       * @throws IllegalStateException when closed
       * @exception java.io.IOException on disk failure
       */""", 3);
    assertThat(javadoc.line()).isEqualTo(3);
    assertThat(javadoc.description()).contains("Moves the order.").contains("Second line");
    assertThat(javadoc.blockTags()).extracting(Javadoc.BlockTag::tagName, Javadoc.BlockTag::name)
      .containsExactly(
        tuple("param", "<T>"),
        tuple("param", "order"),
        tuple("return", null),
        tuple("throws", "IllegalStateException"),
        tuple("exception", "java.io.IOException"));
    assertThat(javadoc.blockTags("param").get(1).content()).contains("to move, on two lines");
    assertThat(javadoc.blockTags("return").get(0).content()).isEqualTo("the new position");
  }

  @Test
  void inline_tags_in_description_and_block_tags() {
    Javadoc javadoc = JavadocParser.parseBlockComment("""
      /**
       * {@return the total} Uses {@link java.util.Map.Entry#getKey() key} and {@linkplain Order order}.
       * {@inheritDoc}
       * @see Other#run(java.util.List, int[])
       * @param value a {@code String} like {@link Currency}
       */""", 1);
    assertThat(javadoc.inlineTags()).extracting(Javadoc.InlineTag::tagName)
      .containsExactly("return", "link", "linkplain", "inheritDoc", "code", "link");
    assertThat(javadoc.hasInlineTag("inheritDoc")).isTrue();
    assertThat(javadoc.hasInlineTag("return")).isTrue();
    assertThat(javadoc.referencedIdentifiers())
      .containsExactlyInAnyOrder("Other", "run", "java", "util", "List", "int", "Map", "Entry", "getKey", "Order", "Currency");
  }

  @Test
  void markdown_comments_read_tags_and_reference_links() {
    Javadoc javadoc = JavadocParser.parseMarkdownComment("""
      /// Computes with [Instant] and [the date][LocalDate#now()].
      ///
      /// @param zone the [ZoneId] to use
      /// @return the time""", 7);
    assertThat(javadoc.blockTags()).extracting(Javadoc.BlockTag::tagName).containsExactly("param", "return");
    assertThat(javadoc.blockTags("param").get(0).name()).isEqualTo("zone");
    assertThat(javadoc.referencedIdentifiers()).contains("Instant", "LocalDate", "now", "ZoneId");
  }

  @Test
  void empty_and_malformed_comments_do_not_throw() {
    assertThat(JavadocParser.parseBlockComment("/***/", 1).blockTags()).isEmpty();
    assertThat(JavadocParser.parseBlockComment("/** {@link */", 1).description()).isNotNull();
    assertThat(JavadocParser.parseBlockComment("/** @param */", 1).blockTags()).hasSize(1);
  }
}
