package com.acme;

import java.util.List;
import java.util.Map;

// IntelliJ's //noinspection comment applies to the next statement or member, with javac's keys or ALL.
class Noinspection {

  //noinspection rawtypes
  List field;

  //noinspection unchecked,rawtypes
  List method(Object o) {
    List local = (List) o;
    return local;
  }

  //noinspection rawtypes
  @Deprecated
  List annotated;

  //noinspection rawtypes
  static class Nested {
    List inner;
  }

  List next; // Noncompliant {{Add type arguments to the raw type 'List'.}}

  void statements(Object o) {
    //noinspection rawtypes
    List a = (List) o;
    //noinspection unchecked, rawtypes
    List b = (List) o;
    // noinspection ALL
    List c = (List) o;
    //noinspection rawtypes
    if (o != null) {
      List d = (List) o;
    }
    switch (a.size()) {
      case 1:
        //noinspection rawtypes
        Object e = ((Map) o).get(a);
        break;
      default:
        break;
    }
    //noinspection unchecked
    List f = (List) o; // Noncompliant 2
    List g = (List) o; // Noncompliant 2
    /* noinspection rawtypes */
    List h = (List) o; // Noncompliant 2
    // the rawtypes here come from a legacy API
    List i = (List) o; // Noncompliant 2
    //noinspection all
    List j = (List) o; // Noncompliant 2
    //noinspection review:RawGenericType
    List k = (List) o; // Noncompliant 2
  }
}
