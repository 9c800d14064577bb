class CustomOrder {
  class Inner { }
  Runnable task;
  static int COUNT;
  void run() { }
  CustomOrder() { } // Noncompliant {{Move this constructor before the methods; members go in the order nested types, instance fields, static fields, constructors, methods.}}
}
