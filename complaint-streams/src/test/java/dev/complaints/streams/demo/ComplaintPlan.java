package dev.complaints.streams.demo;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What will happen to one simulated complaint: its intake data and how long each step takes. The simulator
 * turns a plan into workflow commands at simulated instants; steps that would fall after the end of the
 * simulation are not issued, so the complaint stays open there.
 *
 * <p>Durations marked <em>business</em> are working time on the mall's 10:00–20:00 calendar (the clerk works
 * only while the mall is open), <em>continuous</em> ones are wall-clock time.
 *
 * @param id complaint id
 * @param plaza the plaza it belongs to
 * @param channel intake channel
 * @param category category code of the mall taxonomy
 * @param grade grade given at grading (the final grade unless the return visit escalates)
 * @param receivedAt when the customer complained
 * @param customerName complainant's name (simulated)
 * @param phone complainant's phone (simulated)
 * @param subject merchant or facility involved
 * @param location where in the plaza
 * @param description what the customer says
 * @param remedy the remedy sought and planned
 * @param acceptDelay continuous time until the service desk accepts it (longer for night intake)
 * @param gradingWork business time spent grading and dispatching
 * @param planningWork business time to write and confirm the plan
 * @param feedbackWork business time until the customer has heard the plan and answered
 * @param customerDisagreesOnce whether the customer first rejects the plan (back to planning once)
 * @param handlingTime time to carry out the handling (continuous for GENERAL/SERIOUS, otherwise calendar
 *     days are taken as is)
 * @param extension an extension requested (and approved by the store manager) half-way through handling
 * @param customerWait time handling waits for the customer (a receipt, a visit to the shop); the
 *     {@code mall-ticket} workflow never pauses its clock, so the wait counts as handling time
 * @param returnVisitDelay continuous time from resolution to the return visit call
 * @param outcome how the return visit ends
 * @param withdrawAfter when set, the customer withdraws the complaint this long after intake
 */
public record ComplaintPlan(
    String id,
    Plaza plaza,
    Channel channel,
    String category,
    Grade grade,
    Instant receivedAt,
    String customerName,
    String phone,
    String subject,
    String location,
    String description,
    Remedy remedy,
    Duration acceptDelay,
    Duration gradingWork,
    Duration planningWork,
    Duration feedbackWork,
    boolean customerDisagreesOnce,
    Duration handlingTime,
    Optional<Duration> extension,
    Optional<Duration> customerWait,
    Duration returnVisitDelay,
    ReturnVisitOutcome outcome,
    Optional<Duration> withdrawAfter) {}
