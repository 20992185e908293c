package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one error body format: {@code {"status": 400, "error": "what is wrong", "field": "complainant.phone"}}
 * ({@code field} only when one field is at fault). Messages are written for people and never carry a stack
 * trace, a Java class name or personal data.
 */
final class ErrorBodies {
  /** Seconds a client is asked to wait before trying again after a 503. */
  static final String RETRY_AFTER_SECONDS = "5";
  private static final ObjectMapper MAPPER = Json.mapper();

  private ErrorBodies() {}

  static ObjectNode body(int status, String message, String field) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("status", status);
    n.put("error", message);
    if (field != null) {
      n.put("field", field);
    }
    return n;
  }

  static ResponseEntity<ObjectNode> entity(int status, String message, String field) {
    ResponseEntity.BodyBuilder b = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    if (status == 503) {
      b.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return b.body(body(status, message, field));
  }

  /** Writes an error directly to the servlet response (filters, the security entry point). */
  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(MAPPER.writeValueAsString(body(status, message, null)));
    response.getWriter().flush();
  }
}
