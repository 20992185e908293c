/**
 * Spring Boot auto-configuration of the complaint handling SDK: {@link dev.complaints.spring.ComplaintsProperties}
 * ({@code complaints.*}), the {@link dev.complaints.spring.ComplaintCommands} application service, the
 * {@link dev.complaints.spring.SlaAlertScheduler} and its {@link dev.complaints.spring.SlaAlertChanged} events,
 * and the health indicator and meters when Actuator and Micrometer are on the class path.
 */
@NullMarked
package dev.complaints.spring;

import org.jspecify.annotations.NullMarked;
