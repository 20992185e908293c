package dev.complaints.examples.crm.web;

import dev.complaints.core.workflow.WorkflowEngine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains. The pages ({@link PageRequests}: requests without an {@code Authorization} header for the
 * board, complaint and scorecard pages, their data and assets) sign in with the same tokens through a form and
 * keep a session cookie, with CSRF tokens on every form post. Everything else is the JSON API below.
 *
 * <p>The API: bearer tokens, stateless: no sessions, no cookies, no CSRF tokens (nothing is remembered between requests).
 * Every route but {@code /actuator/health} needs a valid {@code Authorization: Bearer TOKEN}; without one the
 * answer is 401 with {@code WWW-Authenticate: Bearer} and a JSON body. Reading complaints needs one of the
 * workflow's (staff) roles; what a command needs is the workflow engine's decision (403 when it refuses the
 * role).
 */
@Configuration
@EnableWebSecurity
class SecurityWiring {

  @Bean
  @Order(1)
  SecurityFilterChain pages(HttpSecurity http, TokenRegistry tokens, WorkflowEngine engine) throws Exception {
    List<String> staffRoles = engine.definition().roles();
    // after the sign-in a browser goes back to the page it asked for, never to an event stream or a download
    HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
    pagesOnly.setRequestMatcher(PageRequests::isPage);
    http.securityMatcher(PageRequests::matches)
        .requestCache(c -> c.requestCache(pagesOnly))
        .authenticationProvider(new TokenFormAuthentication(tokens))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.loginPage("/login").usernameParameter("name").passwordParameter("token")
            .defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?out").permitAll())
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
        .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> ErrorBodies.write(response, 403,
            ex instanceof org.springframework.security.web.csrf.CsrfException
                ? "the form is out of date or was not sent from this service's page; reload the page and send it again"
                : "the signed-in roles do not allow this")))
        .authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
            .requestMatchers("/login", "/ui/static/**", "/webjars/**", "/favicon.ico").permitAll()
            .anyRequest().hasAnyAuthority(staffRoles.toArray(String[]::new)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, TokenRegistry tokens, WorkflowEngine engine) throws Exception {
    List<String> staffRoles = engine.definition().roles();
    http.csrf(c -> c.disable())
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .anonymous(a -> a.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> unauthorized(response, false))
            .accessDeniedHandler((request, response, ex) -> ErrorBodies.write(response, 403,
                "the token's roles do not allow this")))
        .authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/complaints", "/complaints/**", "/board", "/ping",
                "/scorecards/data", "/quarters/data")
            .hasAnyAuthority(staffRoles.toArray(String[]::new))
            .anyRequest().authenticated());
    return http.build();
  }

  static void unauthorized(HttpServletResponse response, boolean tokenGiven) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenGiven
        ? "Bearer realm=\"complaints\", error=\"invalid_token\"" : "Bearer realm=\"complaints\"");
    ErrorBodies.write(response, 401, tokenGiven ? "the bearer token is not valid"
        : "send a valid 'Authorization: Bearer TOKEN' header");
  }

  /** Authenticates {@code Authorization: Bearer TOKEN}; an invalid header is answered 401 at once. */
  static final class BearerTokenFilter extends OncePerRequestFilter {
    private final TokenRegistry tokens;

    BearerTokenFilter(TokenRegistry tokens) {
      this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      if (header == null) {
        chain.doFilter(request, response);
        return;
      }
      Optional<CrmUser> user = header.regionMatches(true, 0, "Bearer ", 0, 7)
          ? tokens.find(header.substring(7).strip()) : Optional.empty();
      if (user.isEmpty()) {
        unauthorized(response, true);
        return;
      }
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(user.get().authentication());
      SecurityContextHolder.setContext(context);
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
  }
}
