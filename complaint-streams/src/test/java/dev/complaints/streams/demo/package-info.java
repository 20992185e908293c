/**
 * Test fixture: a month of simulated mall complaints, the command-line demo's simulation (a test dependency only:
 * the library itself does not depend on the command-line tool).
 */
@NullMarked
package dev.complaints.streams.demo;

import org.jspecify.annotations.NullMarked;
