package com.acme.app;

/** Indents the statements under its case labels, wherever the rest of the project puts them. */
class Dispatcher {

  int dispatch(int code) {
    int result = 0;
    switch (code) {
    case 1:
      result = 1; // Deviation {{Put the statements under this case label at the label's column: 89% of the 28 non-break statements under case labels in the project are at the label's column.}}
      log(result);
      break;
    case 2:
      break; // Deviation {{Put this break at its case label's column: 85% of the 14 break statements under case labels in the project are at the label's column.}}
    default:
      result = -1; // Deviation {{Put the statements under this case label at the label's column: 89% of the 28 non-break statements under case labels in the project are at the label's column.}}
    }
    return switch (result) {
      case 0 -> 0; // arrow cases are not judged by the habit
      default -> {
        yield result;
      }
    };
  }

  void log(int result) {
  }
}
