/** The JSON mapping of commands, events, complaints and definitions. */
@NullMarked
package dev.complaints.core.json;

import org.jspecify.annotations.NullMarked;
