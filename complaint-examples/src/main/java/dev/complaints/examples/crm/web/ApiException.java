package dev.complaints.examples.crm.web;

/** A client mistake found by the web layer: its status, the field at fault (when one is) and what is wrong. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;

  ApiException(int status, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
  }

  static ApiException badField(String field, String message) {
    return new ApiException(400, field, message);
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }
}
