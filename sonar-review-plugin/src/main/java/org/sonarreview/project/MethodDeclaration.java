package org.sonarreview.project;

/**
 * A method or constructor that only a reference can keep alive: its signature ({@code MethodSymbol.signature()},
 * the same in every module), where its name stands, and what the report needs to filter and word the issue.
 */
public record MethodDeclaration(
  String signature,
  String ownerType,
  String displayName,
  boolean constructor,
  boolean publicApi,
  int line,
  int startOffset,
  int endOffset) {

  /** The simple method name, or the type name for a constructor. */
  public String name() {
    int parenthesis = displayName.indexOf('(');
    return parenthesis < 0 ? displayName : displayName.substring(0, parenthesis);
  }
}
