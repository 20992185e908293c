package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who issues a command, with the roles that the workflow's guards check (for example
 * {@code CUSTOMER_SERVICE}, {@code DISPATCHER}, {@code DEPARTMENT}, {@code STORE_MANAGER}).
 *
 * @param id the actor's id (user name, employee number), not blank
 * @param roles the actor's roles, not blank, kept sorted
 */
public record Actor(String id, Set<String> roles) {

  /**
   * Creates an actor.
   *
   * @param id the id, not blank
   * @param roles the roles, none blank
   */
  public Actor {
    Checks.notBlank(id, "actor id");
    Checks.noNulls(roles, "actor roles");
    for (String r : roles) {
      Checks.notBlank(r, "actor role");
    }
    roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
  }

  /**
   * Shorthand factory.
   *
   * @param id the actor id
   * @param roles the roles
   * @return the actor
   */
  public static Actor of(String id, String... roles) {
    return new Actor(id, new TreeSet<>(Arrays.asList(roles)));
  }

  /**
   * Whether the actor has the role.
   *
   * @param role the role
   * @return true when the actor has it
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
