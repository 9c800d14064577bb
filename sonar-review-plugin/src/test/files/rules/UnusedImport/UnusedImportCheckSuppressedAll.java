package com.acme;

import java.util.Map;

@SuppressWarnings({"all", "unchecked", "CheckReturnValue"})
class HqlParser {
}
