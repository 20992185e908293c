package dev.complaints.core;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, compiled and run so that it cannot rot. */
class ReadmeExampleTest {

  @Test
  void embeddingExample() {
    // README example: begin
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
    // README example: end

    assertThat(complaint.node()).isEqualTo("PLANNING");
    assertThat(complaint.grade()).isEqualTo(Grade.GENERAL);
    assertThat(complaint.department()).isEqualTo("merchant-relations");
    assertThat(view.complainant().phone()).isEqualTo("138****5678");
    assertThat(complaint.node() + " " + complaint.grade() + " " + view.complainant())
        .as("the line the README says is printed")
        .isEqualTo("PLANNING GENERAL Complainant[name=张*, phone=138****5678, email=z***@example.com]");
    assertThat(view.toString()).doesNotContain("13812345678");
    assertThat(store.load("C-1001")).extracting(e -> e.getClass().getSimpleName()).containsExactly(
        "ComplaintReceived", "NodeEntered", "NodeLeft", "NodeEntered", "GradeChanged", "Dispatched", "NodeLeft",
        "NodeEntered");
  }

  @Test
  void readmeShowsTheCodeOfThisTest() throws Exception {
    String test = Files.readString(Path.of("src/test/java/dev/complaints/core/ReadmeExampleTest.java"));
    String begin = "// README example: begin\n";
    String between = test.substring(test.indexOf(begin) + begin.length(), test.indexOf("    // README example: end"));
    String shown = between.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Embedding the library");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    assertThat(readme.substring(start, readme.indexOf("```", start))).isEqualTo(shown);
  }
}
