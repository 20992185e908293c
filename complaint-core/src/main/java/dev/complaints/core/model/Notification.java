package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The customer was told something: by whom, when, how and what, and the next step promised then. Shown in the
 * customer-facing view.
 *
 * @param author the actor who told the customer, not blank
 * @param at when
 * @param channel how
 * @param kind what was told
 * @param text the words, or null
 * @param nextStep the next step promised, or null
 */
public record Notification(String author, Instant at, ContactChannel channel, NotificationKind kind,
    @Nullable String text, @Nullable NextStep nextStep) {

  /**
   * Creates a notification.
   *
   * @param author the author, not blank
   * @param at the instant, not null
   * @param channel the channel, not null
   * @param kind what was told, not null
   * @param text the words, null or not blank
   * @param nextStep the next step promised, or null
   */
  public Notification {
    Checks.notBlank(author, "notification author");
    Checks.notNull(at, "notification at");
    Checks.notNull(channel, "notification channel");
    Checks.notNull(kind, "notification kind");
    Checks.nullOrNotBlank(text, "notification text");
  }
}
