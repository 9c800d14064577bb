package com.acme;

import java.util.Map;
import java.util.Set;

@SuppressWarnings({"rawtypes", "unused"})
class SuppressedByJavacKey {
}
