package dev.complaints.scoring;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared worked examples by walking up from the working directory. */
public final class SharedExamples {
  private SharedExamples() {}

  /**
   * The {@code shared/examples} folder.
   *
   * @return its path
   * @throws IllegalStateException when it cannot be found
   */
  public static Path dir() {
    Path start = Path.of("").toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("examples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/examples not found in " + start + " or any parent folder; the sample-month test needs it");
  }
}
