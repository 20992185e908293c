package dev.complaints.examples.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@link ComplaintStore} on a relational database through plain JDBC (H2 and PostgreSQL tested).
 *
 * <p>One row per event in an event table keyed by {@code (complaint_id, version)}; the event itself is stored
 * as JSON through the core Jackson mapping (with its {@code "type"} name), so the row can be read back without
 * loss. The database enforces the expected version: an append is one transaction that checks the stored
 * version and inserts the new rows, and the primary key rejects the second of two writers that raced past the
 * check. Either way the loser gets a {@link VersionConflictException} and none of its events are written.
 *
 * <p>The table is created by the Flyway migrations in {@code db/migration/crm} (placeholder {@code table}).
 *
 * <p>Errors are {@link StoreException}s whose messages name the complaint and the SQL state, never the driver's
 * message, which may quote the values of a statement and so the complainant's personal data.
 */
public final class JdbcComplaintStore implements ComplaintStore {

  /** The table name used when none is given. */
  public static final String DEFAULT_TABLE = "complaint_events";

  private final EventTable table;
  private final ObjectMapper mapper = Json.mapper();

  private JdbcComplaintStore(EventTable table) {
    this.table = table;
  }

  /**
   * Opens the store on the default table.
   *
   * @param connections where to connect
   * @return the store
   */
  public static JdbcComplaintStore open(ConnectionSource connections) {
    return open(connections, DEFAULT_TABLE);
  }

  /**
   * Opens the store on a named table (migrated already).
   *
   * @param connections where to connect
   * @param tableName a letter, then letters, digits or underscores
   * @return the store
   * @throws IllegalArgumentException when the table name is not allowed
   */
  public static JdbcComplaintStore open(ConnectionSource connections, String tableName) {
    return new JdbcComplaintStore(EventTable.open(connections, tableName));
  }

  /**
   * The event table's name.
   *
   * @return the table name
   */
  public String tableName() {
    return table.table();
  }

  @Override
  public void append(String complaintId, long expectedVersion, List<ComplaintEvent> events) {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(events, "events");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version must be >= 0, was " + expectedVersion);
    }
    List<EventTable.Row> rows = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      ComplaintEvent e = Objects.requireNonNull(events.get(i), "event " + i);
      if (!e.complaintId().equals(complaintId)) {
        throw new IllegalArgumentException("event " + i + " belongs to complaint " + e.complaintId()
            + ", not " + complaintId);
      }
      if (e.version() != expectedVersion + 1 + i) {
        throw new IllegalArgumentException("event " + i + " of complaint " + complaintId + " has version "
            + e.version() + "; expected " + (expectedVersion + 1 + i));
      }
      rows.add(new EventTable.Row(complaintId, e.version(), e.getClass().getSimpleName(), write(e), e.at()));
    }
    try {
      table.append(complaintId, expectedVersion, rows);
    } catch (EventTable.Conflict c) {
      VersionConflictException ex = new VersionConflictException(complaintId, expectedVersion, c.actualVersion);
      if (c.getCause() != null) {
        ex.initCause(c.getCause());
      }
      throw ex;
    }
  }

  @Override
  public List<ComplaintEvent> load(String complaintId) {
    Objects.requireNonNull(complaintId, "complaintId");
    return table.load(complaintId).stream().map(this::read).toList();
  }

  @Override
  public Stream<ComplaintEvent> streamAll() {
    return table.loadAll().stream().map(this::read);
  }

  @Override
  public long version(String complaintId) {
    return table.currentVersion(complaintId);
  }

  /**
   * Ids of stored complaints in the order of their first append, one page of them.
   *
   * @param offset how many to skip, at least 0
   * @param limit how many at most, at least 1
   * @return the ids
   */
  public List<String> complaintIds(long offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, were " + offset + ", " + limit);
    }
    return table.complaintIds(offset, limit);
  }

  /**
   * How many complaints are stored.
   *
   * @return the count
   */
  public long complaintCount() {
    return table.complaintCount();
  }

  /** Drops the event table: for tests that use a fresh table per run. */
  void dropTable() {
    table.drop();
  }

  private String write(ComplaintEvent e) {
    try {
      return mapper.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("cannot write event " + e.getClass().getSimpleName() + " as JSON", ex);
    }
  }

  private ComplaintEvent read(EventTable.Row row) {
    try {
      return mapper.readValue(row.payload(), ComplaintEvent.class);
    } catch (JsonProcessingException ex) {
      throw new StoreException("event " + row.complaintId() + " v" + row.version() + " in table "
          + table.table() + " is not a readable " + row.type() + ": " + ex.getOriginalMessage(), ex);
    }
  }
}
