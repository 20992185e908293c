package dev.complaints.sla.calendar;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared worked examples: walks up from the working directory to a folder holding {@code shared/examples}. */
final class SharedExamples {
  private SharedExamples() {}

  static Path calendarCases() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("examples").resolve("calendar-cases");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("the shared worked examples (shared/examples/calendar-cases) were not found"
        + " in " + dir + " or any folder above it; they belong next to the project checkout");
  }
}
