package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.UnknownComplaintException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP routes. Each request is read (body limit) on the container thread and then handled on the bounded
 * request executor, so that {@code spring.mvc.async.request-timeout} bounds it; a 2xx is sent only after the
 * database committed.
 */
@RestController
class ComplaintController {
  /** Largest page size of {@code GET /complaints}. */
  static final int MAX_PAGE_SIZE = 100;

  private final CrmBackend backend;
  private final CommandReader reader;
  private final ComplaintViews views;
  private final DatabaseStatus database;

  ComplaintController(CrmBackend backend, CommandReader reader, ComplaintViews views, DatabaseStatus database) {
    this.backend = backend;
    this.reader = reader;
    this.views = views;
    this.database = database;
  }

  @PostMapping(path = "/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  Callable<ResponseEntity<ObjectNode>> receive(@AuthenticationPrincipal CrmUser user, HttpServletRequest request)
      throws IOException {
    byte[] body = reader.body(request);
    return () -> {
      ReceiveComplaint command = reader.intake(body, user);
      Complaint c = database.track(() -> backend.receive(command));
      return ResponseEntity.created(URI.create("/complaints/" + c.id())).eTag(Long.toString(c.version()))
          .body(views.complaint(c));
    };
  }

  @PostMapping(path = "/complaints/{id}/commands", produces = MediaType.APPLICATION_JSON_VALUE)
  Callable<ResponseEntity<ObjectNode>> command(@AuthenticationPrincipal CrmUser user, @PathVariable("id") String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request)
      throws IOException {
    String complaintId = CommandReader.pathId(id);
    OptionalLong expected = CommandReader.expectedVersion(ifMatch);
    byte[] body = reader.body(request);
    return () -> {
      Command command = reader.command(body, complaintId, user);
      // an IMPORT token brings its own instants; every other command is stamped by this server
      Complaint c = database.track(() -> backend.handle(command, expected, !user.mayImport()));
      return ResponseEntity.ok().eTag(Long.toString(c.version())).body(views.complaint(c));
    };
  }

  @GetMapping(path = "/complaints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Callable<ResponseEntity<ObjectNode>> find(@PathVariable("id") String id) {
    String complaintId = CommandReader.pathId(id);
    return () -> {
      CrmBackend.Details d = database.track(() -> backend.find(complaintId))
          .orElseThrow(() -> new UnknownComplaintException(complaintId));
      return ResponseEntity.ok().eTag(Long.toString(d.complaint().version())).body(views.details(d));
    };
  }

  @GetMapping(path = "/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
  Callable<ObjectNode> page(@RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "20") int size) {
    if (page < 0 || page > 1_000_000) {
      throw ApiException.badField("page", "'page' must be 0 to 1000000");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ApiException.badField("size", "'size' must be 1 to " + MAX_PAGE_SIZE);
    }
    return () -> views.page(database.track(() -> backend.page(page, size)));
  }

  /**
   * 204 without a body for any authenticated caller, touching no database: the baseline of load measurements
   * (authentication and the HTTP stack alone).
   */
  @GetMapping(path = "/ping")
  ResponseEntity<Void> ping() {
    return ResponseEntity.noContent().build();
  }

  @GetMapping(path = "/board", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode board() {
    return views.board(backend.board());
  }
}
