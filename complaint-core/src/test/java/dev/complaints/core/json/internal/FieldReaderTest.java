package dev.complaints.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared field reader: each JSON type, its wording and its path. */
class FieldReaderTest {

  /** Reads {@code {"f": <value>}} with one field reader; returns the problems. */
  private static List<Problem> problemsOf(String value, Read<?> read) {
    Problems problems = new Problems();
    JsonNode root = JsonText.read("{\"f\": " + value + "}", problems);
    ObjectFields o = ObjectFields.of(root, "$", problems, List.of("f"));
    o.required("f", read);
    return problems.list();
  }

  private static Object valueOf(String value, Read<?> read) {
    Problems problems = new Problems();
    Object v = read.read(JsonText.read(value, problems), "$", problems);
    assertThat(problems.list()).isEmpty();
    return v;
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("42", Reads.string(), "must be a string (found 42)"),
        Arguments.of("\"  \"", Reads.string(), "must not be blank"),
        Arguments.of("[\"a\"]", Reads.string(), "must be a string (found an array)"),
        Arguments.of("\"yes\"", Reads.bool(), "must be true or false (found \"yes\")"),
        Arguments.of("101", Reads.integer(0, 100), "must be an integer between 0 and 100 (found 101)"),
        Arguments.of("-1", Reads.integer(0, 100), "must be an integer between 0 and 100 (found -1)"),
        Arguments.of("1.5", Reads.integer(0, 100), "must be an integer between 0 and 100 (found 1.5)"),
        Arguments.of("\"3\"", Reads.integer(0, 100), "must be an integer between 0 and 100 (found \"3\")"),
        Arguments.of("0", Reads.integer(1, Integer.MAX_VALUE), "must be an integer of at least 1 (found 0)"),
        Arguments.of("3000000000", Reads.integer(1, Integer.MAX_VALUE),
            "must be an integer between 1 and 2147483647 (found 3000000000)"),
        Arguments.of("true", Reads.integer(), "must be an integer (found true)"),
        Arguments.of("1e400", Reads.decimal(BigDecimal.ZERO, BigDecimal.valueOf(1000)),
            "must be a number between 0 and 1000 (found 1E+400)"),
        Arguments.of("1" + "0".repeat(400), Reads.decimal(BigDecimal.ZERO, BigDecimal.valueOf(1000)),
            "must be a number between 0 and 1000 (found a number of 401 digits)"),
        Arguments.of("\"0.5\"", Reads.decimal(BigDecimal.ZERO, BigDecimal.ONE),
            "must be a number between 0 and 1 (found \"0.5\")"),
        Arguments.of("\"HUGE\"", Reads.enumByName(Grade.class),
            "must be one of: GENERAL, SERIOUS, MAJOR, CRITICAL (found \"HUGE\")"),
        Arguments.of("3", Reads.enumByName(Grade.class), "must be one of: GENERAL, SERIOUS, MAJOR, CRITICAL (found 3)"),
        Arguments.of("\"4 hours\"", Reads.duration(), "must be an ISO-8601 duration such as PT4H (found \"4 hours\")"),
        Arguments.of("\"PT0S\"", Reads.positiveDuration(),
            "must be a positive ISO-8601 duration such as PT4H (found \"PT0S\")"),
        Arguments.of("\"2026-13-01\"", Reads.date(), "must be an ISO date such as 2026-10-01 (found \"2026-13-01\")"),
        Arguments.of("\"25:00\"", Reads.time(), "must be a time such as 09:30 or 09:30:15 (found \"25:00\")"),
        Arguments.of("\"soon\"", Reads.instant(),
            "must be an ISO-8601 instant with offset such as 2026-10-03T19:10:00+08:00 (found \"soon\")"),
        Arguments.of("\"Mars/Olympus\"", Reads.zone(),
            "must be a time zone id such as Asia/Shanghai (found \"Mars/Olympus\")"),
        Arguments.of("\"October\"", Reads.month(), "must be a month such as 2026-10 (found \"October\")"),
        Arguments.of("{}", Reads.arrayOf(Reads.string()), "must be an array (found an object)"),
        Arguments.of("[]", Reads.nonEmptyArrayOf(Reads.string()), "must not be empty"),
        Arguments.of("[1]", Reads.object(List.of("a"), o -> o), "must be an object (found an array)"),
        Arguments.of("\"" + "x".repeat(100) + "\"", Reads.bool(),
            "must be true or false (found \"" + "x".repeat(60) + "…\")"));
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void eachTypeHasOneWording(String value, Read<?> read, String message) {
    assertThat(problemsOf(value, read)).containsExactly(Problem.of("$.f", message));
  }

  @Test
  void eachTypeReadsItsValue() {
    assertThat(valueOf("\"a\"", Reads.string())).isEqualTo("a");
    assertThat(valueOf("false", Reads.bool())).isEqualTo(false);
    assertThat(valueOf("100", Reads.integer(0, 100))).isEqualTo(100);
    assertThat(valueOf("9000000000", Reads.longInteger(0, Long.MAX_VALUE))).isEqualTo(9_000_000_000L);
    assertThat(valueOf("1.000000000000000000001", Reads.decimal(BigDecimal.ZERO, BigDecimal.TEN)))
        .isEqualTo(new BigDecimal("1.000000000000000000001"));
    assertThat(valueOf("0.90", Reads.decimal(BigDecimal.ZERO, BigDecimal.ONE))).isEqualTo(new BigDecimal("0.90"));
    assertThat(valueOf("\"MAJOR\"", Reads.enumByName(Grade.class))).isEqualTo(Grade.MAJOR);
    assertThat(valueOf("\"PT4H\"", Reads.positiveDuration())).isEqualTo(Duration.ofHours(4));
    assertThat(valueOf("\"2026-10-01\"", Reads.date())).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(valueOf("\"09:30\"", Reads.time())).isEqualTo(LocalTime.of(9, 30));
    assertThat(valueOf("\"2026-10-03T19:10:00+08:00\"", Reads.instant()))
        .isEqualTo(Instant.parse("2026-10-03T11:10:00Z"));
    assertThat(valueOf("\"Asia/Shanghai\"", Reads.zone())).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(valueOf("\"2026-10\"", Reads.month())).isEqualTo(YearMonth.of(2026, 10));
    assertThat(valueOf("[\"a\", \"b\"]", Reads.arrayOf(Reads.string()))).isEqualTo(List.of("a", "b"));
  }

