package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What the complaint is about: the merchant, tenant, store or service involved and where.
 *
 * @param name merchant, tenant, store or service, not blank
 * @param location where it happened (floor, shop number, address), or null
 */
public record Subject(String name, @Nullable String location) {

  /**
   * Creates a subject.
   *
   * @param name the merchant, tenant, store or service, not blank
   * @param location the location or null
   */
  public Subject {
    Checks.notBlank(name, "subject name");
    Checks.nullOrNotBlank(location, "subject location");
  }

  /**
   * Shorthand factory.
   *
   * @param name the merchant, tenant, store or service
   * @param location the location or null
   * @return the subject
   */
  public static Subject of(String name, @Nullable String location) {
    return new Subject(name, location);
  }
}
