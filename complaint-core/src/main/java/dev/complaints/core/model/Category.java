package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One category of a {@link CategoryTaxonomy}.
 *
 * @param code the code, upper case letters, digits, {@code _} and {@code .}, for example {@code SAFETY}
 * @param label a human-readable label
 * @param parent the parent category's code, or null for a top-level category
 */
public record Category(String code, String label, @Nullable String parent) {

  /**
   * Creates a category.
   *
   * @param code the code
   * @param label the label, not blank
   * @param parent the parent code or null
   */
  public Category {
    Checks.notBlank(code, "category code");
    Checks.notBlank(label, "category label");
    Checks.nullOrNotBlank(parent, "category parent");
    if (!code.matches("[A-Z][A-Z0-9_.]*")) {
      throw new IllegalArgumentException(
          "category code '" + code + "' may only use upper-case letters, digits, '_' and '.'");
    }
  }

  /**
   * A top-level category.
   *
   * @param code the code
   * @param label the label
   * @return the category
   */
  public static Category of(String code, String label) {
    return new Category(code, label, null);
  }

  /**
   * A sub-category.
   *
   * @param code the code
   * @param label the label
   * @param parent the parent code
   * @return the category
   */
  public static Category of(String code, String label, String parent) {
    return new Category(code, label, parent);
  }
}
