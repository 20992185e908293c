package com.example.host;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.CustomerView;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.time.Instant;
import java.util.List;

/** The README's Java example, word for word between the markers, wrapped in a class with its imports. */
public final class ReadmeExample {

  private ReadmeExample() {}

  public static void main(String[] args) {
    // README example begins
WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
ComplaintStore store = new InMemoryComplaintStore();
Actor desk = Actor.of("wang", "CUSTOMER_SERVICE");
Actor dispatcher = Actor.of("li", "DISPATCHER");
Instant now = Instant.parse("2026-10-03T11:10:00Z");

// Receive a complaint: it enters the first node, ACCEPTANCE.
List<ComplaintEvent> opened = engine.open(ReceiveComplaint.builder()
    .common("cmd-1", "C-1001", desk, now)
    .channel(Channel.PHONE)
    .complainant(new Complainant("张三", "13812345678", "zhangsan@example.com"))
    .subject(Subject.of("Tea House", "L2-15"))
    .category("PREPAID_CARD")
    .description("Prepaid card not honoured")
    .remediesSought(Remedy.REFUND)
    .needs(CustomerNeed.COMPENSATION)
    .orgUnit("plaza-01")
    .build());
store.append("C-1001", 0, opened);

// Accept, grade and dispatch it; each command is decided against the stored events.
for (var command : List.of(
    new AcceptComplaint("cmd-2", "C-1001", desk, now.plusSeconds(60)),
    new AssignGrade("cmd-3", "C-1001", dispatcher, now.plusSeconds(600), Grade.GENERAL),
    new Dispatch("cmd-4", "C-1001", dispatcher, now.plusSeconds(900), "merchant-relations", "zhao"))) {
  Complaint current = engine.replay(store.loadExisting("C-1001"));
  store.append("C-1001", current.version(), engine.decide(current, command));
}

Complaint complaint = engine.replay(store.load("C-1001"));
CustomerView view = complaint.customerView();
System.out.println(complaint.node() + " " + complaint.grade() + " " + view.complainant());
// prints: PLANNING GENERAL Complainant[name=张*, phone=138****5678, email=z***@example.com]
    // README example ends
  }
}
