package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.internal.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The person who complains. Name, phone and e-mail are personal data: {@link #toString()} and
 * {@link #masked()} never show them in full.
 *
 * @param name the complainant's name, not blank
 * @param phone phone number (digits, spaces, {@code +}, {@code -}, {@code *} for masked digits), or null
 * @param email e-mail address, or null
 */
public record Complainant(String name, @Nullable String phone, @Nullable String email) {

  /**
   * Creates a complainant.
   *
   * @param name the name, not blank
   * @param phone the phone number or null
   * @param email the e-mail address or null
   */
  public Complainant {
    Checks.notBlank(name, "complainant name");
    Checks.nullOrNotBlank(phone, "complainant phone");
    Checks.nullOrNotBlank(email, "complainant email");
    if (phone != null && !phone.matches("[0-9+\\- ()*]{3,32}")) {
      throw new IllegalArgumentException(
          "complainant phone must be 3 to 32 digits, spaces, '+', '-', '(' or ')' ('*' for masked digits)");
    }
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("complainant email must look like name@domain");
    }
  }

  /**
   * A complainant with only a name.
   *
   * @param name the name
   * @return the complainant
   */
  public static Complainant of(String name) {
    return new Complainant(name, null, null);
  }

  /**
   * A complainant with a name and a phone number.
   *
   * @param name the name
   * @param phone the phone number
   * @return the complainant
   */
  public static Complainant of(String name, String phone) {
    return new Complainant(name, phone, null);
  }

  /**
   * A copy whose name, phone and e-mail are masked ({@code 张*}, {@code 138****5678},
   * {@code z***@example.com}), for customer-facing views and logs.
   *
   * @return the masked copy
   */
  public Complainant masked() {
    return new Complainant(Masking.name(name), Masking.phone(phone), Masking.email(email));
  }

  /** Masked: personal data never appears in full. */
  @Override
  public String toString() {
    return "Complainant[name=" + Masking.name(name) + ", phone=" + Masking.phone(phone) + ", email="
        + Masking.email(email) + "]";
  }
}
