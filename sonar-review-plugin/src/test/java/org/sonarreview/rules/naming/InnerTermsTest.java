package org.sonarreview.rules.naming;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sonarreview.tree.IdentifierSplitter.Word;
import org.sonarreview.tree.IdentifierSplitter;

import static org.assertj.core.api.Assertions.assertThat;

class InnerTermsTest {

  private final InnerTerms innerTerms = new InnerTerms(List.of("MySQL", "SQLite"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "userID|ID@4",
    "parseURLText|URL@5 Text@8",
    "UserAccount|Account@4",
    "batch_size|''",
    "getX|''",
    "listenerGroup_POST_LOAD|Group@8",
    "preUpdate_HTTP_Server|Update@3 Server@15",
    "MySQLSqlAstTranslator|Sql@5 Ast@8 Translator@11",
    "openMysqlConnection|Connection@9",
    "mySQLiteFile|File@8",
    "mySQLsCount|SQLs@2 Count@6",
  })
  void keeps_the_words_whose_casing_the_author_chose(String name, String expected) {
    List<String> words = innerTerms.of(name).stream().map(InnerTermsTest::describe).toList();
    assertThat(words).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
  }

  private static String describe(Word word) {
    return word.text() + "@" + word.start();
  }
}
