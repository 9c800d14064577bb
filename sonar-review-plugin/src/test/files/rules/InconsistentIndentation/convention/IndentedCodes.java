package com.acme.codes;

/** The formatter indents the statements under a case label, break included. */
class IndentedCodes {

  String name(int code) {
    String name = "none";
    switch (code) {
    case 1:
      name = "code 1";
      log(name);
      break;
    case 2:
      name = "code 2";
      log(name);
      break;
    case 3:
      name = "code 3";
      log(name);
      break;
    case 4:
      name = "code 4";
      log(name);
      break;
    case 5:
      name = "code 5";
      log(name);
      break;
    case 6:
      name = "code 6";
      log(name);
      break;
    case 7:
      name = "code 7";
      log(name);
      break;
    case 8:
      name = "code 8";
      log(name);
      break;
    case 9:
      name = "code 9";
      log(name);
      break;
    case 10:
      name = "code 10";
      log(name);
      break;
    case 11:
      name = "code 11";
      log(name);
      break;
    case 12:
      name = "code 12";
      log(name);
      break;
    default:
      throw new IllegalArgumentException(name);
    }
    return name;
  }

  void log(String name) {
  }
}
