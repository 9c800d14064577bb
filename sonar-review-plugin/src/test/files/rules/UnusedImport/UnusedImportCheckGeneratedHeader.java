// Generated from JpqlParser.g4 by ANTLR 4.13.0
package com.acme;

import java.util.Map;

class JpqlParser {
  int rule_name_snake;
}
