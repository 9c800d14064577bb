/** A module. */
module com.acme {
  exports com.acme.api;
  // exports com.acme.internal;
  exports com.acme.friends to com.acme.tests;
}
