package dev.complaints.core.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the customer may see of a complaint (discipline ②, docs/domain.md: handling opinions stay internal until final).
 * Personal data is masked; internal notes and draft plans are left out, and the investigation opinion is shown
 * only once it is the final answer: when the complaint was closed as not substantiated (the seven-step procedure: "return the
 * investigation opinion to the customer and close"). What the customer was told ({@code NotifyCustomer}) is shown,
 * with the next step last promised and its due instant.
 *
 * @param id the complaint id
 * @param channel the intake channel
 * @param complainant the complainant, masked
 * @param receivedAt when the complaint was received
 * @param subject merchant, store or service involved
 * @param category the category code
 * @param description what the customer said
 * @param remediesSought remedies asked for
 * @param grade the grade, or null
 * @param node the current node
 * @param closed whether it is closed
 * @param closureReason closure reason, or null
 * @param plan the confirmed plan, or null (a draft is never shown)
 * @param resolution what was done, or null
 * @param returnVisit the return-visit result, or null
 * @param investigationOpinion the investigation opinion when the complaint is closed as not substantiated, else
 *     null
 * @param notes the notes meant for the customer
 * @param notifications what the customer was told, in order
 * @param nextStep the next step the customer was last promised and when it is due, or null
 */
public record CustomerView(
    String id,
    Channel channel,
    Complainant complainant,
    Instant receivedAt,
    Subject subject,
    String category,
    String description,
    List<Remedy> remediesSought,
    @Nullable Grade grade,
    String node,
    boolean closed,
    @Nullable String closureReason,
    @Nullable Plan plan,
    @Nullable String resolution,
    @Nullable Satisfaction returnVisit,
    @Nullable String investigationOpinion,
    List<Note> notes,
    List<Notification> notifications,
    @Nullable NextStep nextStep) {

  /**
   * Creates the view.
   *
   * @param id the complaint id
   * @param channel the intake channel
   * @param complainant the complainant, masked
   * @param receivedAt when the complaint was received
   * @param subject merchant, store or service involved
   * @param category the category code
   * @param description what the customer said
   * @param remediesSought remedies asked for
   * @param grade the grade, or null
   * @param node the current node
   * @param closed whether it is closed
   * @param closureReason closure reason, or null
   * @param plan the confirmed plan, or null
   * @param resolution what was done, or null
   * @param returnVisit the return-visit result, or null
   * @param investigationOpinion the final investigation opinion, or null
   * @param notes the notes meant for the customer
   * @param notifications what the customer was told
   * @param nextStep the next step promised, or null
   */
  public CustomerView {
    remediesSought = List.copyOf(remediesSought);
    notes = List.copyOf(notes);
    notifications = List.copyOf(notifications);
  }
}
