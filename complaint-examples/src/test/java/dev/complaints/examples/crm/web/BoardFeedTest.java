package dev.complaints.examples.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.Reassign;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.examples.crm.CrmPolicies;
import dev.complaints.examples.crm.MutableClock;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.ComplaintCommands;
import dev.complaints.spring.ComplaintEventsAppended;
import dev.complaints.spring.ComplaintsSchemaMigration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The board feed without a browser: its rows and their order, and the one push it schedules, at the tracker's
 * next light change rather than on a polling interval; and the command forms' fields and bodies.
 */
class BoardFeedTest {
  /** Saturday 2026-10-03 11:10 local: the mall is open. */
  private static final Instant START = Instant.parse("2026-10-03T03:10:00Z");
  private static final Actor DESK = Actor.of("desk-1", "CUSTOMER_SERVICE");
  private static final SlaPolicy POLICY = CrmPolicies.mallTicketPastHolidayData();

  /** Records what is scheduled instead of running it. */
  static final class RecordingScheduler extends ThreadPoolTaskScheduler {
    private static final long serialVersionUID = 1L;
    final transient List<Instant> at = new ArrayList<>();

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
      at.add(startTime);
      return super.schedule(() -> { }, Instant.now().plus(Duration.ofDays(1)));
    }
  }

  private final MutableClock clock = new MutableClock(START);
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private JdbcComplaintStore store;
  private ComplaintCommands commands;
  private SlaTracker tracker;
  private BoardFeed feed;

  @BeforeEach
  void start() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:feed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new ComplaintsSchemaMigration(dataSource).migrate();
    store = JdbcComplaintStore.of(dataSource, POLICY, clock);
    tracker = new SlaTracker(POLICY);
    commands = new ComplaintCommands(WorkflowEngine.of(WorkflowPresets.mallTicket()), store, tracker, e -> { },
        List.of());
    ScoringInputs scoring = new ScoringInputs();
    scoring.region("plaza-01", "city-a");
    scheduler.initialize();
    feed = new BoardFeed(tracker, commands, scoring, clock, scheduler);
  }

  @AfterEach
  void stop() {
    scheduler.shutdown();
  }

  private void open(String id, Instant at) {
    commands.receive(new ReceiveComplaint("open-" + id, id, DESK, at, Channel.PHONE,
        new Complainant("Zhang San", "13812345678", null), null, Subject.of("Tea House", "L2-15"),
        "PREPAID_CARD", "card not honoured", List.of(Remedy.REFUND), List.of(CustomerNeed.COMPENSATION),
        "plaza-01", null));
    commands.handle(new AcceptComplaint("accept-" + id, id, DESK, at.plusSeconds(60)), OptionalLong.empty());
  }

  @Test
  void theNextPushIsScheduledAtTheTrackersNextLightChange() {
    feed.schedule();
    assertThat(scheduler.at).hasSize(1);
    // nothing open: nothing changes, the feed looks again after its longest sleep only
    assertThat(Duration.between(Instant.now(), scheduler.at.get(0)))
        .isBetween(BoardFeed.MAX_SLEEP.minusSeconds(5), BoardFeed.MAX_SLEEP);

    open("C-1", START);
    Instant change = tracker.nextChangeAt(clock.instant()).orElseThrow();
    Instant before = Instant.now();
    feed.schedule();
    Duration wait = Duration.between(clock.instant(), change);
    assertThat(wait).isPositive().isLessThan(BoardFeed.MAX_SLEEP);
    assertThat(scheduler.at.get(1)).isBetween(before.plus(wait), Instant.now().plus(wait));

    // the server clock moved past the change: the next push is the following one
    clock.set(change);
    Instant following = tracker.nextChangeAt(clock.instant()).orElseThrow();
    before = Instant.now();
    feed.schedule();
    assertThat(scheduler.at.get(2)).isBetween(before.plus(Duration.between(change, following)),
        Instant.now().plus(Duration.between(change, following)));
  }

  @Test
  void rowsAreMostUrgentFirstWithPlazaRegionAndWords() {
    open("C-1", START);
    open("C-2", START.plus(Duration.ofMinutes(30)));
    clock.set(tracker.nextChangeAt(START.plus(Duration.ofMinutes(1))).orElseThrow());
    ObjectNode board = feed.board();
    assertThat(board.get("at").asText()).isEqualTo(clock.instant().toString());
    assertThat(board.get("calendarDataEnds").asText()).isEqualTo("2026-12-31");
    JsonNode rows = board.get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("id").asText()).isEqualTo("C-1");
    assertThat(rows.get(0).get("level").asText()).isEqualTo("YELLOW");
    assertThat(rows.get(1).get("level").asText()).isEqualTo("NONE");
    assertThat(board.at("/counts/YELLOW").asInt()).isEqualTo(1);
    assertThat(board.at("/counts/NONE").asInt()).isEqualTo(1);
    JsonNode first = rows.get(0);
    assertThat(first.get("unit").asText()).isEqualTo("plaza-01");
    assertThat(first.get("region").asText()).isEqualTo("city-a");
    assertThat(first.get("node").asText()).isEqualTo("GRADING");
    assertThat(first.get("limit").asText()).isEqualTo("1h00m");
    assertThat(board.toString()).doesNotContain("13812345678", "Zhang San");
  }

  @Test
  void aRowsHandlerIsReadAgainAfterItsComplaintsEventsAreAppended() {
    open("C-1", START);
    clock.set(START.plusSeconds(90));
    String before = feed.board().at("/rows/0/handler").asText();
    commands.handle(new Reassign("reassign-C-1", "C-1", Actor.of("dispatch-1", "DISPATCHER"), START.plusSeconds(120),
        "mall-ops", "li-si"), OptionalLong.empty());
    clock.set(START.plusSeconds(150));
    // the commands of this test publish nowhere: the feed is told as the application's publisher would
    var stored = store.load("C-1");
    feed.appended(new ComplaintEventsAppended("C-1", stored.subList(stored.size() - 1, stored.size())));
    assertThat(before).isNotEmpty();
    assertThat(feed.board().at("/rows/0/handler").asText()).isEqualTo("li-si").isNotEqualTo(before);
  }

  @Test
  void durationsReadAsOnTheCommandLineBoard() {
    assertThat(BoardFeed.duration(Duration.ofMinutes(2 * 24 * 60 + 9 * 60 + 3))).isEqualTo("2d09h03m");
    assertThat(BoardFeed.duration(Duration.ofHours(4))).isEqualTo("4h00m");
    assertThat(BoardFeed.duration(Duration.ZERO)).isEqualTo("0h00m");
  }

  @Test
  void aFormBecomesTheApisJsonAndABadInputNamesItsField() {
    String body = new String(CommandForms.body("AssignGrade", Map.of("f.grade", "SERIOUS", "other", "x")),
        StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("{\"type\":\"AssignGrade\",\"grade\":\"SERIOUS\"}");
    assertThat(new String(CommandForms.body("RecordReturnVisit", Map.of("f.result", "SATISFIED", "f.escalate", "true")),
        StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"RecordReturnVisit\",\"result\":\"SATISFIED\",\"escalate\":true}");
    assertThat(new String(CommandForms.body("RecordReturnVisit", Map.of("f.result", "SATISFIED")),
        StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"RecordReturnVisit\",\"result\":\"SATISFIED\"}");
    assertThatThrownBy(() -> CommandForms.body("Shutdown", Map.of()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("type"));
  }
}
