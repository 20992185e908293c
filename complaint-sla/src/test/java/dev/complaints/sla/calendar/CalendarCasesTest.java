package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every case of the shared worked examples ({@code shared/examples/calendar-cases}) through the library. */
class CalendarCasesTest {

  @ParameterizedTest
  @ValueSource(strings = {"sample-mall", "sample-london-office"})
  void everyCaseAgrees(String name) throws IOException {
    Path dir = SharedExamples.calendarCases();
    BusinessCalendar cal = BusinessCalendars.read(Files.readString(dir.resolve(name + ".json")));
    List<String> lines = Files.readAllLines(dir.resolve(name + ".jsonl"));
    ObjectMapper mapper = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      cases++;
      JsonNode c = mapper.readTree(line);
      String expected = c.get("expected").asText();
      Object got;
      boolean ok;
      switch (c.get("kind").asText()) {
        case "deadline" -> {
          Instant r = cal.add(instant(c.get("start")), Duration.parse(c.get("limit").asText()));
          got = r;
          ok = r.equals(instant(c.get("expected")));
        }
        case "elapsed" -> {
          Duration r = cal.between(instant(c.get("from")), instant(c.get("to")));
          got = r;
          ok = r.equals(Duration.parse(expected));
        }
        case "workingDays" -> {
          Instant r = cal.addWorkingDays(instant(c.get("start")), c.get("workingDays").asInt(),
              DueAt.valueOf(c.get("due").asText()));
          got = r;
          ok = r.equals(instant(c.get("expected")));
        }
        default -> throw new AssertionError("unknown kind in " + line);
      }
      if (!ok) {
        failures.add(line + " -> got " + got);
      }
    }
    assertThat(cases).isEqualTo(100);
    assertThat(failures).as("cases of %s that disagree", name).isEmpty();
  }

  private static Instant instant(JsonNode n) {
    return OffsetDateTime.parse(n.asText()).toInstant();
  }
}
