package dev.complaints.examples.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Which requests are the pages' (session and form sign-in) rather than the API's (bearer token). A request with
 * an {@code Authorization} header is always the API's, so scripts keep their answers; of the rest, the page
 * paths, their assets and data, and {@code GET /complaints/{id}} asked for by a browser ({@code Accept:
 * text/html}), which shares its path with the API's JSON.
 */
final class PageRequests {
  private static final Set<String> PATHS = Set.of("/", "/login", "/logout", "/scorecards", "/quarters",
      "/scorecards/data", "/quarters/data", "/favicon.ico");
  private static final Pattern COMPLAINT = Pattern.compile("/complaints/[A-Za-z0-9._:-]{1,64}");

  private PageRequests() {}

  /** A page a browser navigated to: worth returning to after the sign-in. */
  static boolean isPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
        && !path.startsWith("/ui/") && !path.startsWith("/webjars/") && !path.endsWith("/data");
  }

  static boolean matches(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (PATHS.contains(path) || path.startsWith("/ui/") || path.startsWith("/webjars/")) {
      return true;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return "GET".equals(request.getMethod()) && COMPLAINT.matcher(path).matches() && accept != null
        && accept.contains("text/html");
  }
}
