package dev.complaints.cli;

import static dev.complaints.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.cli.ScoreCliTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Year files of holiday data for the tests: the bundled 2024-2026 ones and a made-up 2027 one. */
final class HolidayFiles {
  private HolidayFiles() {}

  /** The bundled 2024-2026 year files and the made-up 2027 one, imported into {@code imported-2024-2027.json}. */
  static Path importCalendar(Path dir) throws IOException {
    Path out = dir.resolve("imported-2024-2027.json");
    List<String> args = new ArrayList<>(List.of("calendar", "import", "--id", "cn-national", "--out",
        out.toString()));
    for (int y = 2024; y <= 2026; y++) {
      args.add(copy("/dev/complaints/sla/calendar/holiday-calendar-cn/" + y + ".json", dir, y + ".json").toString());
    }
    args.add(madeUp2027(dir).toString());
    Result r = run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return out;
  }

  /** A made-up 2027 year file whose only holiday is New Year's Day (not the official dates). */
  static Path madeUp2027(Path dir) throws IOException {
    return copy("/unknown-years/2027-made-up.json", dir, "2027.json");
  }

  /** A class-path resource copied into a file. */
  static Path copy(String resource, Path dir, String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(HolidayFiles.class.getResourceAsStream(resource), resource)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  /** The lines of a command's output. */
  static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }
}
