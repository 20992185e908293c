package dev.complaints.cli;

import dev.complaints.cli.text.Times;
import dev.complaints.scoring.record.RecordFormatException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one style of the tool's error lines:
 *
 * <pre>
 * error: &lt;file&gt;:&lt;line&gt;: field '&lt;x&gt;': &lt;problem&gt;
 * error: &lt;file&gt;:&lt;line&gt;: &lt;problem&gt;
 * error: &lt;file&gt;: &lt;problem&gt;
 * error: option '--start': &lt;problem&gt;
 * error: &lt;problem&gt;
 * </pre>
 *
 * <p>as much of the first form as applies. The problem starts in lower case. Errors that the library modules
 * report are put in this form from their parts (a {@link RecordFormatException}'s source, line and field), not
 * from their wording.
 */
final class ErrorLine {
  /** {@code <source>: line <n>: <rest>}, as some of the library's read errors are worded. */
  private static final Pattern SOURCE_LINE = Pattern.compile("^(.+?): line (\\d+): (.*)$", Pattern.DOTALL);

  private ErrorLine() {}

  /**
   * The text of an error line after {@code error: }.
   *
   * @param file the file, or null
   * @param line the 1-based line, 0 when none
   * @param subject {@code field 'x'}, {@code option '--x'} or null
   * @param problem what is wrong
   * @return the text
   */
  static String format(String file, long line, String subject, String problem) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    } else if (line > 0) {
      sb.append("line ").append(line).append(": ");
    }
    if (subject != null) {
      sb.append(subject).append(": ");
    }
    sb.append(lowerFirst(problem));
    return sb.toString();
  }

  /**
   * The subject for a field or JSON path: {@code field 'stages[1].leftAt'}; the leading {@code $.} of a JSON
   * path is left out, and the document as a whole ({@code $}) is no field. A path that holds a quote is put in
   * double quotes: {@code field "exceptions['2026-10-01'][0]"}.
   *
   * @param field the field or path, may be null
   * @return the subject, or null
   */
  static String field(String field) {
    if (field == null || field.isEmpty() || field.equals("$")) {
      return null;
    }
    String f = field.startsWith("$.") ? field.substring(2) : field.startsWith("$[") ? field.substring(1) : field;
    return f.indexOf('\'') < 0 ? "field '" + f + "'" : "field \"" + f + "\"";
  }

  /**
   * The subject for command-line options: {@code option '--start'} or {@code options '--start', '--limit'}.
   *
   * @param options the options
   * @return the subject
   */
  static String options(List<String> options) {
    return (options.size() == 1 ? "option " : "options ")
        + options.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", "));
  }

  /**
   * The subject for fields of a batch line: {@code field 'start'} or {@code fields 'start', 'limit'}.
   *
   * @param fields the fields
   * @return the subject
   */
  static String fields(List<String> fields) {
    return (fields.size() == 1 ? "field " : "fields ")
        + fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
  }

  /**
   * A problem as it is printed: starting in lower case, unless its first word is a name (an acronym, a class
   * name or a path, such as {@code JSON}, {@code ComplaintReceived} or {@code Data/2027.json}).
   *
   * @param problem the problem
   * @return the problem to print
   */
  static String lowerFirst(String problem) {
    if (problem == null || problem.length() < 2 || !Character.isUpperCase(problem.charAt(0))) {
      return problem;
    }
    int end = 1;
    while (end < problem.length() && Character.isLetter(problem.charAt(end))) {
      if (!Character.isLowerCase(problem.charAt(end))) {
        return problem; // an acronym or a name in CamelCase
      }
      end++;
    }
    if (end < problem.length() && " ,:;".indexOf(problem.charAt(end)) < 0) {
      return problem; // not a word of a sentence: a path or a name such as Data/2027.json
    }
    return Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
  }

  /**
   * The text after {@code error: } for an error a command let through: bad input, a ticket or inputs line the
   * scoring module could not read (from its parts), an unreadable file, or a question a calendar or the scorer
   * could not answer (whose instants are shown in the format of {@link Times}).
   *
   * @param e the error
   * @param zone the zone in which instants of the message are shown
   * @return the text
   */
  static String of(Throwable e, ZoneId zone) {
    if (e instanceof BadInputException bad) {
      return bad.getMessage(); // worded by the command, instants already shown for people
    }
    if (e instanceof RecordFormatException r) {
      // about a value of the file: its instants are the file's, shown as they are written there
      return format(r.source(), r.line(), field(r.field()), r.reason());
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException) {
      Matcher m = SOURCE_LINE.matcher(message);
      if (m.matches()) {
        return format(m.group(1), Long.parseLong(m.group(2)), null, m.group(3));
      }
    }
    return Times.humanize(lowerFirst(message), zone);
  }

  /**
   * Prints one error line, its values cut to a readable length.
   *
   * @param err where to print
   * @param text the text after {@code error: }
   */
  static void print(PrintWriter err, String text) {
    err.println("error: " + Messages.shorten(text));
  }
}
