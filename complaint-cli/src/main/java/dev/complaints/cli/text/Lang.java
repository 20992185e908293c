package dev.complaints.cli.text;

import dev.complaints.scoring.scorecard.PeriodReportJson;
import java.util.Locale;

/** The language of the tool's human output ({@code --lang en|zh}): labels, headings and explanations. */
public enum Lang {
  /** English (the default). */
  EN(Locale.ROOT, PeriodReportJson.Language.EN),
  /** Simplified Chinese. */
  ZH(Locale.SIMPLIFIED_CHINESE, PeriodReportJson.Language.ZH);

  private final Locale locale;
  private final PeriodReportJson.Language explanations;

  Lang(Locale locale, PeriodReportJson.Language explanations) {
    this.locale = locale;
    this.explanations = explanations;
  }

  /**
   * The locale of the label bundle.
   *
   * @return {@link Locale#ROOT} for English, {@link Locale#SIMPLIFIED_CHINESE} for Chinese
   */
  Locale locale() {
    return locale;
  }

  /**
   * The language of the scoring module's explanations.
   *
   * @return the same language
   */
  public PeriodReportJson.Language explanations() {
    return explanations;
  }

  /** The code as given on the command line and listed in help and errors: {@code en}, {@code zh}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
