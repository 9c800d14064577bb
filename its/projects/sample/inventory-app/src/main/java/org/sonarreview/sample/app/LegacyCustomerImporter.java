package org.sonarreview.sample.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sonarreview.sample.model.Customer;

/** The importer of the old CSV layout; kept until the last tenant migrates. */
@SuppressWarnings({"unused", "rawtypes"})
public class LegacyCustomerImporter {

  private final Map columnsByTenant = new HashMap();

  public String describe(Customer customer) {
    return customer.getName() + " <" + customer.getEmail() + ">";
  }

  private String legacyHeader(String tenant) {
    return "name;email;" + tenant;
  }
}
