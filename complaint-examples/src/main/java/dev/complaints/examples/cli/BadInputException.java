package dev.complaints.examples.cli;

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
}
