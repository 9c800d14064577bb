class Java11 {
  /**
   * Before Java 16 there is no inline return tag to suggest.
   */
  String name() { // Noncompliant {{Complete this Javadoc: add '@return'.}}
    return "";
  }
}
