/**
 * Project-level models, filled while every module is analysed and read once all modules are done: the method
 * index of UnreferencedMethod, the project conventions, and in {@code project.mappings} the persistence mappings.
 * They hold small facts (signatures, positions, names), never syntax trees.
 */
package org.sonarreview.project;
