package org.sonarreview.rules.comments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JavaCodeDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    " foo(bar);",
    " int count = 0;",
    " x++;",
    " List<String> names;",
    " return null;",
    " if (x > 1) {\n   run();\n }",
    " private String name;",
    " String name = \"http://example.com\";",
    " public void run() {\n  stop();\n }",
    " import java.util.List;",
    " package com.acme;",
    " class Foo {\n }",
    " for (int i = 0; i < 3; i++) {\n   log(i);\n }",
    " this.name = name;",
    " new Thread(task).start();",
    " record Point(int x, int y) { }",
    " builder.add(1)\n     .build();",
  })
  void code(String text) {
    assertThat(JavaCodeDetector.isCode(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    " See below;",
    " Note: this is important;",
    " http://example.com/path;",
    " https://example.com/{id}",
    " return;",
    " }",
    " break;",
    " foo();  but it is prose",
    " Do nothing;",
    " TODO: remove this;",
    " a - b;",
    " the value of x;",
    " Copyright 2024 ACME. Licensed under the Apache License; see LICENSE;",
    " Example: <pre> foo(); </pre>",
    " use {@code foo();}",
    " name;",
    " we call foo(); then bar();",
    " ;",
    " (see above);",
    " fall through;",
    " e.g. foo();",
    " map.put(\"a\", 1); // legacy",
  })
  void not_code(String text) {
    assertThat(JavaCodeDetector.isCode(text)).as(text).isFalse();
  }
}
