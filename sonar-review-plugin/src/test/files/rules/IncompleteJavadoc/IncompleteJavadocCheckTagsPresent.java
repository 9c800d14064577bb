import java.util.List;

// Without a project view (SonarLint), this file's own Javadocs are the habit.
class TagsPresent {

  /**
   * A summary only: left alone, whatever it omits.
   */
  String name(int id) {
    return "";
  }

  /**
   * A summary and a link only: left alone.
   *
   * @see #name(int)
   */
  String title(int id) {
    return "";
  }

  /**
   * Has a block tag.
   *
   * @param id the id
   */
  String find(int id) { // Noncompliant {{Add '@return' (or '{@return}') to this Javadoc: 90% of the 11 tagged Javadocs of methods returning a value in this file have '@return'.}}
    return "";
  }

  /**
   * A parameter was added without its tag, and one was removed but not its tag.
   *
   * @param id the id
   * @param removed what was removed
   * @return the match
   */
  String match(int id, String pattern) { // Noncompliant {{Complete this Javadoc: add '@param pattern'; remove '@param removed' (no such parameter).}}
    return pattern;
  }

  /**
   * No parameter is described: leaving them out is a choice.
   *
   * @return the total
   */
  int total(int a, int b) {
    return a + b;
  }

  /**
   * Reads one.
   *
   * @param id the id
   * @return one
   */
  String one(int id) {
    return "one";
  }
  /**
   * Reads two.
   *
   * @param id the id
   * @return two
   */
  String two(int id) {
    return "two";
  }
  /**
   * Reads three.
   *
   * @param id the id
   * @return three
   */
  String three(int id) {
    return "three";
  }
  /**
   * Reads four.
   *
   * @param id the id
   * @return four
   */
  String four(int id) {
    return "four";
  }
  /**
   * Reads five.
   *
   * @param id the id
   * @return five
   */
  String five(int id) {
    return "five";
  }
  /**
   * Reads six.
   *
   * @param id the id
   * @return six
   */
  String six(int id) {
    return "six";
  }
  /**
   * Reads seven.
   *
   * @param id the id
   * @return seven
   */
  String seven(int id) {
    return "seven";
  }
  /**
   * Reads eight.
   *
   * @param id the id
   * @return eight
   */
  String eight(int id) {
    return "eight";
  }
}
