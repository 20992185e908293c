package dev.complaints.cli;

import dev.complaints.cli.text.IoErrors;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input to a command (unreadable file, malformed line, bad value): reported in one line, exit code 2. The
 * parts of the line are kept apart (file, line, the field or option at fault, the problem) and put together by
 * {@link ErrorLine}, so that every error of the tool reads alike:
 * {@code <file>:<line>: field '<x>': <problem>}, or as much of it as applies.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String subject;
  private final String problem;

  /**
   * An error with no file, line, field or option.
   *
   * @param problem what is wrong
   */
  public BadInputException(String problem) {
    this(null, 0, null, problem);
  }

  private BadInputException(String file, long line, String subject, String problem) {
    super(ErrorLine.format(file, line, subject, problem));
    this.file = file;
    this.line = line;
    this.subject = subject;
    this.problem = problem;
  }

  /**
   * An error about a command-line option: {@code option '--start': <problem>}.
   *
   * @param option the option, for example {@code --start}
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException option(String option, String problem) {
    return new BadInputException(null, 0, ErrorLine.options(List.of(option)), problem);
  }

  /**
   * An error about several command-line options together: {@code options '--period', '--quarter': <problem>}.
   *
   * @param options the options
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException options(List<String> options, String problem) {
    return new BadInputException(null, 0, ErrorLine.options(options), problem);
  }

  /**
   * An error about a file as a whole: {@code <file>: <problem>}.
   *
   * @param file the file
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException file(Object file, String problem) {
    return new BadInputException(name(file), 0, null, problem);
  }

  /**
   * An error at a line of a file: {@code <file>:<line>: <problem>}.
   *
   * @param file the file
   * @param line the 1-based line, 0 when unknown
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException line(Object file, long line, String problem) {
    return new BadInputException(name(file), line, null, problem);
  }

  /**
   * An error about a field of a file: {@code <file>:<line>: field '<x>': <problem>}.
   *
   * @param file the file, or null for a line of standard input
   * @param line the 1-based line, 0 when unknown
   * @param field the field or JSON path ({@code $} or none for the document as a whole)
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException field(Object file, long line, String field, String problem) {
    return new BadInputException(name(file), line, ErrorLine.field(field), problem);
  }

  /**
   * An error about a file and the options whose values it was asked about:
   * {@code <file>: options '--start', '--limit': <problem>}.
   *
   * @param file the file
   * @param options the options
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException asked(Object file, List<String> options, String problem) {
    return new BadInputException(name(file), 0, ErrorLine.options(options), problem);
  }

  private static String name(Object file) {
    return file == null ? null : file.toString();
  }

  /**
   * An error about a file and the fields of a batch line whose values it was asked about:
   * {@code <file>: fields 'start', 'limit': <problem>}.
   *
   * @param file the file
   * @param fields the fields
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException askedFields(Object file, List<String> fields, String problem) {
    return new BadInputException(name(file), 0, ErrorLine.fields(fields), problem);
  }

  /**
   * An error about several fields of a batch line together: {@code fields 'limit', 'workingDays': <problem>}.
   *
   * @param fields the fields
   * @param problem what is wrong
   * @return the exception to throw
   */
  public static BadInputException fields(List<String> fields, String problem) {
    return new BadInputException(null, 0, ErrorLine.fields(fields), problem);
  }

  /**
   * The same error with a cause attached.
   *
   * @param cause the cause
   * @return this exception
   */
  public BadInputException because(Throwable cause) {
    initCause(cause);
    return this;
  }

  /**
   * The file named, if any.
   *
   * @return the file, or null
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line, 0 when none.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * What the error is about besides the file: {@code field 'x'}, {@code option '--x'}; null when nothing.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * The error for a definition file with problems: one line naming the file, every problem with its field,
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
    return file(file, "invalid " + what + " (" + n + " problem" + (n == 1 ? "" : "s") + "): "
        + e.problems().stream().map(BadInputException::problem).collect(Collectors.joining("; "))
        + " (see: validate " + validateOption + " " + file + ")").because(e);
  }

  /** A problem of a definition file: {@code field 'weekly.MONDAY[1]': <message>}. */
  private static String problem(Problem p) {
    String field = ErrorLine.field(p.path());
    return field == null ? p.message() : field + ": " + p.message();
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
    return file(file, "cannot read: " + why).because(e);
  }
}
