package com.acme;

import org.unknown.BaseService;

/** Documented. */
public class UnknownParent extends BaseService {
  public void handle(String event) { // unknown supertype: may override a documented method, stay silent
    System.out.println(event);
    System.out.println(event);
  }
}
