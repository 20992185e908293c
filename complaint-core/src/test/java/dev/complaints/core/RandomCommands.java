package dev.complaints.core;

import dev.complaints.core.command.*;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.NotificationKind;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.WorkflowEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns integers into commands for property tests, biased towards commands the current node accepts. Step n's
 * command has the id {@code cmd-n} and mostly the instant T0 + n minutes; one in ten is the previous step's instant
 * and one in ten a second before that.
 */
public final class RandomCommands {
  static final List<Actor> ACTORS = List.of(Fixtures.CS, Fixtures.DISPATCHER, Fixtures.DEPT, Fixtures.MANAGER,
      Fixtures.CALL, Fixtures.LEADER, Fixtures.GROUP, Actor.of("anyone"),
      Actor.of("boss", "CUSTOMER_SERVICE", "DISPATCHER", "DEPARTMENT", "STORE_MANAGER", "CALL_CENTER",
          "LEADERSHIP", "GROUP_SERVICE"));

  private RandomCommands() {}

  public static Command of(int code, int step, Complaint c, WorkflowEngine engine, List<String> categories) {
    int k = Math.abs(code);
    List<String> allowed = engine.allowedCommands(c);
    String type = (k % 3 != 0 && !allowed.isEmpty())
        ? allowed.get((k / 3) % allowed.size())
        : Command.TYPE_NAMES.get((k / 3) % Command.TYPE_NAMES.size());
    Actor actor = (k / 7) % 2 == 0 ? ACTORS.get(ACTORS.size() - 1) : ACTORS.get((k / 11) % ACTORS.size());
    String id = "cmd-" + step;
    String cid = c.id();
    // mostly a minute after the previous step; sometimes the previous step's instant (allowed: instants may be
    // equal) or a second before it (going back in time when the previous step recorded events)
    int back = (k / 19) % 10;
    Instant at = Fixtures.T0.plusSeconds(60L * (back < 2 ? step - 1 : step)).minusSeconds(back == 0 ? 1 : 0);
    int v = k / 13;
    boolean flag = (v % 2) == 0;
    switch (type) {
      case "ReceiveComplaint":
        return Fixtures.receive(cid, categories.get(0));
      case "AcceptComplaint":
        return new AcceptComplaint(id, cid, actor, at);
      case "AssignGrade":
        return new AssignGrade(id, cid, actor, at, Grade.values()[v % 4]);
      case "Dispatch":
        return new Dispatch(id, cid, actor, at, "dept-" + (v % 3), flag ? "owner" : null);
      case "Reassign":
        return new Reassign(id, cid, actor, at, "dept-" + (v % 3), flag ? null : "owner-" + (v % 2));
      case "Classify":
        return new Classify(id, cid, actor, at, categories.get(v % categories.size()), flag ? "serious" : null);
      case "RecordInvestigation":
        return new RecordInvestigation(id, cid, actor, at, flag, "opinion", (v % 3) == 0 ? null : "dept-1", null);
      case "DraftPlan":
        return new DraftPlan(id, cid, actor, at, Remedy.values()[v % Remedy.values().length], "owner",
            at.plusSeconds(86_400), "plan " + v);
      case "ConfirmPlan":
        return new ConfirmPlan(id, cid, actor, at);
      case "RecordCustomerResponse":
        return new RecordCustomerResponse(id, cid, actor, at, flag, flag ? null : "no");
      case "RecordResolution":
        return new RecordResolution(id, cid, actor, at, "done " + v);
      case "RecordReturnVisit":
        return new RecordReturnVisit(id, cid, actor, at, Satisfaction.values()[v % 5], (v / 5) % 2 == 0);
      case "RequestReturnVisitExemption":
        return new RequestReturnVisitExemption(id, cid, actor, at, "abroad " + v);
      case "ExemptReturnVisit":
        return new ExemptReturnVisit(id, cid, actor, at, "abroad");
      case "RefuseReturnVisitExemption":
        return new RefuseReturnVisitExemption(id, cid, actor, at, "reachable " + v);
      case "CloseUnresolved":
        return new CloseUnresolved(id, cid, actor, at, "no remedy the customer accepts " + v);
      case "RequestExtension":
        return new RequestExtension(id, cid, actor, at, Duration.ofHours(1 + v % 24), "waiting");
      case "ApproveExtension":
        return new ApproveExtension(id, cid, actor, at);
      case "RejectExtension":
        return new RejectExtension(id, cid, actor, at, "no");
      case "PauseClock":
        return new PauseClock(id, cid, actor, at, "waiting for the customer");
      case "ResumeClock":
        return new ResumeClock(id, cid, actor, at);
      case "AddNote":
        return new AddNote(id, cid, actor, at, "note " + v, flag ? NoteVisibility.INTERNAL : NoteVisibility.CUSTOMER);
      case "Withdraw":
        return new Withdraw(id, cid, actor, at, "withdrawn");
      case "Reopen":
        return new Reopen(id, cid, actor, at, "again");
      case "NotifyCustomer":
        return NotifyCustomer.builder().common(id, cid, actor, at)
            .channel(ContactChannel.values()[v % ContactChannel.values().length])
            .kind(NotificationKind.values()[(v / 4) % NotificationKind.values().length])
            .text(flag ? null : "told " + v)
            .nextStep(v % 3 == 0 ? null : "call back " + v)
            .nextStepDue(v % 3 == 0 ? null : at.plusSeconds(3_600L * (v % 5) - 60))
            .build();
      case "RecordEvidence":
        return RecordEvidence.builder().common(id, cid, actor, at).description("photo " + v)
            .collectedBy("collector-" + (v % 3)).verifiedBy(flag ? null : "checker")
            .collectedAt(at.plusSeconds(v % 4 == 0 ? 60 : -600)).build();
      case "RequestInstruction":
        return RequestInstruction.builder().common(id, cid, actor, at).question("may we? " + v).build();
      case "GiveInstruction":
        return GiveInstruction.builder().common(id, cid, actor, at).instruction("yes " + v).build();
      case "ReportIncident":
        return ReportIncident.builder().common(id, cid, actor, at).reportedTo("group-" + (v % 2))
            .summary("reported " + v).reportedAt(at.plusSeconds(v % 4 == 0 ? 60 : -600)).build();
      default:
        throw new IllegalStateException(type);
    }
  }
}
