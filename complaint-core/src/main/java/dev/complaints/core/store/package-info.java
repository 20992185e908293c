/** The event store SPI, an in-memory store, and the exceptions of appends and loads. */
@NullMarked
package dev.complaints.core.store;

import org.jspecify.annotations.NullMarked;
