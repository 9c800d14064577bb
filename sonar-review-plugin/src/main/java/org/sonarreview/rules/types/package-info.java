/**
 * review-types: raw generic types, missing {@code @Override} and {@code var} where the type is not obvious.
 */
package org.sonarreview.rules.types;
