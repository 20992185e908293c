package dev.complaints.scoring.record;

import org.jspecify.annotations.Nullable;

/**
 * A ticket line or an inputs document could not be read into records. The message is one line naming the
 * source, the line and the field's JSON path, then what is wrong in the wording of every JSON format of the
 * library (docs/json.md): {@code tickets.jsonl: line 7: $.stages[1].leftAt: must be an ISO-8601 instant …}.
 */
public class RecordFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String field;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file name or other source description
   * @param line 1-based line number, 0 when unknown
   * @param field the JSON path of the field inside the record, for example {@code $.stages[1].leftAt}; {@code $}
   *     for the record as a whole
   * @param reason what is wrong
   * @param cause the underlying exception, may be null
   */
  public RecordFormatException(String source, long line, String field, String reason, @Nullable Throwable cause) {
    super(source + ": " + (line > 0 ? "line " + line + ": " : "") + field + ": " + reason, cause);
    this.source = source;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  /**
   * The source (file name).
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number, 0 when unknown.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The JSON path of the field inside the record, for example {@code $.stages[1].leftAt}; {@code $} for the
   * record as a whole.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
