package dev.complaints.cli;

import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.policy.UnknownYears;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The SLA options of {@code score} and {@code demo}: {@code --calendar FILE} (the national working-day calendar
 * in place of the bundled {@code cn-national}), {@code --policy FILE} (an SLA policy in place of the
 * {@code mall-ticket} preset) and {@code --unknown-years refuse|weekly}.
 */
public final class SlaOptions {
  /** The id under which policies name the national working-day calendar. */
  static final String NATIONAL = "cn-national";

  @Option(names = "--calendar", paramLabel = "FILE",
      description = "national working-day calendar (JSON, for example from 'calendar import') used in place of"
          + " the bundled cn-national")
  Path calendar;

  @Option(names = "--policy", paramLabel = "FILE", description = "SLA policy (JSON) used in place of the"
      + " mall-ticket preset; its calendar ids name the built-in calendars (cn-national is the --calendar FILE"
      + " when given)")
  Path policy;

  @Mixin UnknownYearsOption unknownYears = new UnknownYearsOption();

  /**
   * The policy the command runs with, with one warning line on {@code err} when its calendars follow the weekly
   * rule past their data.
   *
   * @param preset the policy when no {@code --policy} is given
   * @param err standard error
   * @return the policy
   * @throws BadInputException naming the file when a calendar or policy file is unreadable or invalid
   */
  SlaPolicy policy(SlaPolicy preset, PrintWriter err) {
    Optional<UnknownYears> given = unknownYears.given();
    CalendarLookup lookup = CalendarLookup.builtIn();
    if (calendar != null) {
      BusinessCalendar national = DeadlineCommand.loadCalendar(calendar);
      lookup = national(given.map(u -> UnknownYearsOption.as(national, u)).orElse(national));
    }
    SlaPolicy p;
    if (policy == null) {
      p = preset.toBuilder().calendars(lookup).build();
    } else {
      try {
        p = SlaPolicies.read(ValidateCommand.readJson(policy), lookup);
      } catch (ValidationException e) {
        throw BadInputException.invalid(policy, "SLA policy", e, "--policy");
      }
    }
    if (given.isPresent()) {
      p = p.toBuilder().unknownYears(given.get()).build();
    }
    UnknownYearsOption.warn(calendars(p), err);
    return p;
  }

  /** The calendars a policy's targets name, as the policy resolves them. */
  static List<BusinessCalendar> calendars(SlaPolicy p) {
    Set<String> ids = new TreeSet<>();
    for (SlaTarget t : p.targets()) {
      ids.addAll(t.calendarIds());
    }
    return ids.stream().map(id -> p.calendars().find(id)).flatMap(Optional::stream).toList();
  }

  /** The built-in calendars, with {@code national} as {@code cn-national} and under its own id. */
  private static CalendarLookup national(BusinessCalendar national) {
    CalendarLookup builtIn = CalendarLookup.builtIn();
    Set<String> ids = new TreeSet<>(builtIn.ids());
    ids.add(national.id());
    Set<String> known = Set.copyOf(ids);
    return new CalendarLookup() {
      @Override
      public Optional<BusinessCalendar> find(String id) {
        return NATIONAL.equals(id) || national.id().equals(id) ? Optional.of(national) : builtIn.find(id);
      }

      @Override
      public Set<String> ids() {
        return known;
      }
    };
  }
}
