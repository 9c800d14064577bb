/**
 * review-design: long signatures, member order, oversized and low-cohesion classes.
 */
package org.sonarreview.rules.design;
