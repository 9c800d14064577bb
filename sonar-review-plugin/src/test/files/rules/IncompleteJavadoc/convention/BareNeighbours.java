package com.acme.docs;

import java.io.IOException;

// The package's Javadoc habit: bare @param tags only, no @return or @throws.
class BareNeighbours {

  /**
   * Reads part 1.
   *
   * @param id
   */
  String read1(int id) throws IOException {
    return "part" + id + 1;
  }

  /**
   * Reads part 2.
   *
   * @param id
   */
  String read2(int id) throws IOException {
    return "part" + id + 2;
  }

  /**
   * Reads part 3.
   *
   * @param id
   */
  String read3(int id) throws IOException {
    return "part" + id + 3;
  }

  /**
   * Reads part 4.
   *
   * @param id
   */
  String read4(int id) throws IOException {
    return "part" + id + 4;
  }

  /**
   * Reads part 5.
   *
   * @param id
   */
  String read5(int id) throws IOException {
    return "part" + id + 5;
  }

  /**
   * Reads part 6.
   *
   * @param id
   */
  String read6(int id) throws IOException {
    return "part" + id + 6;
  }

  /**
   * Reads part 7.
   *
   * @param id
   */
  String read7(int id) throws IOException {
    return "part" + id + 7;
  }

  /**
   * Reads part 8.
   *
   * @param id
   */
  String read8(int id) throws IOException {
    return "part" + id + 8;
  }

  /**
   * Reads part 9.
   *
   * @param id
   */
  String read9(int id) throws IOException {
    return "part" + id + 9;
  }

  /**
   * Reads part 10.
   *
   * @param id
   */
  String read10(int id) throws IOException {
    return "part" + id + 10;
  }

  /**
   * Reads part 11.
   *
   * @param id
   */
  String read11(int id) throws IOException {
    return "part" + id + 11;
  }

  /**
   * Reads part 12.
   *
   * @param id
   */
  String read12(int id) throws IOException {
    return "part" + id + 12;
  }
}
