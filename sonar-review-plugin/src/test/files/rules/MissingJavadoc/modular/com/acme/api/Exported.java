package com.acme.api;

public class Exported { // Noncompliant {{Add a Javadoc comment to the public class 'Exported'.}}
}
