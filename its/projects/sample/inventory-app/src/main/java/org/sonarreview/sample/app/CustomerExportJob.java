package org.sonarreview.sample.app;

import java.util.Locale;

/** Exports customers to the accounting system. */
@SuppressWarnings({"review:UnusedImport", "review:UnreferencedMethod"})
public class CustomerExportJob {

  @SuppressWarnings("review:ComplexMethodSignature")
  public String export(String target, String tenant, String region, String currency, int batchSize, int maxRetries,
    boolean dryRun, boolean verbose) {
    return String.join("/", target, tenant, region, currency) + (dryRun ? " (dry run)" : "") + (verbose ? " verbose" : "")
      + " batches of " + batchSize + ", " + maxRetries + " retries";
  }
}
