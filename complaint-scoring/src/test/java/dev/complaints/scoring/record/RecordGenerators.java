package dev.complaints.scoring.record;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of ticket records and unit inputs covering every field of the formats: optional
 * values present and absent, open and closed visits and pauses, extensions, fractions of seconds, text with
 * quotes, control characters, CJK and characters outside the Basic Multilingual Plane.
 */
final class RecordGenerators {
  private RecordGenerators() {}

  private static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2099-12-31T00:00:00Z").getEpochSecond();

  /** Non-blank text: plain names mostly, sometimes anything JSON has to escape or encode. */
  static Gen<String> text() {
    Gen<String> plain = strings().basicLatinAlphabet().ofLengthBetween(1, 12);
    Gen<String> wild = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(1, 8)
        .mix(strings().betweenCodePoints(0x1F300, 0x1F6FF).ofLengthBetween(1, 3))
        .mix(Generate.pick(List.of("\"quoted\"", "back\\slash", "line\nbreak", "tab\there", "投诉", "C-2026/10\r")));
    return plain.mix(wild, 40).map(s -> s.isBlank() ? "x" + s : s);
  }

  /** Instants from 2000 to 2099, often on whole seconds, sometimes with nanoseconds. */
  static Gen<Instant> instants() {
    Gen<Integer> nanos = Generate.constant(0).mix(integers().between(0, 999_999_999), 30);
    return longs().between(FROM, TO).zip(nanos, (s, n) -> Instant.ofEpochSecond(s, n));
  }

  /** Non-negative durations up to ten days, sometimes with nanoseconds. */
  static Gen<Duration> durations() {
    Gen<Integer> nanos = Generate.constant(0).mix(integers().between(0, 999_999_999), 20);
    return longs().between(0, 10L * 24 * 3600).zip(nanos, (s, n) -> Duration.ofSeconds(s, n));
  }

  /** Zones to write instants in, including offsets with minutes and seconds. */
  static Gen<ZoneId> zones() {
    return Generate.pick(List.of(ZoneOffset.UTC, ZoneId.of("Asia/Shanghai"), ZoneId.of("America/St_Johns"),
        ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Kiritimati"), ZoneOffset.ofTotalSeconds(-(3600 + 62))));
  }

  private static <T> Optional<T> maybe(Gen<T> gen, org.quicktheories.core.RandomnessSource in) {
    return Generate.booleans().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** A pause starting at or after {@code start}, ended or not. */
  static Gen<Pause> pauses(Instant start) {
    return in -> {
      Instant from = start.plus(durations().generate(in));
      return new Pause(from, maybe(durations(), in).map(from::plus).orElse(null));
    };
  }

  /** A node visit entered at or after {@code start}, left or not, with extensions and pauses. */
  static Gen<StageRecord> stages(Instant start) {
    Gen<String> names = Generate.pick(List.of("GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT"))
        .mix(text(), 20);
    return in -> {
      Instant entered = start.plus(durations().generate(in));
      Optional<Instant> left = maybe(durations(), in).map(entered::plus);
      List<Extension> extensions = new ArrayList<>();
      for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
        extensions.add(Extension.of(durations().generate(in), entered.plus(durations().generate(in))));
      }
      List<Pause> pauses = new ArrayList<>();
      for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
        pauses.add(pauses(entered).generate(in));
      }
      return new StageRecord(names.generate(in), entered, left.orElse(null), extensions, pauses);
    };
  }

  /** A return visit: a result or an exemption. */
  static Gen<ReturnVisitRecord> returnVisits() {
    return Generate.enumValues(Satisfaction.class).map(ReturnVisitRecord::of)
        .mix(Generate.constant(ReturnVisitRecord.exempted()), 25);
  }

  /** A ticket with every field drawn, optional ones present or not. */
  static Gen<TicketRecord> tickets() {
    return in -> {
      Instant accepted = instants().generate(in);
      List<StageRecord> stages = new ArrayList<>();
      Instant t = accepted;
      for (int i = integers().between(0, 6).generate(in); i > 0; i--) {
        StageRecord s = stages(t).generate(in);
        stages.add(s);
        t = s.leftAt() != null ? s.leftAt() : s.enteredAt();
      }
      Optional<Instant> closedAt = maybe(durations(), in).map(accepted::plus);
      return new TicketRecord(
          text().generate(in),
          text().generate(in),
          maybe(text(), in).orElse(null),
          Generate.enumValues(Channel.class).generate(in),
          text().generate(in),
          Generate.enumValues(Grade.class).generate(in),
          accepted,
          stages,
          maybe(returnVisits(), in).orElse(null),
          closedAt.orElse(null),
          closedAt.isPresent() ? maybe(Generate.pick(List.of("RESOLVED", "UNRESOLVED", "EXEMPT")), in).orElse(null)
              : null,
          maybe(text(), in).orElse(null),
          maybe(text(), in).orElse(null),
          maybe(text(), in).orElse(null),
          maybe(text(), in).orElse(null),
          maybe(text(), in).orElse(null),
          maybe(plans(accepted), in).orElse(null),
          maybe(durations(), in).map(accepted::plus).orElse(null));
    };
  }

  /** A plan due after {@code from}, carried out or not, drafted once or more. */
  static Gen<PlanRecord> plans(Instant from) {
    return in -> new PlanRecord(from.plus(durations().generate(in)),
        maybe(durations(), in).map(from::plus).orElse(null), integers().between(1, 3).generate(in));
  }

  /** Inputs of distinct units (or distinct periods), every count and the calls present or not. */
  static Gen<List<UnitInputs>> inputLists() {
    return in -> {
      List<UnitInputs> out = new ArrayList<>();
      int n = integers().between(0, 8).generate(in);
      for (int i = 0; i < n; i++) {
        // a running number keeps unit and period pairs distinct, as the reader requires
        String unit = text().generate(in) + "#" + i;
        YearMonth period = YearMonth.of(integers().between(2000, 2099).generate(in), integers().between(1, 12).generate(in));
        Optional<CallStats> calls = maybe(longs().between(0, 1_000_000), in)
            .map(offered -> new CallStats(offered, longs().between(0, offered).generate(in)));
        out.add(new UnitInputs(unit, period, maybe(text(), in).orElse(null),
            integers().between(0, 50).generate(in), integers().between(0, 50).generate(in),
            integers().between(0, 50).generate(in), integers().between(0, 50).generate(in), calls.orElse(null)));
      }
      return out;
    };
  }
}
