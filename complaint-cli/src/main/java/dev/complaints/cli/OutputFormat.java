package dev.complaints.cli;

import java.util.Locale;

/** {@code --format json|text}: JSON for programs (instants in ISO-8601), text for people. */
public enum OutputFormat {
  /** One JSON document. */
  JSON,
  /** Text for people, in the language of {@code --lang}. */
  TEXT;

  /** The value as given on the command line and listed in help and errors: {@code json}, {@code text}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
