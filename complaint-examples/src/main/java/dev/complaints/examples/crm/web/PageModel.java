package dev.complaints.examples.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's header shows: who is signed in, the language and the links to the other language. */
@ControllerAdvice(assignableTypes = {PageController.class, ScorecardController.class})
class PageModel {

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
