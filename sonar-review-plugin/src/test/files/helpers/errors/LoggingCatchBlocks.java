package com.acme;

import java.io.IOException;

class LoggingCatchBlocks {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoggingCatchBlocks.class);

  void blocks() {
    try {
      run();
    } catch (IOException e) {
      LOG.warn("passes it", e);
      LOG.warn("does not pass it"); // Noncompliant {{logs without the exception}}
    }
    try {
      run();
    } catch (IOException e) {
      LOG.atWarn().setCause(e).log("passes it through the chain");
    }
    try {
      run();
    } catch (IOException e) {
      Runnable later = () -> LOG.warn("in a lambda: runs later");
      unknown.warn("unknown receiver");
    }
  }

  void run() throws IOException {
  }
}
