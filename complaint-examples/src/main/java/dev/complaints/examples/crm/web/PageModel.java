package dev.complaints.examples.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's header shows: who is signed in, the language and the links to the other language; and the
 * error page of a refused page request. Ordered before {@link ApiErrors}, which would answer the pages' refusals
 * with its JSON body.
 */
@ControllerAdvice(assignableTypes = {PageController.class, ScorecardController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

  /**
   * A refused request: the error page with the reason, or for a download of the scorecards (a path ending in
   * {@code /data}) the API's JSON error body.
   *
   * @param e the refusal
   * @param model the error page's model
   * @param request the request
   * @param response the response, whose status is the refusal's
   * @return the view name or the error body
   */
  @ExceptionHandler(ApiException.class)
  Object refused(ApiException e, Model model, HttpServletRequest request, HttpServletResponse response) {
    if (request.getRequestURI().endsWith("/data")) {
      return ErrorBodies.entity(e.status(), e.getMessage(), e.field());
    }
    response.setStatus(e.status());
    model.addAttribute("message", e.getMessage());
    return "error";
  }

  @ModelAttribute("me")
  String me() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof CrmUser u ? u.actor().id() : null;
  }

  @ModelAttribute("roles")
  String roles() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof CrmUser u ? String.join(", ", u.actor().roles()) : "";
  }

  @ModelAttribute("lang")
  String lang(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? "zh" : "en";
  }

  @ModelAttribute("langEn")
  String langEn(HttpServletRequest request) {
    return other(request, "en");
  }

  @ModelAttribute("langZh")
  String langZh(HttpServletRequest request) {
    return other(request, "zh");
  }

  /** The same page in another language, relative to the server root. */
  private static String other(HttpServletRequest request, String lang) {
    var uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", lang).build();
    return uri.getPath() + "?" + uri.getQuery();
  }
}
