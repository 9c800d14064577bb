/**
 * review-errors: swallowed exceptions, lost causes, catch-alls and console error reporting, with the model of
 * a catch block, of logging calls and of the places where a failure must stop.
 */
package org.sonarreview.rules.errors;
