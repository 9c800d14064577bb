package com.acme;

import org.unknown.Library;
import org.unknown.Widget;
import org.unknown.Query;
import org.unknown.Order;
import java.util.Comparator;
import java.util.List;

class UnresolvedTypes {

  private Widget widget;

  void run(Library library) {
    library.register(this::callback);
    Library.apply(convert(widget.size()));
  }

  private void callback(Widget w) { // used through an unresolved call: stays silent
  }

  private int convert(Object size) { // argument type unknown: stays silent
    return 0;
  }

  private void unusedButSameNameUnresolved() {
  }

  void other(Library library) {
    library.unusedButSameNameUnresolved();
  }

  private void reallyUnused() { // Noncompliant {{Remove the unused private method 'reallyUnused'.}}
  }

}

/** A call whose argument types are unknown may bind to the wrong overload: every overload of that name stays. */
class OverloadsWithUnknownArguments<T> {

  private Query<T> query;

  List<T> byOrders(Order... orders) {
    return executeSorted(query.select(), orders);
  }

  List<T> bySort(Comparator<T> sort) {
    return executeSorted(query.select(), sort);
  }

  private List<T> executeSorted(Query<T> q, Order... orders) {
    return executeSorted(q, new Sorted(orders));
  }

  private List<T> executeSorted(Query<T> q, Comparator<T> sort) {
    return q.fetch(sort);
  }

  private void unusedOverload(String s) { // Noncompliant {{Remove the unused private method 'unusedOverload'.}}
  }

  private void unusedOverload(int i) {
  }

  void resolvedCall() {
    unusedOverload(1);
  }
}

/** The same for constructors: {@code new} with an argument of unknown type. */
class ConstructorsWithUnknownArguments {

  private ConstructorsWithUnknownArguments(Comparator<String> sort) {
  }

  private ConstructorsWithUnknownArguments(Runnable task) { // may be the target of the call below
  }

  static ConstructorsWithUnknownArguments of(Query<String> query) {
    return new ConstructorsWithUnknownArguments(query.comparator());
  }
}

