package dev.complaints.cli;

import dev.complaints.cli.text.Labels;
import dev.complaints.cli.text.Lang;
import picocli.CommandLine.Option;

/** {@code --lang en|zh} for a command whose only words are its summary line (validate, export, calendar import). */
final class SummaryLanguage {
  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "language of the summary line: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Lang lang = Lang.EN;

  /** The labels of the chosen language. */
  Labels labels() {
    return Labels.of(lang);
  }
}
