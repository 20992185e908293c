package dev.complaints.examples.crm.web;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The sign-in form of the pages: the token field is checked against the same tokens file as the API's bearer
 * tokens; the actor and roles are the token's (the name field is not trusted, only shown back on failure).
 */
final class TokenFormAuthentication implements AuthenticationProvider {
  private final TokenRegistry tokens;

  TokenFormAuthentication(TokenRegistry tokens) {
    this.tokens = tokens;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Object credentials = authentication.getCredentials();
    Optional<CrmUser> user = credentials == null ? Optional.empty() : tokens.find(credentials.toString().strip());
    if (user.isEmpty()) {
      throw new BadCredentialsException("unknown token");
    }
    return user.get().authentication();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
