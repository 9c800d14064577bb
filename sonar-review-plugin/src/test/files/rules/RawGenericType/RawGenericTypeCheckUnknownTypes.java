package com.acme;

import org.unknown.Repository;
import org.unknown.Page;

class UnknownTypes {
  Repository repository; // unknown type: cannot tell whether it is generic
  Page page = new Page();
  Object cast = (Page) null;

  Page find(Repository repository) {
    return null;
  }
}
