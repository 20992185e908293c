/** Implementation details of SLA policies and timers; not part of the public API. */
@NullMarked
package dev.complaints.sla.policy.internal;

import org.jspecify.annotations.NullMarked;
