package dev.complaints.scoring.rubric;

import java.util.Objects;

/**
 * A text in English and Simplified Chinese.
 *
 * @param en English
 * @param zh Simplified Chinese
 */
public record Text(String en, String zh) {

  /**
   * Validates both texts are given.
   *
   * @param en not null
   * @param zh not null
   */
  public Text {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(zh, "zh");
  }

  /**
   * Shorthand factory.
   *
   * @param en English
   * @param zh Chinese
   * @return the text
   */
  public static Text of(String en, String zh) {
    return new Text(en, zh);
  }

  @Override
  public String toString() {
    return en + " / " + zh;
  }
}
