package dev.complaints.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.CloseUnresolved;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ConfirmPlan;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.DraftPlan;
import dev.complaints.core.command.PauseClock;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RecordInvestigation;
import dev.complaints.core.command.RecordResolution;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.command.Reopen;
import dev.complaints.core.command.ResumeClock;
import dev.complaints.core.command.Withdraw;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Complaint histories for tests, decided by the mall-ticket engine so that every one is a valid history. */
final class Histories {
  static final WorkflowEngine ENGINE = WorkflowEngine.of(WorkflowPresets.mallTicket());
  static final Instant T0 = Instant.parse("2026-10-05T01:30:00Z");
  static final String PHONE = "13812345678";
  static final String NAME = "王小明";
  static final String EMAIL = "xiaoming.wang@example.com";
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Actor ALL = Actor.of("boss", "CUSTOMER_SERVICE", "DISPATCHER", "DEPARTMENT",
      "STORE_MANAGER", "CALL_CENTER", "LEADERSHIP", "GROUP_SERVICE");

  private Histories() {}

  /** The intake command of a complaint received at {@code at}, carrying the test complainant's personal data. */
  static ReceiveComplaint receive(String complaintId, Instant at) {
    return ReceiveComplaint.builder()
        .common("rcv-" + complaintId, complaintId, ALL, at)
        .channel(Channel.PHONE)
        .complainant(new Complainant(NAME, PHONE, EMAIL))
        .receivedAt(at.minusSeconds(120))
        .subject(Subject.of("Tea House", "L2-15"))
        .category("PREPAID_CARD")
        .description("Prepaid card not honoured")
        .remediesSought(Remedy.REFUND)
        .needs(CustomerNeed.COMPENSATION)
        .orgUnit("plaza-07")
        .build();
  }

  /** The events of a complaint's intake (one command). */
  static List<ComplaintEvent> opened(String complaintId, Instant at) {
    return ENGINE.open(receive(complaintId, at));
  }

  /** The events of accepting the complaint whose history is given, under the command id {@code commandId}. */
  static List<ComplaintEvent> accepted(List<ComplaintEvent> history, String commandId, Instant at) {
    Complaint c = ENGINE.replay(history);
    return ENGINE.decide(c, new AcceptComplaint(commandId, c.id(), ALL, at));
  }

  /**
   * The appends of a complaint received at {@code at} that then takes the given commands, a minute apart, the
   * grade given to {@code AssignGrade}; customers agree and are satisfied.
   */
  static List<List<ComplaintEvent>> path(String complaintId, Instant at, Grade grade, String... commandTypes) {
    List<List<ComplaintEvent>> appends = new ArrayList<>();
    appends.add(opened(complaintId, at));
    Complaint c = ENGINE.replay(appends.get(0));
    int step = 0;
    for (String type : commandTypes) {
      step++;
      Instant when = at.plusSeconds(60L * step);
      Command command = switch (type) {
        case "AssignGrade" -> new AssignGrade("cmd-" + complaintId + "-" + step, complaintId, ALL, when, grade);
        case "RecordCustomerResponse" -> new RecordCustomerResponse("cmd-" + complaintId + "-" + step, complaintId,
            ALL, when, true, null);
        case "RecordReturnVisit" -> new RecordReturnVisit("cmd-" + complaintId + "-" + step, complaintId, ALL, when,
            Satisfaction.SATISFIED, false);
        default -> command(type, "cmd-" + complaintId + "-" + step, complaintId, when, new Random(step));
      };
      List<ComplaintEvent> events = ENGINE.decide(c, command);
      for (ComplaintEvent e : events) {
        c = ENGINE.apply(c, e);
      }
      appends.add(events);
    }
    return appends;
  }

  /** The same event with another version (through its JSON form). */
  static ComplaintEvent renumbered(ComplaintEvent e, long version) {
    try {
      ObjectNode tree = MAPPER.valueToTree(e);
      tree.put("version", version);
      return MAPPER.treeToValue(tree, ComplaintEvent.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** The events numbered from {@code first} on. */
  static List<ComplaintEvent> renumberedFrom(List<ComplaintEvent> events, long first) {
    List<ComplaintEvent> out = new ArrayList<>();
    for (ComplaintEvent e : events) {
      out.add(renumbered(e, first + out.size()));
    }
    return out;
  }

  /**
   * A random history cut into the appends of its commands: intake, then up to {@code steps} commands the
   * engine accepts, each some minutes to hours after the previous one.
   */
  static List<List<ComplaintEvent>> random(String complaintId, long seed, int steps) {
    Random rnd = new Random(seed);
    Instant at = T0.plusSeconds(rnd.nextInt(86_400 * 20));
    List<List<ComplaintEvent>> appends = new ArrayList<>();
    List<ComplaintEvent> opened = opened(complaintId, at);
    appends.add(opened);
    Complaint c = ENGINE.replay(opened);
    for (int step = 1; step <= steps; step++) {
      at = at.plusSeconds(60L * (1 + rnd.nextInt(rnd.nextBoolean() ? 30 : 3000)));
      List<String> allowed = ENGINE.allowedCommands(c);
      if (allowed.isEmpty()) {
        break;
      }
      Command command = command(allowed.get(rnd.nextInt(allowed.size())), "cmd-" + complaintId + "-" + step,
          c.id(), at, rnd);
      if (command == null) {
        continue;
      }
      List<ComplaintEvent> events;
      try {
        events = ENGINE.decide(c, command);
      } catch (CommandRejectedException e) {
        continue;
      }
      if (events.isEmpty()) {
        continue;
      }
      for (ComplaintEvent e : events) {
        c = ENGINE.apply(c, e);
      }
      appends.add(events);
    }
    return appends;
  }

  private static Command command(String type, String id, String cid, Instant at, Random rnd) {
    return switch (type) {
      case "AcceptComplaint" -> new AcceptComplaint(id, cid, ALL, at);
      case "AssignGrade" -> new AssignGrade(id, cid, ALL, at, Grade.values()[rnd.nextInt(4)]);
      case "Dispatch" -> new Dispatch(id, cid, ALL, at, "dept-" + rnd.nextInt(3), "owner");
      case "RecordInvestigation" -> new RecordInvestigation(id, cid, ALL, at, rnd.nextBoolean(), "checked", null,
          null);
      case "DraftPlan" -> new DraftPlan(id, cid, ALL, at, Remedy.REFUND, "owner", at.plusSeconds(86_400), "refund");
      case "ConfirmPlan" -> new ConfirmPlan(id, cid, ALL, at);
      case "RecordCustomerResponse" -> new RecordCustomerResponse(id, cid, ALL, at, rnd.nextInt(4) > 0, "no");
      case "RecordResolution" -> new RecordResolution(id, cid, ALL, at, "refunded");
      case "RecordReturnVisit" -> new RecordReturnVisit(id, cid, ALL, at,
          Satisfaction.values()[rnd.nextInt(Satisfaction.values().length)], false);
      case "CloseUnresolved" -> new CloseUnresolved(id, cid, ALL, at, "no remedy accepted");
      case "PauseClock" -> new PauseClock(id, cid, ALL, at, "waiting for the customer");
      case "ResumeClock" -> new ResumeClock(id, cid, ALL, at);
      case "Withdraw" -> rnd.nextInt(5) == 0 ? new Withdraw(id, cid, ALL, at, "withdrawn") : null;
      case "Reopen" -> new Reopen(id, cid, ALL, at, "again");
      default -> null;
    };
  }
}
