package dev.complaints.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.tracker.SlaTracker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ComplaintStore} on any JDBC {@link DataSource} (H2 2.x and PostgreSQL are tested), with a summary row
 * per complaint for lists and SLA scheduling, and a command log that makes appends idempotent across restarts.
 *
 * <p>The tables come from the SQL migrations in {@link #MIGRATIONS}; run them (for example with Flyway) before
 * the first use and call {@link JdbcSchema#check(DataSource)} at start-up to fail fast when they are missing.
 * The store opens one connection per call and closes it before returning (streams: when the stream is closed),
 * so a pooled {@code DataSource} is recommended. It is thread-safe; several processes may share a database.
 *
 * <p><b>Durability.</b> {@link #append} is one transaction: the events, the command log entries and the summary
 * are committed together before it returns. A return means the database has committed the events; an exception
 * means none of them were written.
 *
 * <p><b>Errors.</b> A database that cannot be reached or that fails an operation gives a {@link
 * ComplaintStoreUnavailableException} naming the operation and the SQLState; the driver's message is never
 * repeated (it may quote stored values such as a complainant's phone number) and nothing with values is logged.
 */
public final class JdbcComplaintStore implements ComplaintStore {

  /** Where the SQL migrations creating the store's tables are, as a Flyway location. */
  public static final String MIGRATIONS = "classpath:dev/complaints/jdbc/migration";

  /**
   * The schema history table to give Flyway for {@link #MIGRATIONS}, so that the store's versions are never mixed
   * with the host application's own migrations.
   */
  public static final String SCHEMA_HISTORY_TABLE = "complaints_schema_history";

  /** The largest page {@link #page(int, int)} and {@link #changingBy(Instant, int)} return. */
  public static final int MAX_PAGE_SIZE = 500;

  /** Rows {@link #streamAll()} asks the driver to fetch per round trip. */
  public static final int FETCH_SIZE = 256;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcComplaintStore.class);

  private static final String SUMMARY_COLUMNS = "complaint_id, workflow, node, grade, org_unit, version, closed,"
      + " received_at, next_change_at";

  private final DataSource dataSource;
  private final SlaPolicy policy;
  private final Clock clock;
  private final ObjectMapper mapper = Json.mapper();
  private final AtomicBoolean timerProblemLogged = new AtomicBoolean();

  private JdbcComplaintStore(DataSource dataSource, SlaPolicy policy, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A store whose summaries time SLA lights with the mall-ticket policy ({@link SlaPolicies#mallTicket()}) and
   * stamp rows with the UTC system clock. Does not touch the database.
   *
   * @param dataSource the database, with the migrations applied
   * @return the store
   * @throws NullPointerException when {@code dataSource} is null
   */
  public static JdbcComplaintStore of(DataSource dataSource) {
    return new JdbcComplaintStore(dataSource, SlaPolicies.mallTicket(), Clock.systemUTC());
  }

  /**
   * A store whose summaries keep each complaint's next SLA light change under {@code policy}. Does not touch
   * the database.
   *
   * @param dataSource the database, with the migrations applied
   * @param policy the SLA policy that times every complaint's lights
   * @param clock stamps the rows with the instant they were written ({@code stored_at}, {@code updated_at});
   *     it plays no part in timing
   * @return the store
   * @throws NullPointerException when an argument is null
   */
  public static JdbcComplaintStore of(DataSource dataSource, SlaPolicy policy, Clock clock) {
    return new JdbcComplaintStore(dataSource, policy, clock);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In one transaction: inserts the events (the key {@code (complaint_id, version)} lets one of two racing
   * writers win), records each distinct command id of the events in the command log, and updates the
   * complaint's summary; commits before returning. An empty list appends nothing but still checks the version.
   *
   * @throws CommandAlreadyAppliedException when a command id of the events is already in the command log,
   *     also when a racing writer stored it first; checked before the version, so a retried append is told it
   *     is done rather than that it is stale
   * @throws VersionConflictException when the complaint is not at {@code expectedVersion}, or another writer
   *     appended the same version first
   * @throws UnknownComplaintException when {@code expectedVersion} is above 0 and the complaint has no summary
   *     row, or when a new complaint does not start with {@code ComplaintReceived}
   * @throws ComplaintStoreUnavailableException when the database fails; nothing was written
   */
  @Override
  public void append(String complaintId, long expectedVersion, List<ComplaintEvent> events) {
    checkId(complaintId, "complaintId");
    Objects.requireNonNull(events, "events");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
    }
    Map<String, long[]> commands = new LinkedHashMap<>();
    List<String> payloads = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      ComplaintEvent e = events.get(i);
      if (e == null) {
        throw new NullPointerException("event " + i + " of the append to complaint " + complaintId + " is null");
      }
      if (!e.complaintId().equals(complaintId)) {
        throw new IllegalArgumentException("event " + e.getClass().getSimpleName() + " version " + e.version()
            + " belongs to complaint " + e.complaintId() + ", not " + complaintId);
      }
      if (e.version() != expectedVersion + 1 + i) {
        throw new IllegalArgumentException("event " + e.getClass().getSimpleName() + " of complaint " + complaintId
            + " has version " + e.version() + ", expected " + (expectedVersion + 1 + i));
      }
      commands.computeIfAbsent(e.commandId(), k -> new long[] {e.version(), e.version()})[1] = e.version();
      payloads.add(write(e));
    }
    String operation = "append to complaint " + complaintId;
    try (Connection c = Sql.open(dataSource, operation)) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        appendIn(c, complaintId, expectedVersion, events, payloads, commands);
      } catch (SQLException e) {
        Sql.rollbackQuietly(c);
        if (Sql.isRace(e)) {
          throw raceLost(complaintId, expectedVersion, commands);
        }
        LOG.warn("append to complaint {} failed with SQLState {}; nothing was written", complaintId, Sql.state(e));
        throw Sql.unavailable(operation, e);
      } catch (RuntimeException e) {
        Sql.rollbackQuietly(c);
        throw e;
      } finally {
        restoreAutoCommit(c, autoCommit);
      }
    } catch (SQLException e) {
      throw Sql.unavailable(operation, e);
    }
  }

  private void appendIn(Connection c, String complaintId, long expectedVersion, List<ComplaintEvent> events,
      List<String> payloads, Map<String, long[]> commands) throws SQLException {
    // the summary is read before the command log: a racing writer commits both together, so when its new
    // version is seen here, its command is seen below too, and the retry is told it is done
    ComplaintSummary before = readSummary(c, complaintId).orElse(null);
    Optional<CommandOutcome> done = findCommand(c, commands.keySet());
    if (done.isPresent()) {
      Sql.rollbackQuietly(c);
      throw new CommandAlreadyAppliedException(done.get(), expectedVersion);
    }
    if (before == null && expectedVersion > 0) {
      Sql.rollbackQuietly(c);
      throw new UnknownComplaintException(complaintId, "an append expecting version " + expectedVersion
          + " needs a stored complaint; nothing was appended");
    }
    long actual = before == null ? 0 : before.version();
    if (actual != expectedVersion) {
      Sql.rollbackQuietly(c);
      throw new VersionConflictException(complaintId, expectedVersion, actual);
    }
    if (events.isEmpty()) {
      c.rollback();
      return;
    }
    List<ComplaintEvent> all = new ArrayList<>(readEvents(c, complaintId));
    all.addAll(events);
    Instant latest = events.get(0).at();
    for (ComplaintEvent e : events) {
      latest = e.at().isAfter(latest) ? e.at() : latest;
    }
    ComplaintSummary after = Projection.fold(before, events, nextChange(complaintId, all, latest));
    Instant now = clock.instant();
    insertEvents(c, events, payloads, now);
    insertCommands(c, complaintId, commands, now);
    writeSummary(c, after, expectedVersion, now);
    c.commit();
  }

  private void insertEvents(Connection c, List<ComplaintEvent> events, List<String> payloads, Instant now)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint_event (complaint_id, version, command_id,"
        + " event_type, occurred_at, stored_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        ComplaintEvent e = events.get(i);
        ps.setString(1, e.complaintId());
        ps.setLong(2, e.version());
        ps.setString(3, e.commandId());
        ps.setString(4, e.getClass().getSimpleName());
        Sql.setInstant(ps, 5, Sql.floorMicros(e.at()));
        Sql.setInstant(ps, 6, Sql.floorMicros(now));
        ps.setString(7, payloads.get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertCommands(Connection c, String complaintId, Map<String, long[]> commands, Instant now)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint_command (command_id, complaint_id,"
        + " first_version, last_version, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, long[]> cmd : commands.entrySet()) {
        ps.setString(1, cmd.getKey());
        ps.setString(2, complaintId);
        ps.setLong(3, cmd.getValue()[0]);
        ps.setLong(4, cmd.getValue()[1]);
        Sql.setInstant(ps, 5, Sql.floorMicros(now));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Inserts the summary of a new complaint or updates it when it is still at the expected version. */
  private static void writeSummary(Connection c, ComplaintSummary s, long expectedVersion, Instant now)
      throws SQLException {
    String sql = expectedVersion == 0
        ? "INSERT INTO complaint_summary (workflow, node, grade, org_unit, version, closed, received_at,"
            + " next_change_at, updated_at, complaint_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE complaint_summary SET workflow = ?, node = ?, grade = ?, org_unit = ?, version = ?, closed = ?,"
            + " received_at = ?, next_change_at = ?, updated_at = ? WHERE complaint_id = ? AND version = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, s.workflow());
      ps.setString(2, s.node());
      ps.setString(3, s.grade() == null ? null : s.grade().name());
      ps.setString(4, s.unit());
      ps.setLong(5, s.version());
      ps.setBoolean(6, s.closed());
      Sql.setInstant(ps, 7, s.receivedAt());
      Sql.setInstant(ps, 8, s.nextChangeAt());
      Sql.setInstant(ps, 9, Sql.floorMicros(now));
      ps.setString(10, s.id());
      if (expectedVersion != 0) {
        ps.setLong(11, expectedVersion);
      }
      if (ps.executeUpdate() != 1) {
        // another writer moved the summary on between our read and our write
        throw new SQLException("summary row moved on", "40001");
      }
    }
  }

  /** After a lost race: the command log or the version says what the other writer did. */
  private RuntimeException raceLost(String complaintId, long expectedVersion, Map<String, long[]> commands) {
    return withConnection("append to complaint " + complaintId, c -> {
      Optional<CommandOutcome> done = findCommand(c, commands.keySet());
      if (done.isPresent()) {
        return new CommandAlreadyAppliedException(done.get(), expectedVersion);
      }
      return new VersionConflictException(complaintId, expectedVersion,
          readSummary(c, complaintId).map(ComplaintSummary::version).orElse(0L));
    });
  }

  /**
   * The next alert change after {@code latest}, or null when none or when the timers or calendar cannot say;
   * the first such failure of this store is logged with the complaint id only.
   */
  private @Nullable Instant nextChange(String complaintId, List<ComplaintEvent> all, Instant latest) {
    try {
      SlaTracker tracker = new SlaTracker(policy);
      tracker.applyAll(all);
      return tracker.nextChangeAt(latest).orElse(null);
    } catch (IllegalArgumentException | CalendarRangeException e) {
      if (timerProblemLogged.compareAndSet(false, true)) {
        String why = CalendarRangeException.in(e)
            .map(x -> "calendar " + x.calendarId() + " covers only " + x.coveredFrom() + " to " + x.coveredTo())
            .orElse("its SLA timers could not be computed");
        LOG.warn("complaint {}: next SLA light change not recorded ({}); later cases are not logged again",
            complaintId, why);
      }
      return null;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the id is blank
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  @Override
  public List<ComplaintEvent> load(String complaintId) {
    checkId(complaintId, "complaintId");
    return withConnection("load complaint " + complaintId, c -> readEvents(c, complaintId));
  }

  private List<ComplaintEvent> readEvents(Connection c, String complaintId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT complaint_id, version, event_type, payload"
        + " FROM complaint_event WHERE complaint_id = ? ORDER BY version")) {
      ps.setString(1, complaintId);
      try (ResultSet rs = ps.executeQuery()) {
        List<ComplaintEvent> out = new ArrayList<>();
        while (rs.next()) {
          out.add(read(rs));
        }
        return out;
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Complaints come in the order of their first append, each complaint's events in version order. The rows
   * are fetched {@value #FETCH_SIZE} at a time on one connection that stays open until the stream is closed:
   * use try-with-resources. A database failure while reading gives {@link ComplaintStoreUnavailableException}
   * from the stream's terminal operation.
   *
   * @throws ComplaintStoreUnavailableException when the query cannot be started
   */
  @Override
  public Stream<ComplaintEvent> streamAll() {
    String operation = "stream all events";
    Connection c = Sql.open(dataSource, operation);
    PreparedStatement ps = null;
    ResultSet rs = null;
    try {
      boolean autoCommit = c.getAutoCommit();
      // PostgreSQL fetches in batches only inside a transaction
      c.setAutoCommit(false);
      ps = c.prepareStatement("SELECT e.complaint_id, e.version, e.event_type, e.payload FROM complaint_event e"
          + " JOIN complaint_summary s ON s.complaint_id = e.complaint_id ORDER BY s.first_seq, e.version");
      ps.setFetchSize(FETCH_SIZE);
      rs = ps.executeQuery();
      ResultSet rows = rs;
      PreparedStatement statement = ps;
      Spliterator<ComplaintEvent> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
          Spliterator.ORDERED | Spliterator.NONNULL) {
        @Override
        public boolean tryAdvance(Consumer<? super ComplaintEvent> action) {
          try {
            if (!rows.next()) {
              return false;
            }
            action.accept(read(rows));
            return true;
          } catch (SQLException e) {
            throw Sql.unavailable(operation, e);
          }
        }
      };
      return StreamSupport.stream(split, false).onClose(() -> closeStream(c, statement, rows, autoCommit));
    } catch (SQLException e) {
      closeStream(c, ps, rs, true);
      throw Sql.unavailable(operation, e);
    }
  }

  private static void closeStream(Connection c, PreparedStatement ps, ResultSet rs, boolean autoCommit) {
    try {
      if (rs != null) {
        rs.close();
      }
      if (ps != null) {
        ps.close();
      }
      Sql.rollbackQuietly(c);
      restoreAutoCommit(c, autoCommit);
      c.close();
    } catch (SQLException e) {
      throw Sql.unavailable("close the event stream", e);
    }
  }

  /**
   * The complaint's version, read from its summary row (no replay).
   *
   * @param complaintId the complaint
   * @return the version, 0 when the complaint is unknown
   * @throws IllegalArgumentException when the id is blank
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  @Override
  public long version(String complaintId) {
    return summary(complaintId).map(ComplaintSummary::version).orElse(0L);
  }

  /**
   * Where a complaint stands, from its summary row.
   *
   * @param complaintId the complaint
   * @return the summary, empty when the complaint is unknown
   * @throws IllegalArgumentException when the id is blank
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public Optional<ComplaintSummary> summary(String complaintId) {
    checkId(complaintId, "complaintId");
    return withConnection("read the summary of complaint " + complaintId, c -> readSummary(c, complaintId));
  }

  private static Optional<ComplaintSummary> readSummary(Connection c, String complaintId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + SUMMARY_COLUMNS + " FROM complaint_summary WHERE complaint_id = ?")) {
      ps.setString(1, complaintId);
      List<ComplaintSummary> found = readSummaries(ps);
      return found.stream().findFirst();
    }
  }

  /**
   * One page of complaint summaries, oldest received first (ties by id).
   *
   * @param page the page number, from 0
   * @param size complaints per page, 1 to {@value #MAX_PAGE_SIZE}
   * @return the page, empty past the last complaint
   * @throws IllegalArgumentException when {@code page} is negative or {@code size} is outside 1 to {@value
   *     #MAX_PAGE_SIZE}
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public List<ComplaintSummary> page(int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more (pages count from 0), was " + page);
    }
    checkSize(size, "size");
    return withConnection("read page " + page + " of complaint summaries", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM complaint_summary"
          + " ORDER BY received_at, complaint_id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
        ps.setLong(1, (long) page * size);
        ps.setInt(2, size);
        return readSummaries(ps);
      }
    });
  }

  /**
   * The number of complaints (summary rows).
   *
   * @return the count, 0 for an empty store
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public long count() {
    return withConnection("count complaints", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM complaint_summary");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * The earliest next SLA light change over all open complaints: when a scheduler should wake up next.
   *
   * @return the instant, empty when no open complaint has a known next change
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public Optional<Instant> nextChangeAt() {
    return withConnection("read the next SLA light change", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT MIN(next_change_at) AS next_change_at"
          + " FROM complaint_summary WHERE next_change_at IS NOT NULL");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Optional.ofNullable(Sql.getInstant(rs, "next_change_at"));
      }
    });
  }

  /**
   * Open complaints whose next SLA light change is at or before {@code t}, earliest change first (ties by id):
   * the complaints a scheduler waking at {@code t} must look at. Their stored next change stays until the next
   * append to the complaint or {@link #refreshNextChange(String, Instant)}.
   *
   * @param t the instant
   * @param limit the most complaints to return, 1 to {@value #MAX_PAGE_SIZE}
   * @return the summaries
   * @throws NullPointerException when {@code t} is null
   * @throws IllegalArgumentException when {@code limit} is outside 1 to {@value #MAX_PAGE_SIZE}
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public List<ComplaintSummary> changingBy(Instant t, int limit) {
    Objects.requireNonNull(t, "t");
    checkSize(limit, "limit");
    return withConnection("read complaints whose SLA lights change by " + t, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM complaint_summary"
          + " WHERE next_change_at <= ? ORDER BY next_change_at, complaint_id FETCH FIRST ? ROWS ONLY")) {
        Sql.setInstant(ps, 1, t);
        ps.setInt(2, limit);
        return readSummaries(ps);
      }
    });
  }

  /**
   * Recomputes a complaint's next SLA light change after {@code after} from its events and stores it: what a
   * scheduler calls once it has acted on a change returned by {@link #changingBy(Instant, int)}. Leaves the row
   * alone when an append moves the complaint on meanwhile (that append stored its own next change).
   *
   * @param complaintId the complaint
   * @param after the instant the scheduler has handled, usually the change it just acted on
   * @return the stored next change, empty when the complaint is unknown or closed, no light will change, or the
   *     calendar cannot say
   * @throws NullPointerException when {@code after} is null
   * @throws IllegalArgumentException when the id is blank
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public Optional<Instant> refreshNextChange(String complaintId, Instant after) {
    checkId(complaintId, "complaintId");
    Objects.requireNonNull(after, "after");
    return withConnection("refresh the next SLA light change of complaint " + complaintId, c -> {
      Optional<ComplaintSummary> current = readSummary(c, complaintId);
      if (current.isEmpty()) {
        return Optional.empty();
      }
      ComplaintSummary s = current.get();
      Instant next = s.closed() ? null : nextChange(complaintId, readEvents(c, complaintId), after);
      Instant stored = next == null ? null : Sql.ceilMicros(next);
      try (PreparedStatement ps = c.prepareStatement("UPDATE complaint_summary SET next_change_at = ?,"
          + " updated_at = ? WHERE complaint_id = ? AND version = ?")) {
        Sql.setInstant(ps, 1, stored);
        Sql.setInstant(ps, 2, Sql.floorMicros(clock.instant()));
        ps.setString(3, complaintId);
        ps.setLong(4, s.version());
        ps.executeUpdate();
      }
      return Optional.ofNullable(stored);
    });
  }

  /**
   * What a command did, from the command log.
   *
   * @param commandId the command id carried by its events
   * @return where its events went, empty when no event with that command id was appended
   * @throws IllegalArgumentException when the id is blank
   * @throws ComplaintStoreUnavailableException when the database fails
   */
  public Optional<CommandOutcome> command(String commandId) {
    checkId(commandId, "commandId");
    return withConnection("read command " + commandId, c -> findCommand(c, List.of(commandId)));
  }

  private static Optional<CommandOutcome> findCommand(Connection c, Iterable<String> commandIds)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT command_id, complaint_id, first_version, last_version"
        + " FROM complaint_command WHERE command_id = ?")) {
      for (String id : commandIds) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return Optional.of(new CommandOutcome(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
          }
        }
      }
      return Optional.empty();
    }
  }

  private static List<ComplaintSummary> readSummaries(PreparedStatement ps) throws SQLException {
    List<ComplaintSummary> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String grade = rs.getString("grade");
        out.add(new ComplaintSummary(rs.getString("complaint_id"), rs.getString("workflow"),
            rs.getString("node"), grade == null ? null : Grade.valueOf(grade),
            rs.getString("org_unit"), rs.getLong("version"), rs.getBoolean("closed"),
            Sql.getInstant(rs, "received_at"), Sql.getInstant(rs, "next_change_at")));
      }
    }
    return out;
  }

  private String write(ComplaintEvent e) {
    try {
      return mapper.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("event " + e.getClass().getSimpleName() + " version " + e.version()
          + " of complaint " + e.complaintId() + " cannot be written as JSON");
    }
  }

  private ComplaintEvent read(ResultSet rs) throws SQLException {
    String payload = rs.getString("payload");
    try {
      return mapper.readValue(payload, ComplaintEvent.class);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("stored event " + rs.getString("complaint_id") + " version "
          + rs.getLong("version") + " is not a readable " + rs.getString("event_type") + " event ("
          + ex.getClass().getSimpleName() + " at " + Json.path(ex) + ")");
    }
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs the work on a connection of its own, a database failure reported as the operation failing. */
  private <T> T withConnection(String operation, Work<T> work) {
    try (Connection c = Sql.open(dataSource, operation)) {
      return work.run(c);
    } catch (SQLException e) {
      throw Sql.unavailable(operation, e);
    }
  }

  private static void restoreAutoCommit(Connection c, boolean autoCommit) {
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // the connection is closed next; a pool resets it
    }
  }

  private static void checkId(String id, String name) {
    Objects.requireNonNull(id, name);
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void checkSize(int size, String name) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(name + " must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
  }
}
