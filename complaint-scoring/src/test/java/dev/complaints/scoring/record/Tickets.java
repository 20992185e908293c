package dev.complaints.scoring.record;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import java.time.Instant;

/** Ticket record builders for tests that do not care about the channel, category or grade. */
public final class Tickets {
  private Tickets() {}

  /**
   * A builder of a GENERAL MERCHANT_SERVICE ticket taken by phone; the three can still be changed.
   *
   * @param id ticket id
   * @param unit unit
   * @param acceptedAt acceptance instant
   * @return the builder
   */
  public static TicketRecord.Builder builder(String id, String unit, Instant acceptedAt) {
    return TicketRecord.builder(id, unit, acceptedAt)
        .channel(Channel.PHONE)
        .category("MERCHANT_SERVICE")
        .grade(Grade.GENERAL);
  }
}
