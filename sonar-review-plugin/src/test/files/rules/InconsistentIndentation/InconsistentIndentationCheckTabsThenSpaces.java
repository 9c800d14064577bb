package com.acme;

import java.util.List;

/** Indented with tabs, wrapped lines aligned with spaces after the tabs. */
class TabsThenSpaces {
	private final List<String> items = List.of();

	void aligned() {
		items.stream()
		    .map(item -> {
			    return item.trim(); // one tab deeper than the line that opens the lambda
		    })
		    .forEach(item -> {
			    run(item);
			    run(item);
		    });
		items.forEach(item -> {
		    run(item); // spaces after the opener's tabs are deeper too
		});
	}

	void shallow() {
		items.stream()
		    .forEach(item -> {
		    run(item); // Noncompliant {{Indent the body of this block deeper than the line that opens it (line 25).}}
		    });
		items.stream()
		    .forEach(item -> {
		  run(item); // Noncompliant {{Indent the body of this block deeper than the line that opens it (line 29).}}
		    });
	}

	void siblings() {
		items.stream()
		    .forEach(item -> {
			    run(item);
			     run(item); // Noncompliant {{Indent this line like its siblings in the block (3 tabs and 4 spaces, not 3 tabs and 5 spaces).}}
			run(item); // Noncompliant {{Indent this line like its siblings in the block (3 tabs and 4 spaces, not 3 tabs).}}
		    });
	}

	void run(String item) {
	}
}
