package dev.complaints.core.internal;

import org.jspecify.annotations.Nullable;


/** Masking of personal data for display and logs. Not API. */
public final class Masking {
  private Masking() {}

  /**
   * Masks a phone number keeping the first three and last four of its 8 or more digits
   * ({@code 13812345678 -> 138****5678}); a shorter number keeps only its last two digits ({@code 12345 ->
   * ***45}). Separators are dropped; a {@code +} counts as a digit. Masking is idempotent: a {@code *} counts as
   * a (hidden) digit, so an already masked number comes back unchanged ({@code 138****5678 -> 138****5678}).
   *
   * @param phone the phone number, may be null
   * @return the masked number, or null
   */
  public static @Nullable String phone(@Nullable String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9+*]", "");
    int n = digits.length();
    if (n >= 8) {
      return digits.substring(0, 3) + "****" + digits.substring(n - 4);
    }
    if (n >= 3) {
      return "*".repeat(n - 2) + digits.substring(n - 2);
    }
    return "*".repeat(Math.max(n, 1));
  }

  /**
   * Masks an e-mail address keeping the first character and the domain (idempotent): {@code zhang@example.com ->
   * z***@example.com}.
   *
   * @param email the address, may be null
   * @return the masked address, or null
   */
  public static @Nullable String email(@Nullable String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }

  /**
   * Masks a person's name: a name without spaces keeps its first character ({@code 张三 -> 张*}); a name of
   * several words keeps the first initial and the last word ({@code John Smith -> J*** Smith}). Idempotent: a
   * masked name comes back unchanged.
   *
   * @param name the name, may be null
   * @return the masked name, or null
   */
  public static @Nullable String name(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      return trimmed;
    }
    String[] words = trimmed.split("\\s+");
    int first = trimmed.codePointAt(0);
    String initial = new String(Character.toChars(first));
    if (words.length >= 2) {
      return initial + "*** " + words[words.length - 1];
    }
    int count = trimmed.codePointCount(0, trimmed.length());
    if (Character.isIdeographic(first)) {
      return initial + "*".repeat(Math.max(1, count - 1));
    }
    return initial + "***";
  }
}
