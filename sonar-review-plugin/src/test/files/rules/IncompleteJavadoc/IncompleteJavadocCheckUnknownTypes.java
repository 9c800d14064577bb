package com.acme;

import org.unknown.RepositoryException;
import org.unknown.BaseService;

/** A service. */
class UnknownTypes {
  /**
   * Unknown exception type: it may be unchecked, so no @throws is claimed missing.
   *
   * @param id the id
   */
  void load(int id) throws RepositoryException {
  }
}

/** A subclass. */
class UnknownParent extends BaseService {
  /**
   * May override a documented method of an unknown supertype.
   */
  public String handle(String event) {
    return event;
  }
}
