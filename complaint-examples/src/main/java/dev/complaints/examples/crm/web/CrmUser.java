package dev.complaints.examples.crm.web;

import dev.complaints.core.command.Actor;

/**
 * Who sent a request, as the bearer token says: the actor (id and roles) every command is issued by.
 *
 * @param actor the actor
 */
record CrmUser(Actor actor) {
  /** The role that may send its own instants ({@code at}): for importing complaints from another system. */
  static final String IMPORT = "IMPORT";

  boolean mayImport() {
    return actor.hasRole(IMPORT);
  }
}
