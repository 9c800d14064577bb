package org.sonarreview.project;

/**
 * The scopes a convention is learnt in, from narrow to wide: a package, a module, the whole project, and a
 * single file (the only view SonarLint has). Each is a key that also reads well in a message.
 */
public final class Scopes {

  public static final String PROJECT = "in the project";
  public static final String FILE = "in this file";

  private Scopes() {
  }

  public static String ofPackage(String packageName) {
    return packageName.isEmpty() ? "in the default package" : "in package '" + packageName + "'";
  }

  public static String ofModule(String moduleKey) {
    return moduleKey.isEmpty() ? PROJECT : "in module '" + moduleKey + "'";
  }
}
