package com.acme;

/** Without a project model, the file's own case bodies are the habit. */
class Cases {

  String name(int code) {
    String name = "none";
    switch (code) {
    case 1:
    name = "one";
    break;
    case 2:
    name = "two";
    break;
    case 3:
    name = "three";
    break;
    case 4:
    name = "four";
    break;
    case 5:
    name = "five";
    break;
    case 6:
    name = "six";
    break;
    case 7:
    name = "seven";
    break;
    case 8:
    name = "eight";
    break;
    case 9:
    name = "nine";
    break;
    case 10:
    name = "ten";
    break;
    case 11:
      name = "eleven"; // Noncompliant {{Put the statements under this case label at the label's column: 91% of the 12 non-break statements under case labels in this file are at the label's column.}}
      break;
    case 12:
      break; // Noncompliant {{Put this break at its case label's column: 83% of the 12 break statements under case labels in this file are at the label's column.}}
    default:
    name = "many";
      name = name.trim(); // Noncompliant {{Indent this line like its siblings in the block (4 spaces, not 6 spaces).}}
    }
    return name;
  }
}
