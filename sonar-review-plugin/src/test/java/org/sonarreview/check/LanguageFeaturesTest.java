package org.sonarreview.check;

import org.junit.jupiter.api.Test;
import org.sonar.java.model.JavaVersionImpl;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageFeaturesTest {

  @Test
  void suggestions_follow_the_source_version() {
    assertThat(LanguageFeatures.allowsVar(new JavaVersionImpl(8))).isFalse();
    assertThat(LanguageFeatures.allowsVar(new JavaVersionImpl(10))).isTrue();
    assertThat(LanguageFeatures.allowsInlineReturnTag(new JavaVersionImpl(11))).isFalse();
    assertThat(LanguageFeatures.allowsInlineReturnTag(new JavaVersionImpl(16))).isTrue();
    assertThat(LanguageFeatures.allowsUnnamedVariables(new JavaVersionImpl(21))).isFalse();
    assertThat(LanguageFeatures.allowsUnnamedVariables(new JavaVersionImpl(22))).isTrue();
  }

  @Test
  void unknown_version_allows_no_suggestion() {
    JavaVersionImpl unknown = new JavaVersionImpl();
    assertThat(LanguageFeatures.allowsVar(unknown)).isFalse();
    assertThat(LanguageFeatures.allowsUnnamedVariables(unknown)).isFalse();
  }
}
