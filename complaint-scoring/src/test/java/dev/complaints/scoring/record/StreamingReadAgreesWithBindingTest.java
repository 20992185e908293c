package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The streaming fast path of the ticket reader against data binding, the general way: a line the fast path reads
 * gives the record the general way gives, and a line the general way refuses is never read by the fast path (it
 * is left to the general way, which words the error). The same for the fast instant and duration parsing against
 * {@code java.time}.
 */
class StreamingReadAgreesWithBindingTest {

  /** Characters that make a JSON line or a date-time text wrong, or differently right. */
  private static final List<String> NOISE = List.of("\"", ",", ":", "{", "}", "[", "]", "0", "9", "a", "t", "T",
      "Z", "z", "+", "-", ".", " ", "null", "true", "1.5", "\\u0041", "\u00e9", "P", "D", "H", "M", "S", "24",
      "60", "99", "\"id\":\"x\",", "\"stages\":[],");

  @Test
  void everyWrittenTicketReadsTheSameBothWays() {
    qt().withExamples(300).forAll(RecordGenerators.tickets(), RecordGenerators.zones()).checkAssert((t, zone) -> {
      String line = TicketWriter.toJsonLine(t, zone);
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(TicketReader.FAST.parse(line)).isEqualTo(t);
      assertThat(TicketReader.parseGenerally(line, "t", 1)).isEqualTo(t);
      // as bytes: UTF-8 has no unpaired surrogate (the generator makes some), so compare with the decoded text
      assertThat(TicketReader.FAST.parse(bytes, 0, bytes.length))
          .isEqualTo(TicketReader.parseGenerally(new String(bytes, StandardCharsets.UTF_8), "t", 1));
    });
  }

  @Test
  void fieldsInAnyOrderReadTheSameBothWays() {
    // the reader guesses each field name from the order of the lines before; any order must read alike
    qt().withExamples(300).forAll(RecordGenerators.tickets(), RecordGenerators.zones(), longs().all())
        .checkAssert((t, zone, seed) -> {
          String line = shuffled(TicketWriter.toJsonLine(t, zone), new java.util.Random(seed));
          byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
          TicketRecord general = TicketReader.parseGenerally(new String(bytes, StandardCharsets.UTF_8), "t", 1);
          for (int i = 0; i < 3; i++) {
            assertThat(TicketReader.FAST.parse(bytes, 0, bytes.length)).as(line).isEqualTo(general);
          }
          assertThat(TicketReader.FAST.parse(TicketWriter.toJsonLine(t, zone))).isEqualTo(t);
        });
  }

