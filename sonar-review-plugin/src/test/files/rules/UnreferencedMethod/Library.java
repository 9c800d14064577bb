package com.acme.lib;

import java.util.List;
import java.util.function.Function;

public class Library {

  public Library() { // called from another file
  }

  public Library(int size) { // never called
  }

  public String used() { // called from another file
    return helper();
  }

  String helper() { // called above
    return "h";
  }

  public String unusedPublic() { // never called
    return "u";
  }

  static int unusedStatic() { // never called
    return 0;
  }

  public static String referenced(String s) { // used through a method reference
    return s;
  }

  private void privateOnes() { // private: UnusedPrivateMember's business
  }

  public <T> T generic(T value) { // called with a String
    return value;
  }

  @Override
  public String toString() { // override
    return "Library";
  }

  @Deprecated
  public void annotated() { // annotated method
  }

  @SuppressWarnings("unused")
  public void suppressed() { // suppressed by the javac key
  }

  @SuppressWarnings("review:UnreferencedMethod")
  public void suppressedByReviewKey() { // suppressed by the rule key
  }

  public static void main(String[] args) { // entry point
  }

  private void readObject(java.io.ObjectInputStream in) { // serialization hook
  }

  protected Object readResolve() { // serialization hook
    return this;
  }

  public List<String> callsThroughFunction(List<String> values, Function<String, String> f) { // called
    return values.stream().map(Library::referenced).toList();
  }
}
