package dev.complaints.scoring.record;

/**
 * A field of a record is missing or has a value that is not allowed. Carries the field name so that readers
 * can report the exact location ({@code stages[1].leftAt}).
 */
public class FieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the field name, relative to the object being built
   * @param message what is wrong and what is allowed
   */
  public FieldException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /**
   * The offending field, relative to the object being built.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * The message without the field prefix.
   *
   * @return what is wrong
   */
  public String reason() {
    String m = getMessage();
    return m.substring(field.length() + 2);
  }
}
