/**
 * review-persistence: raw SQL beside the ORM a file already uses.
 */
package org.sonarreview.rules.persistence;
