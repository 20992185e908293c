package dev.complaints.examples.crm.web;

import static dev.complaints.examples.crm.web.Http.INTAKE;
import static dev.complaints.examples.crm.web.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web service's contract over real HTTP, on whichever database the subclass configures: routes and their
 * answers, authentication, hostile input, overload, conflicts, retries, outage and personal data in logs.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class CrmServerContract {
  private static final String PHONE = "13812345678";
  private static final String EMAIL = "zhang.sanfeng@example.com";
  private static final String NAME = "Zhang Sanfeng";

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    switchable().off(false);
  }

  @AfterEach
  void databaseOn() {
    switchable().off(false);
  }

  private SwitchableDataSource switchable() {
    return (SwitchableDataSource) dataSource;
  }

  private String create() {
    HttpResponse<String> r = http.post("/complaints", TestTokens.DESK, INTAKE);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asText();
  }

  private static String accept() {
    return "{\"type\":\"AcceptComplaint\"}";
  }

  /** No answer carries a stack trace, a Java class name or the complainant's data. */
  private static void clean(HttpResponse<String> r) {
    assertThat(r.body()).doesNotContain("java.", "Exception", "at dev.", "at org.", PHONE, EMAIL, NAME,
        "springframework", "jackson");
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
  }

  @Test
  void routesAnswerTheirContract() {
    HttpResponse<String> created = http.post("/complaints", TestTokens.DESK, INTAKE);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode c = json(created);
    String id = c.get("id").asText();
    assertThat(id).matches("[A-Za-z0-9._:-]{1,64}");
    assertThat(created.headers().firstValue("Location")).hasValue("/complaints/" + id);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(c.get("version").asLong()).isEqualTo(2);
    assertThat(c.at("/complaint/node").asText()).isEqualTo("ACCEPTANCE");
    assertThat(c.at("/complaint/complainant/phone").asText()).isEqualTo("138****5678");
    clean(created);

    HttpResponse<String> read = http.get("/complaints/" + id, TestTokens.DISPATCHER);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read).get("timers").isArray()).isTrue();
    assertThat(json(read).at("/internal/orgUnit").asText()).isEqualTo("plaza-01");
    clean(read);

    HttpResponse<String> accepted = http.post("/complaints/" + id + "/commands", TestTokens.DESK, accept(), "\"2\"");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.headers().firstValue("ETag")).hasValue("\"" + json(accepted).get("version").asLong() + "\"");
    assertThat(json(accepted).at("/complaint/node").asText()).isEqualTo("GRADING");
    long version = json(accepted).get("version").asLong();
    JsonNode timers = json(http.get("/complaints/" + id, TestTokens.DESK)).get("timers");
    assertThat(timers).hasSize(1);
    assertThat(timers.get(0).get("node").asText()).isEqualTo("GRADING");
    assertThat(timers.get(0).get("level").asText()).isEqualTo("NONE");

    HttpResponse<String> stale = http.post("/complaints/" + id + "/commands", TestTokens.DISPATCHER,
        "{\"type\":\"AssignGrade\",\"grade\":\"SERIOUS\"}", "2");
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).get("actualVersion").asLong()).isEqualTo(version);
    clean(stale);

    HttpResponse<String> notHere = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"ConfirmPlan\"}");
    assertThat(notHere.statusCode()).as(notHere.body()).isEqualTo(422);
    assertThat(json(notHere).get("reason").asText()).isEqualTo("NOT_ALLOWED_IN_NODE");
    assertThat(json(notHere).get("node").asText()).isEqualTo("GRADING");
    assertThat(json(notHere).get("allowedCommands").toString()).contains("AssignGrade");
    clean(notHere);

    HttpResponse<String> page = http.get("/complaints?page=0&size=2", TestTokens.DESK);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(json(page).get("size").asInt()).isEqualTo(2);
    assertThat(json(page).get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(json(page).get("items").size()).isBetween(1, 2);
    HttpResponse<String> far = http.get("/complaints?page=100000&size=100", TestTokens.DESK);
    assertThat(json(far).get("items")).isEmpty();

    HttpResponse<String> board = http.get("/board", TestTokens.DESK);
    assertThat(board.statusCode()).isEqualTo(200);
    assertThat(json(board).get("calendarDataEnds").asText()).isEqualTo("2026-12-31");
    assertThat(json(board).get("byLevel").has("RED_3")).isTrue();

    assertThat(http.get("/complaints/C-nobody-here", TestTokens.DESK).statusCode()).isEqualTo(404);
    HttpResponse<String> health = http.get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  /** The session cookie of an answer's Set-Cookie, as {@code JSESSIONID=...}. */
  private static String session(HttpResponse<String> r) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }

  private static String csrf(String page) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> page(String path, String cookie) {
    java.net.http.HttpRequest.Builder b = http.request(path, null).header("Accept", "text/html");
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.GET().build());
  }

  private HttpResponse<String> form(String path, String cookie, String body) {
    return http.send(http.request(path, null).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @Test
  void pagesSignInWithTheTokensIntoASessionWhileTheApiStaysStateless() {
    String id = create();
    // a browser without a session is sent to the sign-in form; a script without a token still gets 401
    HttpResponse<String> anonymous = page("/complaints/" + id, null);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(http.get("/complaints/" + id, null).statusCode()).isEqualTo(401);

    HttpResponse<String> login = page("/login", session(anonymous));
    String cookie = session(anonymous);
    HttpResponse<String> noCsrf = form("/login", cookie, "token=" + TestTokens.DESK);
    assertThat(noCsrf.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong = form("/login", cookie, "token=not-a-known-token&_csrf=" + csrf(login.body()));
    assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    HttpResponse<String> signedIn = form("/login", cookie, "token=" + TestTokens.DESK + "&_csrf=" + csrf(login.body()));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String user = session(signedIn);
    assertThat(user).isNotEqualTo(cookie);

    // the page of the complaint asked for before the sign-in, masked like the API's answers
    HttpResponse<String> complaint = page("/complaints/" + id, user);
    assertThat(complaint.statusCode()).isEqualTo(200);
    assertThat(complaint.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(complaint.body()).contains("138****5678", "id=\"command-AcceptComplaint\"")
        .doesNotContain(PHONE, EMAIL, NAME, "Exception");
    // a form post needs the page's CSRF token; with it the command is the desk's
    assertThat(form("/ui/complaints/" + id + "/commands", user, "type=AcceptComplaint").statusCode()).isEqualTo(403);
    HttpResponse<String> sent = form("/ui/complaints/" + id + "/commands", user,
        "type=AcceptComplaint&version=2&_csrf=" + csrf(complaint.body()));
    assertThat(sent.statusCode()).isEqualTo(302);
    JsonNode after = json(http.get("/complaints/" + id, TestTokens.DISPATCHER));
    assertThat(after.at("/complaint/node").asText()).isEqualTo("GRADING");
    assertThat(page("/complaints/" + id, user).body()).contains("Done: AcceptComplaint");
    // a refused page request gets the error page with the reason; a refused download the API's JSON body
    for (String refused : List.of("/scorecards?period=October", "/quarters?quarter=2026-Q5")) {
      HttpResponse<String> bad = page(refused, user);
      assertThat(bad.statusCode()).as(refused).isEqualTo(400);
      assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(bad.body()).contains("id=\"error-message\"").contains(" must be ");
    }
    HttpResponse<String> badDownload = page("/quarters/data?quarter=2026-Q5", user);
    assertThat(badDownload.statusCode()).isEqualTo(400);
    assertThat(json(badDownload).get("field").asText()).isEqualTo("quarter");

    // the session is no bearer token, and a bearer token gets no session
    HttpResponse<String> cookieOnly = http.send(http.request("/complaints/" + id, null).header("Cookie", user)
        .header("Accept", "application/json").GET().build());
    assertThat(cookieOnly.statusCode()).isEqualTo(401);
    HttpResponse<String> api = http.send(http.request("/complaints/" + id, TestTokens.DESK).header("Accept", "*/*")
        .GET().build());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(json(api).get("id").asText()).isEqualTo(id);
    assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();
    HttpResponse<String> data = http.get("/scorecards/data?period=2026-10", TestTokens.DESK);
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(json(data).get("period").asText()).isEqualTo("2026-10");
    // the language of a download is the request's: Chinese explanations, still no cookie
    HttpResponse<String> zh = http.get("/scorecards/data?lang=zh", TestTokens.DESK);
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(json(zh).at("/units/0/items/0/explanation").asText()).contains("分");
    HttpResponse<String> badPeriod = http.get("/scorecards/data?period=October", TestTokens.DESK);
    assertThat(badPeriod.statusCode()).isEqualTo(400);
    assertThat(json(badPeriod).get("field").asText()).isEqualTo("period");
    clean(badPeriod);
    for (String download : List.of("/scorecards/data?period=2026-10&format=xml", "/quarters/data?format=xml")) {
      HttpResponse<String> badFormat = http.get(download, TestTokens.DESK);
      assertThat(badFormat.statusCode()).isEqualTo(400);
      assertThat(json(badFormat).get("field").asText()).isEqualTo("format");
      assertThat(json(badFormat).get("error").asText()).isEqualTo("'format' must be json or csv");
      clean(badFormat);
    }
  }

  @Test
  void pingIs204WithoutABodyNeedsATokenAndTouchesNoDatabase() {
    HttpResponse<String> ping = http.get("/ping", TestTokens.DESK);
    assertThat(ping.statusCode()).isEqualTo(204);
    assertThat(ping.body()).isEmpty();
    assertThat(http.get("/ping", null).statusCode()).isEqualTo(401);
    // with the database switched off no connection can be had: a 204 now asked for none
    switchable().off(true);
    assertThat(http.get("/ping", TestTokens.DISPATCHER).statusCode()).isEqualTo(204);
  }

  @Test
  void theStoreTablesAreMigratedOnceByTheStarterInTheirOwnHistory() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      List<String> versions = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"complaints_schema_history\""
          + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")) {
        while (rs.next()) {
          versions.add(rs.getString(1));
        }
      }
      assertThat(versions).containsExactly("1", "2", "3");
      for (String name : List.of("flyway_schema_history", "FLYWAY_SCHEMA_HISTORY")) {
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
          assertThat(rs.next()).as("the service has no Flyway history of its own").isFalse();
        }
      }
    }
  }

  @Test
  void aTokenIsNeededAndTheEngineDecidesTheRoles() {
    HttpResponse<String> none = http.get("/complaints", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    clean(none);
    HttpResponse<String> wrong = http.post("/complaints", "not-a-known-token-at-all", INTAKE);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    clean(wrong);
    HttpResponse<String> basic = http.send(http.request("/board", null)
        .header("Authorization", "Basic ZGVzay0xOnNlY3JldA==").GET().build());
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.headers().firstValue("Set-Cookie")).isEmpty();

    String id = create();
    HttpResponse<String> refused = http.post("/complaints/" + id + "/commands", TestTokens.DISPATCHER, accept());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(json(refused).get("reason").asText()).isEqualTo("MISSING_ROLE");
    clean(refused);
    assertThat(http.get("/complaints/" + id, TestTokens.IMPORT_ONLY).statusCode()).isEqualTo(403);
    HttpResponse<String> ok = http.get("/complaints/" + id, TestTokens.DESK);
    assertThat(ok.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void actorRolesAndInstantsComeFromTheServer() {
    for (String field : List.of("actor", "roles")) {
      String body = INTAKE.replaceFirst("\\{", "{\"" + field + "\":" + ("actor".equals(field)
          ? "{\"id\":\"boss\",\"roles\":[\"GROUP_SERVICE\"]}," : "[\"GROUP_SERVICE\"],"));
      HttpResponse<String> r = http.post("/complaints", TestTokens.DESK, body);
      assertThat(r.statusCode()).as(field).isEqualTo(400);
      assertThat(json(r).get("field").asText()).isEqualTo(field);
      clean(r);
    }
    String past = INTAKE.replaceFirst("\\{", "{\"at\":\"2026-10-03T11:10:00+08:00\",");
    HttpResponse<String> notAllowed = http.post("/complaints", TestTokens.DESK, past);
    assertThat(notAllowed.statusCode()).isEqualTo(400);
    assertThat(json(notAllowed).get("field").asText()).isEqualTo("at");

    HttpResponse<String> imported = http.post("/complaints", TestTokens.IMPORTER, past);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(json(imported).at("/complaint/receivedAt").asText()).isEqualTo("2026-10-03T03:10:00Z");

    java.time.Instant before = java.time.Instant.now();
    HttpResponse<String> stamped = http.post("/complaints", TestTokens.DESK, INTAKE);
    java.time.Instant after = java.time.Instant.now();
    java.time.Instant receivedAt = java.time.Instant.parse(json(stamped).at("/complaint/receivedAt").asText());
    assertThat(receivedAt).isBetween(before, after);
  }

  @Test
  void hostileInputIsRefusedNamingTheField() {
    HttpResponse<String> badId = http.get("/complaints/bad%20id%3Cscript%3E", TestTokens.DESK);
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(json(badId).get("field").asText()).isEqualTo("id");
    HttpResponse<String> longId = http.post("/complaints/" + "x".repeat(65) + "/commands", TestTokens.DESK, accept());
    assertThat(json(longId).get("field").asText()).isEqualTo("id");

    record Case(String body, String field) {}
    List<Case> cases = List.of(
        new Case("{\"channel\":", "channel"),
        new Case("[1,2]", "$"),
        new Case(INTAKE.replace("\"PHONE\"", "5"), "channel"),
        new Case(INTAKE.replace("\"PHONE\"", "\"PIGEON\""), "channel"),
        new Case(INTAKE.replace("\"staff were rude\"", "42"), "description"),
        new Case(INTAKE.replace("\"category\":\"MERCHANT_SERVICE\",", ""), "category"),
        new Case(INTAKE.replace("\"description\":\"staff were rude\"", "\"description\":\" \""), "description"),
        new Case(INTAKE.replaceFirst("\\{", "{\"colour\":\"red\","), "colour"),
        new Case(INTAKE.replace("\"3F-120\"}", "\"3F-120\",\"floor\":3}"), "subject.floor"),
        new Case(INTAKE.replaceFirst("\\{", "{\"receivedAt\":\"+1000000000-01-01T00:00:00Z\","), "receivedAt"),
        new Case(INTAKE.replaceFirst("\\{", "{\"receivedAt\":\"1900-01-01T00:00:00Z\","), "receivedAt"),
        new Case(INTAKE.replaceFirst("\\{", "{\"receivedAt\":12,"), "receivedAt"),
        new Case(INTAKE.replaceFirst("\\{", "{\"complaintId\":\"no spaces please\","), "complaintId"),
        new Case(INTAKE.replaceFirst("\\{", "{\"commandId\":\"" + "c".repeat(65) + "\","), "commandId"),
        new Case(INTAKE.replaceFirst("\\{", "{\"type\":\"AssignGrade\","), "type"),
        new Case(INTAKE.replace("\"channel\":\"PHONE\",", "\"channel\":\"PHONE\",\"channel\":\"EMAIL\","), "channel"),
        new Case(INTAKE.replace("\"13812345678\"", "\"call me maybe\""), "complainant"));
    for (Case c : cases) {
      HttpResponse<String> r = http.post("/complaints", TestTokens.DESK, c.body());
      assertThat(r.statusCode()).as(c.body() + " -> " + r.body()).isEqualTo(400);
      assertThat(json(r).get("field").asText()).as(r.body()).isEqualTo(c.field());
      assertThat(r.body()).doesNotContain("java.", "Exception", "jackson", "Instant`", "dev.complaints");
    }
    String id = create();
    HttpResponse<String> noType = http.post("/complaints/" + id + "/commands", TestTokens.DESK, "{}");
    assertThat(json(noType).get("field").asText()).isEqualTo("type");
    HttpResponse<String> otherId = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"AcceptComplaint\",\"complaintId\":\"C-other\"}");
    assertThat(json(otherId).get("field").asText()).isEqualTo("complaintId");
    HttpResponse<String> badMatch = http.post("/complaints/" + id + "/commands", TestTokens.DESK, accept(), "two");
    assertThat(badMatch.statusCode()).isEqualTo(400);
    assertThat(json(badMatch).get("field").asText()).isEqualTo("If-Match");
    for (String query : List.of("size=0", "size=101", "page=-1", "page=x")) {
      HttpResponse<String> r = http.get("/complaints?" + query, TestTokens.DESK);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(json(r).get("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
      clean(r);
    }
    HttpResponse<String> nowhere = http.get("/nowhere", TestTokens.DESK);
    assertThat(nowhere.statusCode()).isEqualTo(404);
    clean(nowhere);
    HttpResponse<String> method = http.send(http.request("/board", TestTokens.DESK).DELETE().build());
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
    clean(method);
  }

  @Test
  void tellingTheCustomerIsACommandLikeAnyOtherAndShowsInTheCustomerView() {
    String id = create();
    HttpResponse<String> tooLate = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"NotifyCustomer\",\"channel\":\"SMS\",\"kind\":\"ACKNOWLEDGEMENT\",\"nextStep\":\"call back\","
            + "\"nextStepDue\":\"2101-01-01T00:00:00Z\"}");
    assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(400);
    assertThat(json(tooLate).get("field").asText()).isEqualTo("nextStepDue");
    HttpResponse<String> told = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"NotifyCustomer\",\"channel\":\"SMS\",\"kind\":\"ACKNOWLEDGEMENT\",\"text\":\"received\","
            + "\"nextStep\":\"call back with a plan\",\"nextStepDue\":\"2099-01-01T00:00:00Z\"}");
    assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
    assertThat(json(told).at("/complaint/nextStep/description").asText()).isEqualTo("call back with a plan");
    assertThat(json(told).at("/complaint/nextStep/due").asText()).isEqualTo("2099-01-01T00:00:00Z");
    assertThat(json(told).at("/complaint/notifications/0/channel").asText()).isEqualTo("SMS");
    HttpResponse<String> plan = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"NotifyCustomer\",\"channel\":\"PHONE\",\"kind\":\"PLAN\"}");
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(422);
    assertThat(json(plan).get("reason").asText()).isEqualTo("GUARD_FAILED");
    clean(plan);
  }

  @Test
  void evidenceAndInstructionsAreShownToStaffOnly() {
    String id = create();
    assertThat(http.post("/complaints/" + id + "/commands", TestTokens.DESK, accept()).statusCode()).isEqualTo(200);
    HttpResponse<String> asked = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"RequestInstruction\",\"question\":\"a refund beyond the desk's limit?\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    assertThat(json(asked).at("/internal/instructions/0/question").asText())
        .isEqualTo("a refund beyond the desk's limit?");
    assertThat(json(asked).get("complaint").toString()).doesNotContain("refund beyond");
    HttpResponse<String> future = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"RecordEvidence\",\"description\":\"photo\",\"collectedBy\":\"desk-1\","
            + "\"collectedAt\":\"2101-01-01T00:00:00Z\"}");
    assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
    assertThat(json(future).get("field").asText()).isEqualTo("collectedAt");
  }

  @Test
  void aBodyOverTheLimitIs413EvenWhenHuge() {
    for (int size : new int[] {70 * 1024, 10 * 1024 * 1024}) {
      byte[] body = new byte[size];
      java.util.Arrays.fill(body, (byte) ' ');
      body[0] = '{';
      body[size - 1] = '}';
      HttpResponse<String> r = http.postBytes("/complaints", TestTokens.DESK, body);
      assertThat(r.statusCode()).as("%d bytes", size).isEqualTo(413);
      clean(r);
    }
    // the limit holds without a declared length too (chunked)
    HttpResponse<String> chunked = http.send(http.request("/complaints", TestTokens.DESK)
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(new byte[200 * 1024]))).build());
    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  @Test
  void idleSlowConnectionsDoNotStopOtherRequests() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket s = new Socket("127.0.0.1", port);
        OutputStream out = s.getOutputStream();
        if (i % 2 == 0) {
          out.write("GET /board HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
          out.write(("POST /complaints HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestTokens.DESK
              + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"chan").getBytes(
                  StandardCharsets.US_ASCII));
        }
        out.flush();
        slow.add(s);
      }
      long start = System.nanoTime();
      HttpResponse<String> probe = http.get("/actuator/health", null);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(probe.statusCode()).isEqualTo(200);
      assertThat(took).isLessThan(Duration.ofSeconds(2));
      assertThat(http.get("/board", TestTokens.DESK).statusCode()).isEqualTo(200);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void concurrentConflictingCommandsHaveExactlyOneWinner() throws Exception {
    String id = create();
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return http.post("/complaints/" + id + "/commands", TestTokens.DESK, accept(), "2");
        }));
      }
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : results) {
        answers.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(answers).extracting(HttpResponse::statusCode).filteredOn(s -> s == 200).hasSize(1);
      assertThat(answers).extracting(HttpResponse::statusCode).filteredOn(s -> s == 409).hasSize(writers - 1);
      HttpResponse<String> winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
      JsonNode now = json(http.get("/complaints/" + id, TestTokens.DESK));
      assertThat(now.get("version").asLong()).isEqualTo(json(winner).get("version").asLong());
      assertThat(now.at("/complaint/node").asText()).isEqualTo("GRADING");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRetryWithTheSameCommandIdAnswersTheOriginalResult() {
    String intake = INTAKE.replaceFirst("\\{", "{\"commandId\":\"intake-" + System.nanoTime() + "\",");
    HttpResponse<String> first = http.post("/complaints", TestTokens.DESK, intake);
    HttpResponse<String> again = http.post("/complaints", TestTokens.DESK, intake);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    String id = json(first).get("id").asText();

    String command = "{\"type\":\"AcceptComplaint\",\"commandId\":\"accept-" + id + "\"}";
    HttpResponse<String> accepted = http.post("/complaints/" + id + "/commands", TestTokens.DESK, command, "2");
    assertThat(accepted.statusCode()).isEqualTo(200);
    HttpResponse<String> grade = http.post("/complaints/" + id + "/commands", TestTokens.DISPATCHER,
        "{\"type\":\"AssignGrade\",\"grade\":\"GENERAL\"}");
    assertThat(grade.statusCode()).as(grade.body()).isEqualTo(200);
    // the retry (with the If-Match it was first sent with) answers what the first attempt answered
    HttpResponse<String> retry = http.post("/complaints/" + id + "/commands", TestTokens.DESK, command, "2");
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(accepted.body());
    assertThat(json(http.get("/complaints/" + id, TestTokens.DESK)).get("version").asLong())
        .isEqualTo(json(grade).get("version").asLong());
    // the same command id for another command is a conflict
    HttpResponse<String> reused = http.post("/complaints/" + id + "/commands", TestTokens.DESK,
        "{\"type\":\"AddNote\",\"commandId\":\"accept-" + id + "\",\"text\":\"hello\",\"visibility\":\"INTERNAL\"}");
    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
    assertThat(json(reused).get("reason").asText()).isEqualTo("COMMAND_ID_REUSED");
  }

  @Test
  void anUnavailableDatabaseIs503UntilItIsBack(CapturedOutput output) {
    String id = create();
    switchable().off(true);
    for (int i = 0; i < 3; i++) {
      for (HttpResponse<String> r : List.of(http.post("/complaints", TestTokens.DESK, INTAKE),
          http.get("/complaints/" + id, TestTokens.DESK), http.get("/complaints", TestTokens.DESK))) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        clean(r);
      }
    }
    assertThat(http.get("/actuator/health", null).statusCode()).isEqualTo(503);
    switchable().off(false);
    assertThat(http.post("/complaints", TestTokens.DESK, INTAKE).statusCode()).isEqualTo(201);
    assertThat(http.get("/actuator/health", null).statusCode()).isEqualTo(200);

    String log = output.getAll();
    assertThat(log.lines().filter(l -> l.contains("database unavailable"))).hasSize(1)
        .allSatisfy(l -> assertThat(l).contains("WARN"));
    assertThat(log.lines().filter(l -> l.contains("database available again"))).hasSize(1)
        .allSatisfy(l -> assertThat(l).contains("INFO"));
    assertThat(log).doesNotContain("\tat ", "SQLTransientConnectionException");
  }

  /** Makes every insert into the event table fail with a driver message that quotes the row. */
  abstract void refuseInsertsQuotingTheRow(Statement s) throws Exception;

  /** Undoes {@link #refuseInsertsQuotingTheRow}. */
  abstract void allowInserts(Statement s) throws Exception;

  @Test
  void aFailingInsertLogsNoPersonalData(CapturedOutput output) throws Exception {
    String phone = "13900001111";
    String name = "Qian Duoduo";
    String email = "qian.duoduo@example.com";
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      refuseInsertsQuotingTheRow(s);
    }
    try {
      String body = INTAKE.replace("13812345678", phone).replace("Zhang Sanfeng", name)
          .replace("zhang.sanfeng@example.com", email);
      HttpResponse<String> r = http.post("/complaints", TestTokens.DESK, body);
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).doesNotContain(phone, name, email, "java.", "Exception");
      assertThat(output.getAll()).contains("failed in the database", "23514").doesNotContain(phone, name, email);
    } finally {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        allowInserts(s);
      }
    }
    assertThat(http.post("/complaints", TestTokens.DESK, INTAKE).statusCode()).isEqualTo(201);
  }
}
