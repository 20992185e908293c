package dev.complaints.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the worked examples: {@code shared/examples} next to the checkout or above it when there is one (the
 * reference edition), otherwise the copy in the repository's {@code testdata/worked-examples}.
 */
final class SharedExamples {
  private SharedExamples() {}

  static Path calendarCases() {
    return find("shared/examples/calendar-cases", "testdata/worked-examples/calendar-cases");
  }

  /**
   * The China holiday dataset files for 2024–2026: {@code shared/data/holiday-calendar-cn} when it is next to
   * the checkout, otherwise copies of the files bundled in this module, written to a temporary folder.
   */
  static List<Path> chinaHolidayFiles() {
    List<String> years = List.of("2024.json", "2025.json", "2026.json");
    Path shared = search("shared/data/holiday-calendar-cn");
    try {
      Path dir = shared;
      if (dir == null) {
        dir = Files.createTempDirectory("holiday-calendar-cn");
        for (String year : years) {
          try (InputStream in = SharedExamples.class.getResourceAsStream("holiday-calendar-cn/" + year)) {
            Files.copy(in, dir.resolve(year));
          }
        }
      }
      Path from = dir;
      return years.stream().map(from::resolve).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path find(String preferred, String fallback) {
    Path found = search(preferred);
    if (found == null) {
      found = search(fallback);
    }
    if (found == null) {
      throw new IllegalStateException("neither " + preferred + " nor " + fallback + " was found in "
          + Path.of("").toAbsolutePath() + " or any folder above it");
    }
    return found;
  }

  private static Path search(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
