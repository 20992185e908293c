package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.jdbc.ComplaintStoreUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a request into the JSON error body of {@link ErrorBodies}. */
@RestControllerAdvice
class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ObjectNode> client(ApiException e) {
    return ErrorBodies.entity(e.status(), e.getMessage(), e.field());
  }

  /**
   * The workflow refused the command: 403 when the actor lacks the role, 409 when the id or command id is taken,
   * 422 otherwise; the body names the node and the commands allowed there. (An unknown complaint is a 404, below.)
   */
  @ExceptionHandler(CommandRejectedException.class)
  ResponseEntity<ObjectNode> rejected(CommandRejectedException e) {
    int status = switch (e.reason()) {
      case MISSING_ROLE -> 403;
      case ALREADY_EXISTS, COMMAND_ID_REUSED -> 409;
      default -> 422;
    };
    ResponseEntity<ObjectNode> r = ErrorBodies.entity(status, e.getMessage(), null);
    ObjectNode body = r.getBody();
    body.put("reason", e.reason().name());
    body.put("command", e.command());
    body.put("node", e.node());
    e.allowedCommands().forEach(body.putArray("allowedCommands")::add);
    return r;
  }

  /**
   * A stale version or a lost race (also a {@code CommandAlreadyAppliedException}, which the backend answers
   * with the original result itself whenever the command is the same; one that reaches here is a conflict).
   */
  @ExceptionHandler(VersionConflictException.class)
  ResponseEntity<ObjectNode> conflict(VersionConflictException e) {
    ResponseEntity<ObjectNode> r = ErrorBodies.entity(409, e.getMessage(), null);
    r.getBody().put("expectedVersion", e.expectedVersion()).put("actualVersion", e.actualVersion());
    return r;
  }

  @ExceptionHandler(UnknownComplaintException.class)
  ResponseEntity<ObjectNode> unknown(UnknownComplaintException e) {
    return ErrorBodies.entity(404, e.getMessage(), null);
  }

  /**
   * The database: 503 with Retry-After while it cannot be reached (the change is logged once by {@link
   * DatabaseStatus}); any other database failure is a 500 logged with the SQL state alone, since the driver's
   * message may quote the complainant's data.
   */
  @ExceptionHandler(ComplaintStoreUnavailableException.class)
  ResponseEntity<ObjectNode> store(ComplaintStoreUnavailableException e, HttpServletRequest request) {
    if (DatabaseStatus.unreachable(e)) {
      return ErrorBodies.entity(503, "the database is unavailable; try again later", null);
    }
    LOG.error("{} {} failed in the database: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return ErrorBodies.entity(500, "internal error", null);
  }

  @ExceptionHandler({AsyncRequestTimeoutException.class, TaskRejectedException.class})
  ResponseEntity<ObjectNode> busy(Exception e) {
    return ErrorBodies.entity(503, "the service is busy; try again later", null);
  }

  /** Unknown path (404), wrong method (405, with Allow), unusable media types (406, 415). */
  @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
      HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class})
  ResponseEntity<ObjectNode> routing(Exception e) {
    ErrorResponse error = (ErrorResponse) e;
    int status = error.getStatusCode().value();
    String message = switch (status) {
      case 404 -> "no such path";
      case 405 -> "this method is not allowed here";
      case 406 -> "answers are application/json";
      case 415 -> "send application/json";
      default -> "the request cannot be handled";
    };
    ResponseEntity<ObjectNode> body = ErrorBodies.entity(status, message, null);
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(body.getHeaders());
    headers.putAll(error.getHeaders());
    return new ResponseEntity<>(body.getBody(), headers, status);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ObjectNode> parameter(MethodArgumentTypeMismatchException e) {
    return ErrorBodies.entity(400, "'" + e.getName() + "' must be a whole number", e.getName());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ObjectNode> missing(MissingServletRequestParameterException e) {
    return ErrorBodies.entity(400, "'" + e.getParameterName() + "' is missing", e.getParameterName());
  }

  /**
   * The client went away while an answer was streamed to it (a board page closed during a push): nobody to
   * answer, nothing went wrong.
   */
  @ExceptionHandler(AsyncRequestNotUsableException.class)
  void gone(AsyncRequestNotUsableException e) {
    // nothing to send and nothing to log
  }

  /** Anything else is our fault: logged without its message (which might quote personal data), answered 500. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ObjectNode> internal(Exception e, HttpServletRequest request) {
    LOG.error("{} {} failed: {} at {}", request.getMethod(), request.getRequestURI(), e.getClass().getName(),
        Arrays.stream(e.getStackTrace()).limit(5).map(String::valueOf).collect(Collectors.joining(" < ")));
    return ErrorBodies.entity(500, "internal error", null);
  }
}
