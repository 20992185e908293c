package dev.complaints.cli;

import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.cli.text.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Bad input to a command (unreadable file, malformed line, bad value): reported in one line, exit code 2. */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line naming the file, line and field
   */
  public BadInputException(String message) {
    super(message);
  }

  /**
   * The error for a definition file with problems: one line naming the file, every problem with its JSON path,
   * and the {@code validate} command that lists them one per line.
   *
   * @param file the file
   * @param what what the file holds, for example {@code calendar} or {@code SLA policy}
   * @param e the problems
   * @param validateOption the option of {@code validate} for such a file, for example {@code --calendar}
   * @return the exception to throw
   */
  public static BadInputException invalid(Path file, String what, ValidationException e, String validateOption) {
    int n = e.problems().size();
    return new BadInputException(file + ": invalid " + what + " (" + n + " problem" + (n == 1 ? "" : "s") + "): "
        + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))
        + " (see: validate " + validateOption + " " + file + ")");
  }

  /**
   * The error for a file that cannot be read, in words rather than exception class names.
   *
   * @param file the file
   * @param e why it could not be read
   * @return the exception to throw
   */
  public static BadInputException cannotRead(Path file, IOException e) {
    // reading a directory fails with a bare "Is a directory" IOException
    String why = Files.isDirectory(file) ? "is a directory, not a file" : IoErrors.reason(e);
    BadInputException bad = new BadInputException(file + ": cannot read: " + why);
    bad.initCause(e);
    return bad;
  }
}
