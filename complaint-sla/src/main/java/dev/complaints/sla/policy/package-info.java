/**
 * SLA policies: targets with limits by grade on a clock ({@link dev.complaints.sla.policy.ClockKind}), the alert
 * ladder, the presets and the JSON form ({@link dev.complaints.sla.policy.SlaPolicies}).
 */
@NullMarked
package dev.complaints.sla.policy;

import org.jspecify.annotations.NullMarked;
