package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Command;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.timer.TimerState;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaTracker;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board page, its server-sent events, the complaint page and its command forms, and the sign-in page. The
 * complainant's name, phone and e-mail appear only masked, as in the API's answers.
 */
@Controller
class PageController {
  private final BoardFeed feed;
  private final WorkflowEngine engine;
  private final JdbcComplaintStore store;
  private final SlaTracker tracker;
  private final WorkflowDefinition workflow;
  private final CrmBackend backend;
  private final CommandReader reader;
  private final ComplaintViews views;
  private final MessageSource messages;
  private final Clock clock;
  private final ObjectMapper mapper = Json.mapper();

  PageController(BoardFeed feed, WorkflowEngine engine, JdbcComplaintStore store, SlaTracker tracker,
      WorkflowDefinition workflow, CrmBackend backend, CommandReader reader, ComplaintViews views,
      MessageSource messages, Clock clock) {
    this.feed = feed;
    this.engine = engine;
    this.store = store;
    this.tracker = tracker;
    this.workflow = workflow;
    this.backend = backend;
    this.reader = reader;
    this.views = views;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String board(Model model, Locale locale) throws Exception {
    model.addAttribute("labels", script(mapper.writeValueAsString(labels(locale))));
    return "board";
  }

  @GetMapping(path = "/ui/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events() {
    return feed.subscribe();
  }

  /**
   * JSON for a {@code <script type="application/json">} block: no text in it (an org unit named by a client, say)
   * can end the block, since {@code <}, {@code >} and {@code &} occur only inside strings and are escaped there.
   */
  static String script(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** The labels the board's script shows for codes: lights, nodes, grades, states. */
  private Map<String, String> labels(Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    for (AlertLevel l : AlertLevel.values()) {
      out.put("level." + l.name(), label("level." + l.name(), l.name(), locale));
    }
    for (var n : workflow.nodes()) {
      out.put("node." + n.name(), label("node." + workflow.id() + "." + n.name(), n.name(), locale));
    }
    out.put("node.REPORT", label("target.REPORT", "REPORT", locale));
    for (Grade g : Grade.values()) {
      out.put("grade." + g.name(), label("grade." + g.name(), g.name(), locale));
    }
    for (TimerState s : TimerState.values()) {
      out.put("state." + s.name(), label("state." + s.name(), s.name(), locale));
    }
    return out;
  }

  private String label(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }

  @GetMapping(path = "/complaints/{id}", produces = MediaType.TEXT_HTML_VALUE, headers = "!Authorization")
  String complaint(@PathVariable("id") String id, @AuthenticationPrincipal CrmUser user, Model model,
      Locale locale) throws Exception {
    String complaintId = CommandReader.pathId(id);
    // one read of the events for the complaint and its history, so that both show the same version
    List<ComplaintEvent> events = store.load(complaintId);
    if (events.isEmpty()) {
      throw new UnknownComplaintException(complaintId);
    }
    Complaint c = engine.replay(events);
    ObjectNode view = views.complaint(c);
    model.addAttribute("c", c);
    model.addAttribute("node", label("node." + workflow.id() + "." + c.node(), c.node(), locale));
    model.addAttribute("grade", c.grade() == null ? null : label("grade." + c.grade().name(), c.grade().name(),
        locale));
    model.addAttribute("customer", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(view.get("complaint")));
    model.addAttribute("internal", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(view.get("internal")));
    model.addAttribute("visits", visits(complaintId, locale));
    List<Map<String, Object>> history = new ArrayList<>();
    for (ComplaintEvent e : events) {
      history.add(Map.of("version", e.version(), "type", e.getClass().getSimpleName(), "at", e.at().toString(),
          "actor", e.actor()));
    }
    model.addAttribute("history", history);
    model.addAttribute("forms", CommandForms.forms(workflow, c, user.actor()));
    return "complaint";
  }

  /** Each timed node visit with its clock, extensions and the lights reached. */
  private List<Map<String, Object>> visits(String complaintId, Locale locale) {
    Instant now = clock.instant();
    List<Map<String, Object>> out = new ArrayList<>();
    for (SlaTimer t : tracker.timersOf(complaintId)) {
      Map<String, Object> v = new LinkedHashMap<>();
      // every key the template reads, so that a visit without a status still renders
      for (String key : List.of("error", "state", "level", "levelLabel", "highest", "highestLabel", "firstRedAt",
          "used", "limit", "deadline")) {
        v.put(key, null);
      }
      TimerStatus s;
      try {
        s = t.statusAt(now).orElse(null);
      } catch (RuntimeException e) {
        s = null;
        v.put("error", e.getMessage());
      }
      String node = s != null && s.node() != null ? s.node() : t.target().name();
      v.put("node", label("node." + workflow.id() + "." + node, node, locale));
      v.put("startedAt", t.startedAt().toString());
      Instant ended = t.stoppedAt() != null ? t.stoppedAt() : t.cancelledAt();
      v.put("endedAt", ended == null ? null : ended.toString());
      if (s != null) {
        v.put("state", label("state." + s.state().name(), s.state().name(), locale));
        v.put("level", s.level().name());
        v.put("levelLabel", label("level." + s.level().name(), s.level().name(), locale));
        v.put("highest", s.highestLevel().name());
        v.put("highestLabel", label("level." + s.highestLevel().name(), s.highestLevel().name(), locale));
        v.put("firstRedAt", s.outcome().firstRedAt() == null ? null : s.outcome().firstRedAt().toString());
        v.put("used", BoardFeed.duration(s.outcome().elapsed()));
        v.put("limit", BoardFeed.duration(s.outcome().limit()));
        v.put("deadline", s.outcome().deadline().toString());
      }
      List<Map<String, String>> extensions = new ArrayList<>();
      for (Extension x : t.extensions()) {
        extensions.add(Map.of("duration", BoardFeed.duration(x.duration()), "approvedAt", x.approvedAt().toString()));
      }
      v.put("extensions", extensions);
      out.add(v);
    }
    return out;
  }

  /** A command from the page's form: decided like the API's, the outcome shown in words on the page. */
  @PostMapping("/ui/complaints/{id}/commands")
  String command(@PathVariable("id") String id, @RequestParam Map<String, String> params,
      @AuthenticationPrincipal CrmUser user, RedirectAttributes redirect) {
    String complaintId = CommandReader.pathId(id);
    String type = params.get("type");
    try {
      OptionalLong expected = CommandReader.expectedVersion(params.get("version"));
      Command command = reader.command(CommandForms.body(type, params), complaintId, user);
      Complaint c = backend.handle(command, expected, true);
      redirect.addFlashAttribute("done", type + " → " + c.node() + " (version " + c.version() + ")");
    } catch (ApiException e) {
      redirect.addFlashAttribute("failed", e.getMessage() + (e.field() == null ? "" : " [" + e.field() + "]"));
    } catch (CommandRejectedException e) {
      redirect.addFlashAttribute("failed", e.reason().name() + ": " + e.getMessage());
    } catch (VersionConflictException e) {
      redirect.addFlashAttribute("failed", "the complaint changed meanwhile (version " + e.actualVersion()
          + "); look again and resend");
    }
    return "redirect:/complaints/" + complaintId;
  }

  @ExceptionHandler(UnknownComplaintException.class)
  String unknown(UnknownComplaintException e, Model model, HttpServletResponse response) {
    response.setStatus(404);
    model.addAttribute("message", e.getMessage());
    return "error";
  }

  @ResponseBody
  @GetMapping(path = "/ui/board", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode boardData() {
    return feed.board();
  }
}
