package org.sonarreview.sample.app;

import java.util.Set;
import org.sonarreview.sample.model.Customer;

/** The importer of the old CSV layout; kept until the last tenant migrates. */
@SuppressWarnings("unused")
public class LegacyCustomerImporter {

  public String describe(Customer customer) {
    return customer.getName() + " <" + customer.getEmail() + ">";
  }
}
