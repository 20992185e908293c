package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads one ticket line with Jackson's streaming parser, without a tree and without data binding: the fast path
 * of {@link TicketReader}. It builds the record with the same checks as the JSON creators of the records, but it
 * words no errors: for anything unexpected — an unknown or repeated field, a value of another kind, a value that
 * fails a check, text after the object — it gives up (null), and the caller reads the line again the general way
 * ({@link TicketReader#parseLine}), which accepts or refuses it and words the error as it always has. So a line
 * this accepts gives the record the general way gives, and every other line is decided the general way.
 */
final class TicketLineParser {
  private static final Channel[] CHANNEL_VALUES = Channel.values();
  private static final Grade[] GRADE_VALUES = Grade.values();

  // bits of the fields seen, to refuse a repeated field (the general way reports it as a duplicate key)
  private static final int ID = 1;
  private static final int UNIT = 1 << 1;
  private static final int REGION = 1 << 2;
  private static final int CHANNEL = 1 << 3;
  private static final int CATEGORY = 1 << 4;
  private static final int GRADE = 1 << 5;
  private static final int ACCEPTED_AT = 1 << 6;
  private static final int STAGES = 1 << 7;
  private static final int RETURN_VISIT = 1 << 8;
  private static final int CLOSED_AT = 1 << 9;
  private static final int CLOSE_REASON = 1 << 10;
  private static final int SUBJECT = 1 << 11;
  private static final int LOCATION = 1 << 12;
  private static final int DEPARTMENT = 1 << 13;
  private static final int HANDLER = 1 << 14;
  private static final int ROOT_CAUSE = 1 << 15;
  private static final int PLAN = 1 << 16;
  private static final int REPORTED_AT = 1 << 17;

  /** The fields of a ticket in the order of their bits, as the library writes them. */
  private static final SerializedString[] FIELDS = names("id", "unit", "region", "channel", "category", "grade",
      "acceptedAt", "stages", "returnVisit", "closedAt", "closeReason", "subject", "location", "department",
      "handler", "rootCause", "plan", "reportedAt");
  /** The fields of a visit in the order of their bits. */
  private static final SerializedString[] STAGE_FIELDS = names("stage", "enteredAt", "leftAt", "extensions",
      "pauses");

  private final JsonFactory factory;

  /**
   * The field that followed each field (the last slot: the first field) in the lines read so far, by index in
   * {@link #FIELDS}: asked for first, a field name the parser finds where it is expected is matched against its
   * bytes instead of looked up. Files keep one order, so the guess is nearly always right; a wrong one only costs
   * the lookup. Shared by the threads that read (a race only spoils a guess).
   */
  private final byte[] following = order(FIELDS.length);
  private final byte[] stageFollowing = order(STAGE_FIELDS.length);

  /**
   * Recent short strings by hash: units, regions, categories, stage names and the like repeat from line to line,
   * and one instance of each saves making it and hashing it again where it is counted. Shared by the threads that
   * read (a slot is written whole and strings are immutable, so a race only misses).
   */
  private final String[] recent = new String[1 << 10];

  TicketLineParser(JsonFactory factory) {
    this.factory = factory;
  }

  /** The record of a line of UTF-8 bytes, or null when the general way must decide. */
  @Nullable TicketRecord parse(byte[] bytes, int off, int len) {
    try (JsonParser p = factory.createParser(bytes, off, len)) {
      return record(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The record of a line of text, or null when the general way must decide. */
  @Nullable TicketRecord parse(String line) {
    try (JsonParser p = factory.createParser(line)) {
      return record(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private @Nullable TicketRecord record(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    TicketRecord r = object(p);
    return r == null || p.nextToken() != null ? null : r;
  }

  /**
   * A parser over several lines of UTF-8 bytes, to read one record after another with {@link #object} (see
   * {@link TicketReader}): one parser for many lines instead of one a line.
   */
  JsonParser parser(byte[] bytes, int off, int len) throws IOException {
    return factory.createParser(bytes, off, len);
  }

  /**
   * The record of the object whose {@code START_OBJECT} is the parser's current token, read through its
   * {@code END_OBJECT} (the current token after it): null, or an exception, when the general way must decide. What
   * follows the object is not looked at.
   */
  @Nullable TicketRecord object(JsonParser p) throws IOException {
    int seen = 0;
    String id = null;
    String unit = null;
    String region = null;
    Channel channel = null;
    String category = null;
    Grade grade = null;
    Instant acceptedAt = null;
    List<StageRecord> stages = null;
    ReturnVisitRecord returnVisit = null;
    Instant closedAt = null;
    String closeReason = null;
    String subject = null;
    String location = null;
    String department = null;
    String handler = null;
    String rootCause = null;
    PlanRecord plan = null;
    Instant reportedAt = null;
    int previous = FIELDS.length;
    int bit;
    while ((bit = nextField(p, FIELDS, following, previous, TicketLineParser::bit)) != END) {
      if (bit == 0 || (seen & bit) != 0) {
        return null;
      }
      seen |= bit;
      previous = Integer.numberOfTrailingZeros(bit);
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NULL) {
        continue; // null is what the JSON creator is given for a field left out
      }
      switch (bit) {
        case ID -> id = unique(p, v);
        case UNIT -> unit = text(p, v);
        case REGION -> region = text(p, v);
        case CHANNEL -> channel = constant(CHANNEL_VALUES, Channel.class, p, v, "channel");
        case CATEGORY -> category = text(p, v);
        case GRADE -> grade = constant(GRADE_VALUES, Grade.class, p, v, "grade");
        case ACCEPTED_AT -> acceptedAt = instant(p, v, "acceptedAt");
        case STAGES -> stages = stages(p, v);
        case RETURN_VISIT -> returnVisit = returnVisit(p, v);
        case CLOSED_AT -> closedAt = instant(p, v, "closedAt");
        case CLOSE_REASON -> closeReason = text(p, v);
        case SUBJECT -> subject = text(p, v);
        case LOCATION -> location = text(p, v);
        case DEPARTMENT -> department = text(p, v);
        case HANDLER -> handler = text(p, v);
        case ROOT_CAUSE -> rootCause = text(p, v);
        case PLAN -> plan = plan(p, v);
        default -> reportedAt = instant(p, v, "reportedAt");
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      return null;
    }
    if (channel == null || grade == null || acceptedAt == null) {
      return null; // missing: the general way words it
    }
    return new TicketRecord(
        Fields.text(id, "id"),
        Fields.text(unit, "unit"),
        Fields.optionalText(region, "region"),
        channel,
        Fields.text(category, "category"),
        grade,
        acceptedAt,
        stages == null ? List.of() : stages,
        returnVisit,
        closedAt,
        Fields.optionalText(closeReason, "closeReason"),
        Fields.optionalText(subject, "subject"),
        Fields.optionalText(location, "location"),
        Fields.optionalText(department, "department"),
        Fields.optionalText(handler, "handler"),
        Fields.optionalText(rootCause, "rootCause"),
        plan,
        reportedAt);
  }

  /** What {@link #nextField} gives at the end of an object. */
  private static final int END = -1;

  /**
   * Moves to the next field of an object: its bit (the bit of its index in {@code fields}; 0 for an unknown
   * name), or {@link #END} when the object ends (or anything but a field name comes).
   */
  private static int nextField(JsonParser p, SerializedString[] fields, byte[] following, int previous,
      ToIntFunction<String> bitOf) throws IOException {
    int guess = following[previous];
    int index;
    if (p.nextFieldName(fields[guess])) {
      index = guess;
    } else {
      if (p.currentToken() != JsonToken.FIELD_NAME) {
        return END;
      }
      int bit = bitOf.applyAsInt(p.currentName());
      if (bit == 0) {
        return 0;
      }
      index = Integer.numberOfTrailingZeros(bit);
      following[previous] = (byte) index;
    }
    return 1 << index;
  }

  private static SerializedString[] names(String... names) {
    SerializedString[] out = new SerializedString[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = new SerializedString(names[i]);
    }
    return out;
  }

  /**
   * The guesses before any line is read: each field followed by the next in writing order, and the first field
   * in the last slot (the start of an object).
   */
  private static byte[] order(int fields) {
    byte[] next = new byte[fields + 1];
    for (int i = 0; i < fields; i++) {
      next[i] = (byte) ((i + 1) % fields);
    }
    next[fields] = 0;
    return next;
  }

  private static int stageBit(String name) {
    return switch (name) {
      case "stage" -> 1;
      case "enteredAt" -> 2;
      case "leftAt" -> 4;
      case "extensions" -> 8;
      case "pauses" -> 16;
      default -> 0;
    };
  }

  private static int bit(String name) {
    return switch (name) {
      case "id" -> ID;
      case "unit" -> UNIT;
      case "region" -> REGION;
      case "channel" -> CHANNEL;
      case "category" -> CATEGORY;
      case "grade" -> GRADE;
      case "acceptedAt" -> ACCEPTED_AT;
      case "stages" -> STAGES;
      case "returnVisit" -> RETURN_VISIT;
      case "closedAt" -> CLOSED_AT;
      case "closeReason" -> CLOSE_REASON;
      case "subject" -> SUBJECT;
      case "location" -> LOCATION;
      case "department" -> DEPARTMENT;
      case "handler" -> HANDLER;
      case "rootCause" -> ROOT_CAUSE;
      case "plan" -> PLAN;
      case "reportedAt" -> REPORTED_AT;
      default -> 0;
    };
  }

  private List<StageRecord> stages(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_ARRAY) {
      throw new GiveUp();
    }
    List<StageRecord> out = new ArrayList<>(8);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      out.add(stage(p, t));
    }
    return out;
  }

  private StageRecord stage(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw new GiveUp();
    }
    int seen = 0;
    String stage = null;
    Instant enteredAt = null;
    Instant leftAt = null;
    List<ExtensionEntry> extensions = null;
    List<PauseEntry> pauses = null;
    int previous = STAGE_FIELDS.length;
    int bit;
    while ((bit = nextField(p, STAGE_FIELDS, stageFollowing, previous, TicketLineParser::stageBit)) != END) {
      if (bit == 0 || (seen & bit) != 0) {
        throw new GiveUp();
      }
      seen |= bit;
      previous = Integer.numberOfTrailingZeros(bit);
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (bit) {
        case 1 -> stage = text(p, t);
        case 2 -> enteredAt = instant(p, t, "enteredAt");
        case 4 -> leftAt = instant(p, t, "leftAt");
        case 8 -> extensions = extensions(p, t);
        default -> pauses = pauses(p, t);
      }
    }
    if (enteredAt == null) {
      throw new GiveUp();
    }
    // as StageRecord's JSON creator: an extension without an approval instant applies from the entry
    // the shared empty list when there are none: the record keeps it as it is instead of copying
    List<Extension> ext = List.of();
    if (extensions != null && !extensions.isEmpty()) {
      ext = new ArrayList<>(extensions.size());
      for (ExtensionEntry e : extensions) {
        ext.add(Extension.of(e.duration, e.approvedAt != null ? e.approvedAt : enteredAt));
      }
    }
    List<Pause> ps = List.of();
    if (pauses != null && !pauses.isEmpty()) {
      ps = new ArrayList<>(pauses.size());
      for (PauseEntry e : pauses) {
        ps.add(e.pause);
      }
    }
    return new StageRecord(Fields.text(stage, "stage"), enteredAt, leftAt, ext, ps);
  }

  private List<ExtensionEntry> extensions(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_ARRAY) {
      throw new GiveUp();
    }
    List<ExtensionEntry> out = new ArrayList<>(2);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        out.add(ExtensionEntry.bare(p.getText()));
      } else if (t == JsonToken.START_OBJECT) {
        String[] values = strings(p, "duration", "approvedAt");
        out.add(ExtensionEntry.approved(values[0], values[1]));
      } else {
        throw new GiveUp();
      }
    }
    return out;
  }

  private List<PauseEntry> pauses(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_ARRAY) {
      throw new GiveUp();
    }
    List<PauseEntry> out = new ArrayList<>(2);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw new GiveUp();
      }
      String[] values = strings(p, "from", "to");
      out.add(PauseEntry.json(values[0], values[1]));
    }
    return out;
  }

  private ReturnVisitRecord returnVisit(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw new GiveUp();
    }
    String result = null;
    BooleanNode exempt = null;
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit = switch (name) {
        case "result" -> 1;
        case "exempt" -> 2;
        default -> throw new GiveUp();
      };
      if ((seen & bit) != 0) {
        throw new GiveUp();
      }
      seen |= bit;
      JsonToken t = p.nextToken();
      if (bit == 1) {
        result = t == JsonToken.VALUE_NULL ? null : text(p, t);
      } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        exempt = BooleanNode.valueOf(t == JsonToken.VALUE_TRUE);
      } else if (t != JsonToken.VALUE_NULL) {
        throw new GiveUp();
      }
    }
    return ReturnVisitRecord.json(result, exempt);
  }

  private PlanRecord plan(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw new GiveUp();
    }
    String due = null;
    String doneAt = null;
    IntNode drafts = null;
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit = switch (name) {
        case "due" -> 1;
        case "doneAt" -> 2;
        case "drafts" -> 4;
        default -> throw new GiveUp();
      };
      if ((seen & bit) != 0) {
        throw new GiveUp();
      }
      seen |= bit;
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (bit) {
        case 1 -> due = text(p, t);
        case 2 -> doneAt = text(p, t);
        default -> {
          if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new GiveUp();
          }
          drafts = IntNode.valueOf(p.getIntValue());
        }
      }
    }
    return PlanRecord.json(due, doneAt, drafts);
  }

  /** The string values of an object with two known fields (null when left out or null). */
  private String[] strings(JsonParser p, String first, String second) throws IOException {
    String[] out = new String[2];
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int i = name.equals(first) ? 0 : name.equals(second) ? 1 : -1;
      if (i < 0 || (seen & (1 << i)) != 0) {
        throw new GiveUp();
      }
      seen |= 1 << i;
      JsonToken t = p.nextToken();
      out[i] = t == JsonToken.VALUE_NULL ? null : text(p, t);
    }
    return out;
  }

  /** A string that does not repeat (an id): not worth keeping. */
  private static String unique(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw new GiveUp();
    }
    return p.getText();
  }

  private String text(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw new GiveUp();
    }
    int len = p.getTextLength();
    if (len > 32) {
      return p.getText();
    }
    char[] chars = p.getTextCharacters();
    int off = p.getTextOffset();
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 16)) & (recent.length - 1);
    String known = recent[slot];
    if (known != null && same(known, chars, off, len)) {
      return known;
    }
    String s = new String(chars, off, len);
    recent[slot] = s;
    return s;
  }

  private static Instant instant(JsonParser p, JsonToken v, String field) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw new GiveUp();
    }
    Instant t = IsoText.instant(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return t != null ? t : Fields.instant(p.getText(), field);
  }

  /** The constant spelled exactly as its name, found without making a string; other spellings as the creator reads them. */
  private static <E extends Enum<E>> E constant(E[] values, Class<E> type, JsonParser p, JsonToken v, String field)
      throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw new GiveUp();
    }
    char[] chars = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    for (E e : values) {
      if (same(e.name(), chars, off, len)) {
        return e;
      }
    }
    return Fields.enumValue(type, p.getText(), field);
  }

  private static boolean same(String s, char[] chars, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != chars[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** Leaves the fast path: the line is read again the general way. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }
}
