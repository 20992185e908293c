package dev.complaints.spring;

/**
 * A {@code complaints.*} setting that cannot be used: the message starts with the property's name and says what
 * it allows. Thrown while the application context starts, so the application does not start with it.
 */
public class ComplaintsConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;

  /**
   * Creates the exception.
   *
   * @param property the property, such as {@code complaints.workflow}
   * @param message what is wrong and what is allowed
   */
  public ComplaintsConfigurationException(String property, String message) {
    super(property + ": " + message);
    this.property = property;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param property the property, such as {@code complaints.workflow-file}
   * @param message what is wrong and what is allowed
   * @param cause the error met reading the value
   */
  public ComplaintsConfigurationException(String property, String message, Throwable cause) {
    super(property + ": " + message, cause);
    this.property = property;
  }

  /**
   * The property at fault.
   *
   * @return its name, such as {@code complaints.unknown-years}
   */
  public String property() {
    return property;
  }
}
