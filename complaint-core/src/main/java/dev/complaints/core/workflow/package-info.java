/** Workflow definitions as data, the three presets and the engine that turns commands into events. */
@NullMarked
package dev.complaints.core.workflow;

import org.jspecify.annotations.NullMarked;