  /** The line with the fields of every object in a random order. */
  private static String shuffled(String line, java.util.Random r) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
      return m.writeValueAsString(shuffle(m.readTree(line), r, m));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode shuffle(com.fasterxml.jackson.databind.JsonNode n,
      java.util.Random r, com.fasterxml.jackson.databind.ObjectMapper m) {
    if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = m.createArrayNode();
      n.forEach(e -> out.add(shuffle(e, r, m)));
      return out;
    }
    if (!n.isObject()) {
      return n;
    }
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    java.util.Collections.shuffle(names, r);
    com.fasterxml.jackson.databind.node.ObjectNode out = m.createObjectNode();
    for (String name : names) {
      out.set(name, shuffle(n.get(name), r, m));
    }
    return out;
  }

  @Test
  void aDamagedLineIsEitherReadAlikeOrLeftToTheGeneralWay() {
    Gen<String> lines = RecordGenerators.tickets().zip(RecordGenerators.zones(), TicketWriter::toJsonLine);
    qt().withExamples(2000).forAll(lines, damage()).checkAssert((line, d) -> {
      String damaged = d.apply(line);
      TicketRecord fast = TicketReader.FAST.parse(damaged);
      byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
      TicketRecord fastBytes = TicketReader.FAST.parse(bytes, 0, bytes.length);
      assertThat(fastBytes).isEqualTo(TicketReader.FAST.parse(new String(bytes, StandardCharsets.UTF_8)));
      TicketRecord general;
      try {
        general = TicketReader.parseGenerally(damaged, "t", 1);
      } catch (RecordFormatException e) {
        assertThat(fast).as("fast path accepted a line the general way refuses: %s", damaged).isNull();
        return;
      }
      if (fast != null) {
        assertThat(fast).isEqualTo(general);
      }
    });
  }

  @Test
  void instantsParseAsJavaTimeParsesThem() {
    Gen<String> texts = RecordGenerators.instants().zip(RecordGenerators.zones(),
        (t, z) -> OffsetDateTime.ofInstant(t, z).toString());
    qt().withExamples(3000).forAll(texts.mix(texts.zip(damage(), (s, d) -> d.apply(s)), 60))
        .checkAssert(s -> {
          Instant fast = IsoText.instant(s);
          Instant general;
          try {
            general = OffsetDateTime.parse(s).toInstant();
          } catch (DateTimeParseException e) {
            assertThat(fast).as(s).isNull();
            return;
          }
          if (fast != null) {
            assertThat(fast).as(s).isEqualTo(general);
          }
        });
    assertThat(IsoText.instant("2026-10-05T14:23:11+08:00")).isEqualTo(Instant.parse("2026-10-05T06:23:11Z"));
    assertThat(IsoText.instant("2024-02-29T00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(IsoText.instant("2023-02-29T00:00Z")).isNull();
    assertThat(IsoText.instant("2026-10-05t14:23:11+08:00")).isNull();
  }

  @Test
  void durationsParseAsJavaTimeParsesThem() {
    Gen<String> texts = RecordGenerators.durations().map(Duration::toString)
        .mix(Generate.pick(List.of("PT12H", "P1D", "P2DT3H4M5S", "PT0S", "P0D", "PT90M", "PT1H30M")), 30);
    qt().withExamples(3000).forAll(texts.mix(texts.zip(damage(), (s, d) -> d.apply(s)), 60))
        .checkAssert(s -> {
          Duration fast = IsoText.duration(s);
          Duration general;
          try {
            general = Duration.parse(s);
          } catch (DateTimeParseException e) {
            assertThat(fast).as(s).isNull();
            return;
          }
          if (fast != null) {
            assertThat(fast).as(s).isEqualTo(general);
          }
        });
    assertThat(IsoText.duration("PT12H")).isEqualTo(Duration.ofHours(12));
    assertThat(IsoText.duration("P1DT2H")).isEqualTo(Duration.ofHours(26));
    assertThat(IsoText.duration("PT")).isNull();
    assertThat(IsoText.duration("-PT1H")).isNull();
  }

  @Test
  void errorsAreWordedAsBefore() {
    String good = "{\"id\":\"T-1\",\"unit\":\"p\",\"channel\":\"PHONE\",\"category\":\"C\",\"grade\":\"GENERAL\","
        + "\"acceptedAt\":\"2026-10-05T10:00:00+08:00\"}";
    assertThat(TicketReader.FAST.parse(good)).isNotNull();
    assertThatThrownBy(() -> TicketReader.parseLine(good.replace("10:00:00", "25:00:00"), "t.jsonl", 7))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.field()).isEqualTo("$.acceptedAt");
        });
    assertThatThrownBy(() -> TicketReader.parseLine(good.replace("\"unit\":\"p\",", "\"unit\":\"p\",\"unit\":\"q\","),
        "t.jsonl", 7))
        .isInstanceOfSatisfying(RecordFormatException.class, e -> assertThat(e.reason()).isEqualTo("duplicate key"));
  }

  /** A damage to a text: a character removed, replaced or inserted, at a position chosen by a fraction. */
  private static Gen<java.util.function.UnaryOperator<String>> damage() {
    Gen<Integer> kind = SourceDSL.integers().between(0, 2);
    Gen<Double> where = SourceDSL.doubles().between(0, 1);
    Gen<String> noise = Generate.pick(NOISE);
    return kind.zip(where, noise, (k, w, n) -> s -> {
      int at = Math.min(s.length() - 1, (int) (w * s.length()));
      if (at < 0) {
        return n;
      }
      return switch (k) {
        case 0 -> s.substring(0, at) + s.substring(at + 1);
        case 1 -> s.substring(0, at) + n + s.substring(at + 1);
        default -> s.substring(0, at) + n + s.substring(at);
      };
    });
  }
}
