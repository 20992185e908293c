package dev.complaints.examples.crm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The language of the pages: {@code ?lang=} kept in the signed-in browser's session, else the best of English and
 * Chinese for Accept-Language. A request with a bearer token ({@code ?lang=} on a download) gets its language
 * for that request only: the API never creates a session.
 */
final class PageLocaleResolver extends SessionLocaleResolver {
  private static final String THIS_REQUEST = PageLocaleResolver.class.getName() + ".LOCALE";

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return request.getAttribute(THIS_REQUEST) instanceof Locale l ? l : super.resolveLocale(request);
  }

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    return request.getAttribute(THIS_REQUEST) instanceof Locale l ? () -> l : super.resolveLocaleContext(request);
  }

  @Override
  public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      request.setAttribute(THIS_REQUEST, context == null ? null : context.getLocale());
      return;
    }
    super.setLocaleContext(request, response, context);
  }
}
