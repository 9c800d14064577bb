class BeanEmitter {
  // 2 snake_case names, fewer than the 3 camelCase ones: strays, reported one by one.
  void emitBean(Object[] getters_out, Object[] setters_out) { // Noncompliant {{Rename 'getters_out' to 'gettersOut'; this file has 3 camelCase and 2 snake_case names.}}
    // Noncompliant@-1 {{Rename 'setters_out' to 'settersOut'; this file has 3 camelCase and 2 snake_case names.}}
    int beanCount = getters_out.length;
    int propertyCount = setters_out.length;
  }
}
