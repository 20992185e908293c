package dev.complaints.examples.crm;

import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import java.time.LocalDate;
import java.util.Optional;

/** The SLA policy the CRM example runs, and the line it logs at start about the end of the holiday data. */
public final class CrmPolicies {
  private CrmPolicies() {}

  /**
   * The {@code mall-ticket} policy as this host runs it by default. Its working-day targets use the bundled
   * {@code cn-national} calendar, which knows China's holidays and transfer workdays only for the years of its
   * dataset and refuses to guess beyond them. A host that keeps running after those years must choose: this
   * one chooses {@link UnknownYears#WEEKLY} (Monday to Friday alone for later dates) and logs that choice at
   * start; a host that must not guess uses {@link SlaPolicies#mallTicket()} ({@code refuse}: then a deadline past
   * the dataset is an error) or a calendar built from a newer dataset.
   *
   * @return the policy
   */
  public static SlaPolicy mallTicketPastHolidayData() {
    return mallTicket(UnknownYears.WEEKLY);
  }

  /**
   * The {@code mall-ticket} policy with a choice for dates past the holiday data.
   *
   * @param unknownYears {@code weekly} or {@code refuse}
   * @return the policy
   * @throws IllegalArgumentException when the choice is neither
   */
  public static SlaPolicy mallTicket(String unknownYears) {
    return mallTicket(UnknownYears.parse(unknownYears).orElseThrow(() -> new IllegalArgumentException(
        "unknown years '" + unknownYears + "' is not one of " + UnknownYears.allowed())));
  }

  private static SlaPolicy mallTicket(UnknownYears choice) {
    return SlaPolicies.mallTicket().toBuilder().unknownYears(choice).build();
  }

  /**
   * The line logged at start about the end of the policy's holiday data: a warning when later dates follow the
   * weekly rule, information when they are refused.
   *
   * @param policy the policy
   * @param ends the last date of holiday data ({@code SlaTracker.calendarDataEnds()})
   * @return the line, empty when no calendar is limited to the years of a dataset
   */
  public static Optional<String> calendarDataLine(SlaPolicy policy, Optional<LocalDate> ends) {
    return ends.map(end -> policy.unknownYears() == UnknownYears.WEEKLY
        ? "SLA calendar data ends " + end + "; later dates follow the weekly windows alone, without holidays or"
            + " transfer workdays (unknown years: weekly)"
        : "SLA calendar data ends " + end + "; lights that need later dates are reported as unanswerable"
            + " (unknown years: refuse)");
  }
}
