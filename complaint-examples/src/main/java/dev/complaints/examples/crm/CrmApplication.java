package dev.complaints.examples.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CRM integration example: a small host application that embeds the library the way a CRM would.
 *
 * <ul>
 *   <li>commands come in over a tiny JSON HTTP API on 127.0.0.1 (the JDK's built-in server);
 *   <li>the {@code mall-ticket} workflow engine decides them against the complaint rebuilt from its events;
 *   <li>the events go through JDBC into an event table whose key {@code (complaint_id, version)} makes the
 *       database enforce the expected version;
 *   <li>an SLA tracker fed with every stored event drives a scheduler that sleeps until the next light change
 *       and logs each new yellow or red light.
 * </ul>
 *
 * <p>Endpoints: {@code POST /complaints} (a {@code ReceiveComplaint}), {@code POST /complaints/{id}/commands}
 * (any command; optional {@code If-Match: <version>}), {@code GET /complaints}, {@code GET /complaints/{id}}
 * (customer view, personal data masked), {@code GET /board} (open SLA timers by light, and the date on which
 * the calendar data ends).
 */
public final class CrmApplication implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrmApplication.class);

  /**
   * How to run the application.
   *
   * @param database where the events are kept
   * @param table event table name
   * @param port HTTP port on 127.0.0.1, 0 for an ephemeral one
   * @param clock where "now" comes from (command instants, SLA checks)
   * @param runScheduler whether to start the background scheduler thread
   * @param policy the SLA policy the tracker and scheduler apply
   */
  public record Config(Database database, String table, int port, Clock clock, boolean runScheduler,
      SlaPolicy policy) {
    /**
     * Checks the configuration.
     *
     * @param database not null
     * @param table not null
     * @param port 0..65535
     * @param clock not null
     * @param runScheduler any
     * @param policy not null
     */
    public Config {
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(policy, "policy");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
    }

    /**
     * A configuration with the {@link #mallTicketPastHolidayData()} policy.
     *
     * @param database not null
     * @param table not null
     * @param port 0..65535
     * @param clock not null
     * @param runScheduler any
     */
    public Config(Database database, String table, int port, Clock clock, boolean runScheduler) {
      this(database, table, port, clock, runScheduler, mallTicketPastHolidayData());
    }
  }

  /**
   * The {@code mall-ticket} policy as this host runs it by default. Its working-day targets use the bundled
   * {@code cn-national} calendar, which knows China's holidays and transfer workdays only for the years of its
   * dataset and refuses to guess beyond them. A host that keeps running after those years must choose: this
   * one chooses {@link UnknownYears#WEEKLY} (Monday to Friday alone for later dates) and logs that choice at
   * start; a host that must not guess passes {@link SlaPolicies#mallTicket()} ({@code --unknown-years refuse}:
   * then a deadline past the dataset is an error) or a calendar built from a newer dataset.
   *
   * @return the policy
   */
  public static SlaPolicy mallTicketPastHolidayData() {
    return SlaPolicies.mallTicket().toBuilder().unknownYears(UnknownYears.WEEKLY).build();
  }

  /**
   * The line logged at start about the end of the policy's holiday data: a warning when later dates follow the
   * weekly rule, information when they are refused.
   *
   * @param policy the policy
   * @param ends the last date of holiday data ({@link SlaTracker#calendarDataEnds()})
   * @return the line, empty when no calendar is limited to the years of a dataset
   */
  static Optional<String> calendarDataLine(SlaPolicy policy, Optional<LocalDate> ends) {
    return ends.map(end -> policy.unknownYears() == UnknownYears.WEEKLY
        ? "SLA calendar data ends " + end + "; later dates follow the weekly windows alone, without holidays or"
            + " transfer workdays (unknown years: weekly)"
        : "SLA calendar data ends " + end + "; lights that need later dates are reported as unanswerable"
            + " (unknown years: refuse)");
  }

  private final Config config;
  private final ObjectMapper mapper = Json.mapper();
  private final JdbcComplaintStore store;
  private final ComplaintService service;
  private final SlaTracker tracker;
  private final SlaScheduler scheduler;
  private final JsonHttpServer http;
  private final AtomicLong ids = new AtomicLong();
  private final int port;

  private CrmApplication(Config config) throws IOException {
    this.config = config;
    this.store = JdbcComplaintStore.open(config.database(), config.table());
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
    SlaPolicy policy = config.policy();
    this.service = new ComplaintService(engine, store);
    this.tracker = new SlaTracker(policy);
    calendarDataLine(policy, tracker.calendarDataEnds()).ifPresent(line -> {
      if (policy.unknownYears() == UnknownYears.WEEKLY) {
        LOG.warn(line);
      } else {
        LOG.info(line);
      }
    });
    // Restart: the tracker is rebuilt from every stored event, in order.
    try (var all = store.streamAll()) {
      all.forEach(tracker::apply);
    }
    this.scheduler = new SlaScheduler(tracker, config.clock());
    service.onAppend(scheduler::onEvents);
    this.http = new JsonHttpServer(mapper, this::error)
        .route("POST", "/complaints", this::receive)
        .route("GET", "/complaints", r -> JsonHttpServer.Reply.ok(list()))
        .route("GET", "/complaints/([^/]+)", r -> JsonHttpServer.Reply.ok(view(service.require(r.param(1)))))
        .route("POST", "/complaints/([^/]+)/commands", this::command)
        .route("GET", "/board", r -> JsonHttpServer.Reply.ok(board()));
    this.port = http.start(config.port());
    if (config.runScheduler()) {
      scheduler.start();
    }
    LOG.info("CRM example listening on http://127.0.0.1:{}/ with events in {} table {}", port,
        config.database().describe(), config.table());
  }

  /**
   * Starts the application.
   *
   * @param config the configuration
   * @return the running application
   * @throws UncheckedIOException when the port cannot be bound
   * @throws StoreException when the database cannot be reached
   */
  public static CrmApplication start(Config config) {
    try {
      return new CrmApplication(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on port " + config.port(), e);
    }
  }

  /**
   * The port listened on.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * The complaint service (load, decide, append).
   *
   * @return the service
   */
  public ComplaintService service() {
    return service;
  }

  /**
   * The store.
   *
   * @return the JDBC store
   */
  public JdbcComplaintStore store() {
    return store;
  }

  /**
   * The SLA scheduler (tests call {@link SlaScheduler#check()} with their own clock).
   *
   * @return the scheduler
   */
  public SlaScheduler scheduler() {
    return scheduler;
  }

  private JsonHttpServer.Reply receive(JsonHttpServer.Request request) throws JsonProcessingException {
    ObjectNode body = http.jsonObject(request);
    body.put("type", "ReceiveComplaint");
    fillIn(body, null);
    ReceiveComplaint cmd = (ReceiveComplaint) mapper.treeToValue(body, Command.class);
    Complaint c = service.receive(cmd);
    return new JsonHttpServer.Reply(201, view(c), Map.of("Location", "/complaints/" + c.id(),
        "ETag", Long.toString(c.version())));
  }

  private JsonHttpServer.Reply command(JsonHttpServer.Request request) throws JsonProcessingException {
    String id = request.param(1);
    ObjectNode body = http.jsonObject(request);
    if (!body.hasNonNull("type")) {
      throw new IllegalArgumentException("the command needs a \"type\", one of " + Command.TYPE_NAMES);
    }
    if (body.hasNonNull("complaintId") && !body.get("complaintId").asText().equals(id)) {
      throw new IllegalArgumentException("the command's complaintId '" + body.get("complaintId").asText()
          + "' does not match the path's '" + id + "'");
    }
    fillIn(body, id);
    Command cmd = mapper.treeToValue(body, Command.class);
    OptionalLong expected = OptionalLong.empty();
    String ifMatch = request.header("If-Match");
    if (ifMatch != null) {
      try {
        expected = OptionalLong.of(Long.parseLong(ifMatch.replace("\"", "").trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("If-Match must be a complaint version number, was '" + ifMatch + "'");
      }
    }
    Complaint c = service.handle(cmd, expected);
    return new JsonHttpServer.Reply(200, view(c), Map.of("ETag", Long.toString(c.version())));
  }

  /** The host fills in what a client need not send: a complaint id, a command id and the instant. */
  private void fillIn(ObjectNode body, String complaintId) {
    if (complaintId != null) {
      body.put("complaintId", complaintId);
    } else if (!body.hasNonNull("complaintId")) {
      body.put("complaintId", "C-" + config.clock().instant().toEpochMilli() + "-" + ids.incrementAndGet());
    }
    if (!body.hasNonNull("commandId")) {
      body.put("commandId", UUID.randomUUID().toString());
    }
    if (!body.hasNonNull("at")) {
      body.put("at", config.clock().instant().toString());
    }
  }

  /** The customer-facing view (personal data masked, internal notes left out) plus version and lights. */
  private ObjectNode view(Complaint c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", c.id());
    n.put("version", c.version());
    n.set("complaint", mapper.valueToTree(c.customerView()));
    ArrayNode lights = n.putArray("timers");
    Map<String, String> unanswerable = new TreeMap<>();
    for (TimerStatus s : tracker.statusAt(config.clock().instant(), (id, e) -> unanswerable.put(id, e.getMessage()))) {
      if (s.complaintId().equals(c.id()) && s.state().isOpen()) {
        lights.addObject().put("node", s.node().orElse(s.targetName())).put("level", s.level().name())
            .put("deadline", s.outcome().deadline().toString());
      }
    }
    if (unanswerable.containsKey(c.id())) {
      n.put("timersError", unanswerable.get(c.id()));
    }
    return n;
  }

  private List<Map<String, Object>> list() {
    return service.all().stream()
        .map(c -> Map.<String, Object>of("id", c.id(), "node", String.valueOf(c.node()), "version", c.version(),
            "closed", c.closed()))
        .toList();
  }

  private ObjectNode board() {
    Map<String, String> unanswerable = new TreeMap<>();
    SlaBoard b = tracker.board(config.clock().instant(), (id, e) -> unanswerable.put(id, e.getMessage()));
    ObjectNode n = mapper.createObjectNode();
    n.put("at", b.at().toString());
    n.put("open", b.total());
    n.put("calendarDataEnds", b.calendarDataEnds().map(LocalDate::toString).orElse(null));
    ObjectNode by = n.putObject("byLevel");
    for (AlertLevel level : AlertLevel.values()) {
      ArrayNode arr = by.putArray(level.name());
      for (TimerStatus s : b.at(level)) {
        arr.addObject().put("complaintId", s.complaintId()).put("node", s.node().orElse(s.targetName()))
            .put("grade", s.grade().name()).put("deadline", s.outcome().deadline().toString())
            .put("elapsed", s.outcome().elapsed().toString()).put("limit", s.outcome().limit().toString());
      }
    }
    // complaints whose lights a calendar cannot compute (past a dataset's years) are named, not hidden
    ArrayNode errors = n.putArray("unanswerable");
    unanswerable.forEach((id, message) -> errors.addObject().put("complaintId", id).put("error", message));
    return n;
  }

  private JsonHttpServer.Reply error(Exception e) {
    if (e instanceof VersionConflictException v) {
      return new JsonHttpServer.Reply(409, Map.of("status", 409, "error", v.getMessage(),
          "expectedVersion", v.expectedVersion(), "actualVersion", v.actualVersion()), Map.of());
    }
    if (e instanceof CommandRejectedException r) {
      return new JsonHttpServer.Reply(422, Map.of("status", 422, "error", r.getMessage(),
          "node", String.valueOf(r.node()), "allowedCommands", r.allowedCommands()), Map.of());
    }
    if (e instanceof UnknownComplaintException) {
      return JsonHttpServer.error(404, e.getMessage());
    }
    if (e instanceof JsonProcessingException j) {
      return JsonHttpServer.error(400, "bad command JSON: " + j.getOriginalMessage());
    }
    if (e instanceof IllegalArgumentException) {
      return JsonHttpServer.error(400, e.getMessage());
    }
    LOG.error("request failed", e);
    return JsonHttpServer.error(500, "internal error");
  }

  @Override
  public void close() {
    http.close();
    scheduler.close();
  }
}
