package com.acme.app;

class Client {
  String run(com.acme.cache.Service service) {
    return "no longer calls helper";
  }
}
