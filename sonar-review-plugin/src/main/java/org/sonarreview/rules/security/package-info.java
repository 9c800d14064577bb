/**
 * review-security: SQL built from strings that are not constants.
 */
package org.sonarreview.rules.security;
