class TagsPresent {
  /**
   * No block tag: left alone when onlyWhenTagsPresent is true.
   */
  String name(int id) {
    return "";
  }

  /**
   * Has a block tag.
   *
   * @param id the id
   */
  String find(int id) { // Noncompliant {{Complete this Javadoc: add '@return' (or '{@return}').}}
    return "";
  }
}
