/** Implementation details of SLA policies and timers; not part of the public API. */
package dev.complaints.sla.policy.internal;
