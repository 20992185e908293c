package dev.complaints.examples.crm.web;

import dev.complaints.core.command.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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

  /**
   * This user signed in, by bearer token or by the sign-in form alike: the actor's roles are the authorities.
   *
   * @return the authentication, without credentials
   */
  UsernamePasswordAuthenticationToken authentication() {
    var authorities = actor.roles().stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities);
  }
}
