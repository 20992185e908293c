/** Argument checks and masking shared by the core packages; not part of the public API. */
@NullMarked
package dev.complaints.core.internal;

import org.jspecify.annotations.NullMarked;
