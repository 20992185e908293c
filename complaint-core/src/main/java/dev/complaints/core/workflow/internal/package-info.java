/** Parsing, validation and the fold behind the workflow engine; not part of the public API. */
@NullMarked
package dev.complaints.core.workflow.internal;

import org.jspecify.annotations.NullMarked;
