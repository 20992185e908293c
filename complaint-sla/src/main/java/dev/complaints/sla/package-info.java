/** SLA alert levels shared by the timers, the tracker and the policies. */
@NullMarked
package dev.complaints.sla;

import org.jspecify.annotations.NullMarked;
