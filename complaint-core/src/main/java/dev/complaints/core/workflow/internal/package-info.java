/** Parsing and validation of workflow definitions; not part of the public API. */
@NullMarked
package dev.complaints.core.workflow.internal;

import org.jspecify.annotations.NullMarked;
