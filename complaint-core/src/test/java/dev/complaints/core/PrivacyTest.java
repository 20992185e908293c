package dev.complaints.core;

import static dev.complaints.core.Fixtures.GROUP;
import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.MANAGER;
import static dev.complaints.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.CustomerView;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Privacy: the complainant's name, phone and e-mail never appear in full in toString or customer views. */
class PrivacyTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  static List<Complainant> complainants() {
    return List.of(
        new Complainant("张三丰", "13812345678", "zhangsanfeng@example.com"),
        new Complainant("Johnathan Smith", "+86 139-8765-4321", "johnathan.smith@example.org"),
        new Complainant("Marguerite", "020 8765 4321", "marguerite@example.net"));
  }

  /** The pieces of personal data that must never show: the raw values and the given name on its own. */
  private static List<String> secrets(Complainant c) {
    List<String> s = new ArrayList<>(List.of(c.name(), c.phone(), c.email(), c.phone().replaceAll("[^0-9]", ""),
        c.email().substring(0, c.email().indexOf('@'))));
    String first = c.name().split(" ")[0];
    if (first.length() > 1 && !Character.isIdeographic(first.codePointAt(0))) {
      s.add(first);
    }
    return s;
  }

  private static void assertNoSecret(String text, Complainant c) {
    for (String secret : secrets(c)) {
      assertThat(text).as("text must not contain '%s'", secret).doesNotContain(secret);
    }
  }

  private static ReceiveComplaint receive(String commandId, String id, Complainant who, String category) {
    return ReceiveComplaint.builder()
        .common(commandId, id, CS, T0)
        .channel(Channel.PHONE)
        .complainant(who)
        .subject(Subject.of("Tea House", "L2-15"))
        .category(category)
        .description("card not honoured")
        .remediesSought(Remedy.REFUND)
        .orgUnit("plaza-01")
        .build();
  }

  /** Drives a mall-ticket complaint through every node, a note and a reopen. */
  private static Fixtures.Run walk(Complainant who) {
    Fixtures.Run r = new Fixtures.Run(WorkflowEngine.of(WorkflowPresets.mallTicket()),
        receive("rcv", "P-1", who, "SAFETY"));
    r.accept(CS);
    r.grade(DISPATCHER, Grade.GENERAL);
    r.dispatch(DISPATCHER, "merchant-relations");
    r.note(DEPT, "merchant called back", NoteVisibility.INTERNAL);
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    r.visit(GROUP, Satisfaction.SATISFIED, false);
    r.reopen(MANAGER);
    return r;
  }

  @ParameterizedTest
  @MethodSource("complainants")
  void toStringOfComplaintsEventsCommandsAndViewsNeverShowsPersonalData(Complainant who) {
    Fixtures.Run r = walk(who);
    Complaint c = r.complaint;
    assertThat(c.node()).isEqualTo("PLANNING");
    assertThat(c.history()).hasSize(r.events.size()).hasSizeGreaterThan(20).first()
        .isInstanceOf(ComplaintReceived.class);
    assertThat(r.commands).hasSize(11).first().isInstanceOf(ReceiveComplaint.class);

    assertNoSecret(who.toString(), who);
    assertNoSecret(who.masked().toString(), who);
    assertNoSecret(c.complainant().toString(), who);
    for (ComplaintEvent e : c.history()) {
      assertNoSecret(e.toString(), who);
    }
    for (Command command : r.commands) {
      assertNoSecret(command.toString(), who);
    }
    assertNoSecret(c.toString(), who);
    CustomerView view = c.customerView();
    assertNoSecret(view.toString(), who);
    assertNoSecret(view.complainant().name() + view.complainant().phone() + view.complainant().email(), who);
  }

  @ParameterizedTest
  @MethodSource("complainants")
  void maskingIsIdempotentSoAMaskedCopyPrintsTheSameAsTheOriginal(Complainant who) {
    assertThat(who.masked().masked()).isEqualTo(who.masked());
    assertThat(who.masked().toString()).isEqualTo(who.toString());
  }

  @Test
  void maskedValuesKeepTheDocumentedShape() {
    assertThat(complainants()).extracting(Complainant::masked).containsExactly(
        new Complainant("张**", "138****5678", "z***@example.com"),
        new Complainant("J*** Smith", "+86****4321", "j***@example.org"),
        new Complainant("M***", "020****4321", "m***@example.net"));
    assertThat(new Complainant("A", "12345", null).masked().phone()).isEqualTo("***45");
  }

  @ParameterizedTest
  @MethodSource("complainants")
  void storageJsonKeepsTheFullDataAndRoundTrips(Complainant who) throws Exception {
    Complaint c = walk(who).complaint;
    String json = MAPPER.writeValueAsString(c);
    assertThat(json).contains(who.name()).contains(who.phone()).contains(who.email());
    assertThat(MAPPER.readValue(json, Complaint.class)).isEqualTo(c);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(c.history().get(0)), ComplaintEvent.class).toString())
        .isEqualTo(c.history().get(0).toString());
  }

  @ParameterizedTest
  @MethodSource("complainants")
  void rejectionMessagesDoNotCarryPersonalData(Complainant who) {
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
    Complaint c = engine.handle(null, receive("rcv", "P-2", who, "SAFETY"));
    assertThatThrownBy(() -> engine.decide(c, receive("again", "P-2", who, "SAFETY")))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertNoSecret(e.getMessage(), who));
    assertThatThrownBy(() -> engine.open(receive("rcv", "P-3", who, "PARKING")))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertNoSecret(e.getMessage(), who));
  }
}
