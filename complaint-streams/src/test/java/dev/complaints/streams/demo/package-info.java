/**
 * Test fixture: a month of simulated mall complaints played through the workflow engine, the same simulation as
 * the command-line demo's, copied here because a library module does not depend on the command-line tool.
 */
@NullMarked
package dev.complaints.streams.demo;

import org.jspecify.annotations.NullMarked;
