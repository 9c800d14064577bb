package com.acme.eclipse;

/**
 * Eclipse's formatter can indent the statements under a case label and leave the break at the label's column
 * ("indent break statements compared to cases" off): the package's habit for each.
 */
class BreaksAtLabel {

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
      name = "eleven";
    break;
    case 20:
    name = "twenty"; // Deviation {{Indent the statements under this case label deeper than the label: 92% of the 13 non-break statements under case labels in package 'com.acme.eclipse' are indented deeper than the label.}}
    break;
    case 21:
      break; // Deviation {{Put this break at its case label's column: 92% of the 13 break statements under case labels in package 'com.acme.eclipse' are at the label's column.}}
    default:
      name = "many";
    }
    return name;
  }
}
