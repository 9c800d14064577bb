/**
 * review-comments: commented-out code and comments that repeat the code, with the comment-block model and
 * the detector that tells Java code from prose.
 */
package org.sonarreview.rules.comments;
