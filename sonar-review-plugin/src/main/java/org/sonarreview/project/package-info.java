/**
 * Project-level models, filled while every module is analysed and read once all modules are done: today the
 * method index of UnreferencedMethod. They hold small facts (signatures, positions), never syntax trees.
 */
package org.sonarreview.project;
