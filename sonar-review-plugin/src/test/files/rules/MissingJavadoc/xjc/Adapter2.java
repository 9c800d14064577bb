package com.acme;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

public class Adapter2 extends XmlAdapter<String, Integer> { // Deviation {{Add a Javadoc comment to the public class 'Adapter2': 98% of the 62 public types in package 'com.acme' have Javadoc.}}

  public Integer unmarshal(String value) {
    return Integer.valueOf(value);
  }

  public String marshal(Integer value) {
    return (value.toString());
  }
}
