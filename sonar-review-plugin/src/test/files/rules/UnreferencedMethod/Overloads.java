package com.acme.app;

import java.util.Comparator;
import org.unknown.Order;
import org.unknown.Query;

public class Overloads {

  public String sorted(Query query, Order... orders) { // the overload the uncertain call is bound to
    return "o";
  }

  public String sorted(Query query, Comparator<String> sort) { // may be the uncertain call's real target
    return "s";
  }

  public void unusedOverload(String text) { // never called: the call below has a known argument type
  }

  public void unusedOverload(int number) { // called
  }

  public String calls(Query query, Comparator<String> sort) { // never called
    unusedOverload(1);
    return sorted(query.select(), sort);
  }
}
