package org.sonarreview.project;

import java.util.List;

/** The queries one file runs, with the file's URI for reporting. */
public record FileQueries(String uri, List<RecordedQuery> queries) {
}
