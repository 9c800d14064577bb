package org.sonarreview.tree;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierSplitterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "batchSize|batch Size",
    "batch_size|batch size",
    "incomplete_proj_id|incomplete proj id",
    "HTTPServer|HTTP Server",
    "parseURL|parse URL",
    "userID|user ID",
    "consumerUuid|consumer Uuid",
    "MAX_RETRY_COUNT|MAX RETRY COUNT",
    "getURLs|get URLs",
    "IDsFor|IDs For",
    "base64Encode|base Encode",
    "utf8|utf",
    "_x|x",
    "x_|x",
    "$proxy|proxy",
    "findByAddress_ZipCode|find By Address Zip Code",
    "X|X",
    "a|a",
    "ABC|ABC",
    "aB|a B",
    "Ünïcödé_naïve|Ünïcödé naïve",
  })
  void splits_on_humps_underscores_digits_and_acronyms(String identifier, String words) {
    assertThat(IdentifierSplitter.split(identifier)).containsExactly(words.split(" "));
  }

  @ParameterizedTest
  @CsvSource({"''", "_", "__", "123", "$"})
  void identifiers_without_letters_have_no_words(String identifier) {
    assertThat(IdentifierSplitter.split(identifier)).isEmpty();
  }
}
