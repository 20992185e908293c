package dev.complaints.examples.cli;

import dev.complaints.examples.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
