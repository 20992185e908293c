package dev.complaints.examples.crm.web;

/** A setting the service cannot start with (tokens file missing or invalid); the message says what and where. */
final class CrmSettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String action;

  CrmSettingsException(String message, String action) {
    super(message);
    this.action = action;
  }

  String action() {
    return action;
  }
}
