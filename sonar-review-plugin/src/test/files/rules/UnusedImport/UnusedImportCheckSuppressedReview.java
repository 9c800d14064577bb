package com.acme;

import java.util.Map;

@SuppressWarnings("review:UnusedImport")
class Suppressed {
}
