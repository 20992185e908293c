package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import java.time.Duration;

/**
 * The JSON answers. A complaint is {@code {"id", "version", "complaint": <customer view>, "internal": {...},
 * "timers": [...]}}: the customer view has the complainant's personal data masked, internal notes and draft
 * plans left out; {@code internal} adds what staff work with (department, assignee, draft plan, every note,
 * investigation, evidence, requests for instructions and their answers, reports upward). The complainant's name, phone and e-mail are masked in every answer.
 */
final class ComplaintViews {
  private final ObjectMapper mapper = Json.mapper();

  ObjectNode complaint(Complaint c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", c.id());
    n.put("version", c.version());
    n.set("complaint", mapper.valueToTree(c.customerView()));
    ObjectNode internal = n.putObject("internal");
    internal.put("workflow", c.workflow());
    internal.put("orgUnit", c.orgUnit());
    internal.put("department", c.department());
    internal.put("assignee", c.assignee());
    internal.set("plan", mapper.valueToTree(c.plan()));
    if (c.substantiated() == null) {
      internal.putNull("substantiated");
    } else {
      internal.put("substantiated", c.substantiated());
    }
    internal.put("investigationOpinion", c.investigationOpinion());
    internal.put("escalatedToLeadership", c.escalatedToLeadership());
    internal.put("paused", c.paused());
    internal.put("pendingExtension", c.pendingExtension() == null ? null : c.pendingExtension().toString());
    internal.put("returnVisitExemptionRequested", c.returnVisitExemptionRequested());
    internal.put("returnVisitExempted", c.returnVisitExempted());
    internal.put("unresolvedReason", c.unresolvedReason());
    internal.put("reopenCount", c.reopenCount());
    internal.set("notes", mapper.valueToTree(c.notes()));
    internal.set("evidence", mapper.valueToTree(c.evidence()));
    internal.set("instructions", mapper.valueToTree(c.instructions()));
    internal.set("reports", mapper.valueToTree(c.reports()));
    return n;
  }

  ObjectNode details(CrmBackend.Details d) {
    ObjectNode n = complaint(d.complaint());
    ArrayNode timers = n.putArray("timers");
    for (TimerStatus s : d.timers()) {
      timers.addObject().put("node", s.node() != null ? s.node() : s.targetName()).put("level", s.level().name())
          .put("deadline", s.outcome().deadline().toString());
    }
    d.timersError().ifPresent(e -> n.put("timersError", e));
    return n;
  }

  ObjectNode page(CrmBackend.Page p) {
    ObjectNode n = mapper.createObjectNode();
    n.put("page", p.page());
    n.put("size", p.size());
    n.put("total", p.total());
    ArrayNode items = n.putArray("items");
    for (CrmBackend.Item c : p.items()) {
      items.addObject().put("id", c.id()).put("node", c.node()).put("version", c.version())
          .put("closed", c.closed());
    }
    return n;
  }

  ObjectNode board(CrmBackend.Board board) {
    SlaBoard b = board.board();
    ObjectNode n = mapper.createObjectNode();
    n.put("at", b.at().toString());
    n.put("open", b.total());
    n.put("calendarDataEnds", b.calendarDataEnds() == null ? null : b.calendarDataEnds().toString());
    ObjectNode by = n.putObject("byLevel");
    for (AlertLevel level : AlertLevel.values()) {
      ArrayNode arr = by.putArray(level.name());
      for (TimerStatus s : b.at(level)) {
        arr.addObject().put("complaintId", s.complaintId()).put("node", s.node() != null ? s.node() : s.targetName())
            .put("grade", s.grade().name()).put("deadline", s.outcome().deadline().toString())
            .put("elapsed", text(s.outcome().elapsed())).put("limit", text(s.outcome().limit()));
      }
    }
    ArrayNode errors = n.putArray("unanswerable");
    board.unanswerable().forEach((id, message) -> errors.addObject().put("complaintId", id).put("error", message));
    return n;
  }

  private static String text(Duration d) {
    return d.toString();
  }
}
