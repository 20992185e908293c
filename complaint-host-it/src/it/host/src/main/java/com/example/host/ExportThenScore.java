package com.example.host;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Subject;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * What a host does at the end of a month: its complaints' events, kept by its own store, exported to ticket records
 * with the library's export, then scored with the mall scorecard and the mall-ticket SLA policy.
 */
public final class ExportThenScore {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant RECEIVED = Instant.parse("2026-10-05T10:00:00+08:00");

  private final WorkflowDefinition definition = WorkflowPresets.mallTicket();
  private final WorkflowEngine engine = WorkflowEngine.of(definition);
  private final ComplaintStore store = new InMemoryComplaintStore();
  private final Actor desk = Actor.of("wang", "CUSTOMER_SERVICE");
  private final Actor dispatcher = Actor.of("li", "DISPATCHER");

  /**
   * Two complaints at plaza-01, both received at {@link #RECEIVED} and accepted a minute later: C-2001 is never
   * graded, C-2002 is graded and dispatched ten and fifteen minutes after that and then waits for its plan.
   */
  public ExportThenScore() {
    for (String id : List.of("C-2001", "C-2002")) {
      send(ReceiveComplaint.builder()
          .common(id + "-1", id, desk, RECEIVED)
          .channel(Channel.ON_SITE)
          .complainant(new Complainant("李四", "13900001111", null))
          .subject(Subject.of("Shoe Shop", "L1-03"))
          .category("MERCHANT_GOODS_AFTER_SALES")
          .description("Heel came off after two days")
          .orgUnit("plaza-01")
          .build());
      send(new AcceptComplaint(id + "-2", id, desk, RECEIVED.plusSeconds(60)));
    }
    send(new AssignGrade("C-2002-3", "C-2002", dispatcher, RECEIVED.plusSeconds(660), Grade.GENERAL));
    send(new Dispatch("C-2002-4", "C-2002", dispatcher, RECEIVED.plusSeconds(960), "merchant-relations", "zhao"));
  }

  private void send(Command command) {
    List<dev.complaints.core.event.ComplaintEvent> events = store.load(command.complaintId());
    Complaint current = events.isEmpty() ? null : engine.replay(events);
    store.append(command.complaintId(), current == null ? 0 : current.version(), engine.decide(current, command));
  }

  /**
   * The ticket record of one complaint, exported from its stored events.
   *
   * @param complaintId the complaint
   * @return its record
   */
  public TicketRecord ticket(String complaintId) {
    return TicketExport.of(definition).export(store.loadExisting(complaintId), unit -> "east");
  }

  /**
   * October 2026 scored as of its end.
   *
   * @return the report
   */
  public PeriodReport october() {
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
    YearMonth october = YearMonth.of(2026, 10);
    return scorer.score(List.of(ticket("C-2001"), ticket("C-2002")).stream(), List.of(), october,
        Scorer.endOf(october, SHANGHAI));
  }
}
