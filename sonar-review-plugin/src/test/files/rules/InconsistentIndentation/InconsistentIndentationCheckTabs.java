package com.acme;

class MostlyTabs {
	int a;
	int b;

	void run() {
		run();
  } // Noncompliant {{This line is indented with spaces while most of the file uses tabs; use tabs.}}

	void stop() { // Noncompliant@+1 {{These 2 lines are indented with spaces while most of the file uses tabs; use tabs.}}
        run();
        run();
	}
}
