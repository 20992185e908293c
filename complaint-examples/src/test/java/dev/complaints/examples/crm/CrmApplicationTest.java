package dev.complaints.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.Json;
import dev.complaints.sla.AlertLevel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host application end to end: HTTP in, JDBC events, complaints rebuilt, scheduler lights, restart. */
class CrmApplicationTest {
  /** Saturday 2026-10-03 11:10 local (03:10Z): the mall is open. */
  private static final Instant START = Instant.parse("2026-10-03T03:10:00Z");
  private static final String INTAKE = """
      {"actor":{"id":"desk-1","roles":["CUSTOMER_SERVICE"]},"channel":"PHONE",
       "complainant":{"name":"张三","phone":"13812345678","email":"zhang.san@example.com"},
       "subject":{"name":"Golden Noodle House","location":"3F-120"},"category":"MERCHANT_SERVICE",
       "description":"staff were rude","remediesSought":["APOLOGY"],"needs":["RESPECT"],"orgUnit":"plaza-01"}
      """;

  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void h2RoundTripSchedulerAndRestart() throws Exception {
    try (Database db = TestDatabases.h2(dir)) {
      roundTripSchedulerAndRestart(db, TestDatabases.freshTable());
    }
  }

  @Test
  void postgresRoundTripSchedulerAndRestart() throws Exception {
    try (Database db = TestDatabases.postgres()) {
      String table = TestDatabases.freshTable();
      try {
        roundTripSchedulerAndRestart(db, table);
      } finally {
        JdbcComplaintStore.open(db, table).dropTable();
      }
    }
  }

  private void roundTripSchedulerAndRestart(Database db, String table) throws Exception {
    MutableClock clock = new MutableClock(START);
    CrmApplication.Config config = new CrmApplication.Config(db, table, 0, clock, false);
    String id;
    JsonNode before;
    try (CrmApplication app = CrmApplication.start(config)) {
      String base = "http://127.0.0.1:" + app.port();

      HttpResponse<String> created = post(base + "/complaints", INTAKE, null);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode c = Json.mapper().readTree(created.body());
      id = c.get("id").asText();
      assertThat(created.headers().firstValue("Location")).hasValue("/complaints/" + id);
      assertThat(c.get("version").asLong()).isEqualTo(2);
      assertThat(c.get("complaint").get("node").asText()).isEqualTo("ACCEPTANCE");

      clock.advance(Duration.ofMinutes(5));
      HttpResponse<String> accepted = post(base + "/complaints/" + id + "/commands",
          "{\"type\":\"AcceptComplaint\",\"actor\":{\"id\":\"desk-1\",\"roles\":[\"CUSTOMER_SERVICE\"]}}", "2");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      long v = Json.mapper().readTree(accepted.body()).get("version").asLong();
      assertThat(Json.mapper().readTree(accepted.body()).get("complaint").get("node").asText()).isEqualTo("GRADING");

      // A stale expected version is a conflict; nothing is written.
      HttpResponse<String> stale = post(base + "/complaints/" + id + "/commands",
          "{\"type\":\"AssignGrade\",\"actor\":{\"id\":\"li\",\"roles\":[\"DISPATCHER\"]},\"grade\":\"SERIOUS\"}", "2");
      assertThat(stale.statusCode()).isEqualTo(409);
      assertThat(app.store().version(id)).isEqualTo(v);

      // A command the node does not allow is rejected with the allowed ones.
      HttpResponse<String> rejected = post(base + "/complaints/" + id + "/commands",
          "{\"type\":\"RecordResolution\",\"actor\":{\"id\":\"d\",\"roles\":[\"DEPARTMENT\"]},\"resolution\":\"x\"}",
          null);
      assertThat(rejected.statusCode()).isEqualTo(422);
      assertThat(rejected.body()).contains("allowedCommands", "Dispatch");

      assertThat(post(base + "/complaints/" + id + "/commands", "{not json", null).statusCode()).isEqualTo(400);
      assertThat(get(base + "/complaints/nope").statusCode()).isEqualTo(404);

      clock.advance(Duration.ofMinutes(10));
      assertThat(post(base + "/complaints/" + id + "/commands",
          "{\"type\":\"AssignGrade\",\"actor\":{\"id\":\"li\",\"roles\":[\"DISPATCHER\"]},\"grade\":\"SERIOUS\"}",
          Long.toString(v)).statusCode()).isEqualTo(200);
      HttpResponse<String> dispatched = post(base + "/complaints/" + id + "/commands",
          "{\"type\":\"Dispatch\",\"actor\":{\"id\":\"li\",\"roles\":[\"DISPATCHER\"]},\"department\":\"tenant-relations\"}",
          null);
      assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);

      // Read back: the customer view masks personal data.
      HttpResponse<String> read = get(base + "/complaints/" + id);
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).doesNotContain("13812345678", "zhang.san@example.com", "张三");
      JsonNode view = Json.mapper().readTree(read.body());
      assertThat(view.get("complaint").get("node").asText()).isEqualTo("PLANNING");
      assertThat(view.get("complaint").get("grade").asText()).isEqualTo("SERIOUS");
      assertThat(view.get("complaint").get("complainant").get("phone").asText()).isEqualTo("138****5678");
      assertThat(view.get("timers")).anySatisfy(t -> assertThat(t.get("node").asText()).isEqualTo("PLANNING"));

      // The scheduler: nothing lit yet; it would wake at the tracker's next change; then yellow, then red.
      SlaScheduler scheduler = app.scheduler();
      assertThat(scheduler.check()).isEmpty();
      Instant wake = scheduler.nextWakeUp().orElseThrow();
      assertThat(wake).isAfter(clock.instant());
      clock.set(wake);
      List<SlaScheduler.LightChange> yellow = scheduler.check();
      assertThat(yellow).extracting(SlaScheduler.LightChange::to).containsExactly(AlertLevel.YELLOW);
      assertThat(yellow.get(0).node()).isEqualTo("PLANNING");
      assertThat(scheduler.check()).as("each light is reported once").isEmpty();
      clock.set(scheduler.nextWakeUp().orElseThrow());
      assertThat(scheduler.check()).extracting(SlaScheduler.LightChange::to).containsExactly(AlertLevel.RED_1);

      HttpResponse<String> board = get(base + "/board");
      assertThat(Json.mapper().readTree(board.body()).get("byLevel").get("RED_1").get(0).get("complaintId").asText())
          .isEqualTo(id);
      assertThat(Json.mapper().readTree(board.body()).get("calendarDataEnds").asText()).isEqualTo("2026-12-31");
      before = Json.mapper().readTree(get(base + "/complaints/" + id).body());
    }

    // Restart: a new application over the same table rebuilds the same complaint and the same lights.
    try (CrmApplication again = CrmApplication.start(config)) {
      String base = "http://127.0.0.1:" + again.port();
      JsonNode after = Json.mapper().readTree(get(base + "/complaints/" + id).body());
      assertThat(after).isEqualTo(before);
      assertThat(again.service().all()).extracting(c -> c.id()).containsExactly(id);
      assertThat(again.scheduler().check()).extracting(SlaScheduler.LightChange::to)
          .containsExactly(AlertLevel.RED_1);
    }
  }

  private HttpResponse<String> post(String url, String body, String ifMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
