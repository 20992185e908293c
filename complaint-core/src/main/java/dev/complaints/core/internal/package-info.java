/** Argument checks, masking and the engine's access to the fold, shared by the core packages; not API. */
@NullMarked
package dev.complaints.core.internal;

import org.jspecify.annotations.NullMarked;