  @Test
  void missingAndUnknownFieldsAreReportedAtTheirPathsAndReadingGoesOn() {
    Problems problems = new Problems();
    JsonNode root = JsonText.read("{\"b\": null, \"colour\": 1, \"list\": [\"x\", 2, \" \"]}", problems);
    ObjectFields o = ObjectFields.of(root, "$", problems, List.of("a", "b", "list"));
    assertThat(o.required("a", Reads.string())).isNull();
    assertThat(o.required("b", Reads.string())).isNull();
    assertThat(o.optional("list", Reads.arrayOf(Reads.string()))).isNull();
    assertThat(o.ok()).isFalse();
    assertThat(problems.list()).containsExactly(
        Problem.of("$.colour", "unknown field (allowed: a, b, list)"),
        Problem.of("$.a", "missing required field"),
        Problem.of("$.b", "missing required field"),
        Problem.of("$.list[1]", "must be a string (found 2)"),
        Problem.of("$.list[2]", "must not be blank"));
  }

  @Test
  void anUnknownFieldAloneLeavesTheObjectUsable() {
    Problems problems = new Problems();
    ObjectFields o = ObjectFields.of(JsonText.read("{\"a\": \"x\", \"z\": 1}", problems), "$", problems,
        List.of("a"));
    assertThat(o.required("a", Reads.string())).isEqualTo("x");
    assertThat(o.ok()).isTrue();
    assertThat(problems.list()).containsExactly(Problem.of("$.z", "unknown field (allowed: a)"));
  }

  @Test
  void everyRepeatedKeyIsAProblemAndTheFirstValueIsKept() {
    Problems problems = new Problems();
    JsonNode root = JsonText.read("{\"a\": 1, \"a\": 2, \"o\": {\"2026-10-01\": [], \"2026-10-01\": [1]},"
        + " \"l\": [{\"x\": true, \"x\": false}]}", problems);
    assertThat(problems.list()).containsExactly(
        Problem.of("$.a", "duplicate key"),
        Problem.of("$.o['2026-10-01']", "duplicate key"),
        Problem.of("$.l[0].x", "duplicate key"));
    assertThat(root.get("a").intValue()).isEqualTo(1);
    assertThat(root.at("/l/0/x").booleanValue()).isTrue();
  }

  @Test
  void textThatIsNotOneJsonValueIsOneProblemWhereReadingStopped() {
    Problems problems = new Problems();
    assertThat(JsonText.read("{\"a\": {\"b\": }}", problems)).isNull();
    assertThat(problems.list()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.a.b");
      assertThat(p.message()).startsWith("not valid JSON: Unexpected character ('}'").endsWith("line 1, column 13");
    });
    Problems empty = new Problems();
    assertThat(JsonText.read(" \n", empty)).isNull();
    assertThat(empty.list()).containsExactly(Problem.of("$", "not valid JSON: no JSON value: the text is empty"));
    Problems two = new Problems();
    assertThat(JsonText.read("{} {}", two)).isNull();
    assertThat(two.list()).containsExactly(Problem.of("$",
        "not valid JSON: a second JSON value starts at line 1, column 4; only one is allowed"));
  }

  @Test
  void aFormatThrowsEveryProblemOrReturnsTheValue() {
    JsonFormat<String> names = new JsonFormat<>("name list") {
      @Override
      protected String parse(JsonNode root, Problems problems) {
        ObjectFields o = ObjectFields.of(root, "$", problems, List.of("id", "names"));
        if (o == null) {
          return null;
        }
        String id = o.required("id", Reads.string());
        List<String> all = o.required("names", Reads.nonEmptyArrayOf(Reads.string()));
        return o.ok() ? id + ":" + String.join(",", all) : null;
      }
    };
    assertThat(names.read("{\"id\": \"n\", \"names\": [\"a\", \"b\"]}")).isEqualTo("n:a,b");
    assertThatThrownBy(() -> names.read("{\"id\": \"n\", \"id\": \"m\", \"names\": [1]}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.of("$.id", "duplicate key"), Problem.of("$.names[0]", "must be a string (found 1)")))
        .hasMessageStartingWith("name list 'n' is invalid (2 problems):");
    assertThat(names.problems(JsonText.read("[]", new Problems())))
        .containsExactly(Problem.of("$", "must be an object (found an array)"));
  }

  @Test
  void pathsQuoteNamesThatAreNotIdentifiers() {
    assertThat(JsonPaths.field("$", "limits")).isEqualTo("$.limits");
    assertThat(JsonPaths.field("$.exceptions", "2026-10-01")).isEqualTo("$.exceptions['2026-10-01']");
    assertThat(JsonPaths.index("$.nodes", 2)).isEqualTo("$.nodes[2]");
  }
}
