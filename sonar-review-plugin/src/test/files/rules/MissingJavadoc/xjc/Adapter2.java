package com.acme;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

public class Adapter2 extends XmlAdapter<String, Integer> { // Noncompliant {{Add a Javadoc comment to the public class 'Adapter2'.}}

  public Integer unmarshal(String value) {
    return Integer.valueOf(value);
  }

  public String marshal(Integer value) {
    return (value.toString());
  }
}
