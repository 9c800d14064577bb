package com.acme.cache;

public class Service {
  public String helper() {
    return "h";
  }
}
