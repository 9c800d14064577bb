package org.sonarreview.sample.model;

/** Codes printed on stock labels; every code enum declares its fields before its constructor, but one. */
interface StockCodes {

  enum Aisle {
    FIRST(1), SECOND(2);

    final int code;

    Aisle(int code) {
      this.code = code;
    }
  }

  enum Bin {
    FIRST(1), SECOND(2);

    final int code;

    Bin(int code) {
      this.code = code;
    }
  }

  enum Carrier {
    FIRST(1), SECOND(2);

    final int code;

    Carrier(int code) {
      this.code = code;
    }
  }

  enum Depot {
    FIRST(1), SECOND(2);

    final int code;

    Depot(int code) {
      this.code = code;
    }
  }

  enum Grade {
    FIRST(1), SECOND(2);

    final int code;

    Grade(int code) {
      this.code = code;
    }
  }

  enum Hazard {
    FIRST(1), SECOND(2);

    final int code;

    Hazard(int code) {
      this.code = code;
    }
  }

  enum Origin {
    FIRST(1), SECOND(2);

    final int code;

    Origin(int code) {
      this.code = code;
    }
  }

  enum Pack {
    FIRST(1), SECOND(2);

    final int code;

    Pack(int code) {
      this.code = code;
    }
  }

  enum Rack {
    FIRST(1), SECOND(2);

    final int code;

    Rack(int code) {
      this.code = code;
    }
  }

  enum Season {
    FIRST(1), SECOND(2);

    final int code;

    /**
     * Creates a season code.
     *
     * @param code the code printed on the label
     * @param year the year the season belongs to
     */
    Season(int code) {
      this.code = code;
    }
  }

  enum Priority {
    URGENT(1), LATER(2);

    Priority(int code) {
      this.code = code;
    }

    final int code;
  }
}
