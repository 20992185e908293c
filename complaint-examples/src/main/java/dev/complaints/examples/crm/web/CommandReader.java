package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a request into a complete command, or a 4xx naming the field at fault.
 *
 * <ul>
 *   <li>the body is at most {@code complaints.max-body} bytes (413 otherwise) and one JSON object with no
 *       repeated or unknown fields;
 *   <li>the actor and roles come from the token: a body naming {@code actor} or {@code roles} is refused;
 *   <li>the instant {@code at} is the server clock's: a body naming it is refused unless the token has the
 *       {@code IMPORT} role; instants must lie in 2000..2099;
 *   <li>ids ({@code complaintId}, {@code commandId}, the path's id) match {@code [A-Za-z0-9._:-]{1,64}}.
 * </ul>
 */
final class CommandReader {
  /** Complaint ids, command ids. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
  private static final Pattern CHECKED_FIELD = Pattern.compile("[A-Z][A-Za-z]+\\.([a-z][A-Za-z]*) ");
  private static final List<String> INSTANT_FIELDS = List.of("at", "receivedAt", "due", "nextStepDue",
      "collectedAt", "reportedAt");

  private final ObjectMapper mapper = strictMapper();
  private final ObjectReader strict = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  private final Clock clock;
  private final int maxBody;

  CommandReader(Clock clock, int maxBody) {
    this.clock = clock;
    this.maxBody = maxBody;
  }

  /** The core mapping, but a number is not taken for a text or an enum constant (nor a text for a number). */
  private static ObjectMapper strictMapper() {
    ObjectMapper m = Json.mapper().enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    return m;
  }

  /** Checks an id from the path. */
  static String pathId(String id) {
    if (!ID.matcher(id).matches()) {
      throw ApiException.badField("id", "the complaint id must be 1 to 64 letters, digits or . _ : -");
    }
    return id;
  }

  /** Reads the body, refusing more than the limit whether or not the client declared its length. */
  byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBody) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(maxBody + 1);
      if (bytes.length > maxBody) {
        throw tooLarge();
      }
      return bytes;
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, null, "the body is larger than " + maxBody + " bytes");
  }

  /**
   * The intake command of {@code POST /complaints}. Without a {@code complaintId} the id is derived from the
   * actor and the command id, so that a retry with the same command id finds the complaint it opened.
   */
  ReceiveComplaint intake(byte[] body, CrmUser user) {
    ObjectNode tree = object(body);
    JsonNode type = tree.get("type");
    if (type != null && !"ReceiveComplaint".equals(type.asText())) {
      throw ApiException.badField("type", "POST /complaints takes a ReceiveComplaint; send other commands to"
          + " /complaints/{id}/commands");
    }
    tree.put("type", "ReceiveComplaint");
    String commandId = commandId(tree);
    if (!tree.hasNonNull("complaintId")) {
      tree.put("complaintId", derivedId(user.actor().id(), commandId));
    }
    id(tree, "complaintId");
    return (ReceiveComplaint) complete(tree, user);
  }

  /** A command for {@code POST /complaints/{id}/commands}. */
  Command command(byte[] body, String complaintId, CrmUser user) {
    ObjectNode tree = object(body);
    JsonNode type = tree.get("type");
    if (type == null || !type.isTextual() || !Command.TYPE_NAMES.contains(type.asText())
        || "ReceiveComplaint".equals(type.asText())) {
      throw ApiException.badField("type", "'type' must be one of " + Command.TYPE_NAMES.subList(1,
          Command.TYPE_NAMES.size()) + " (complaints are opened with POST /complaints)");
    }
    JsonNode given = tree.get("complaintId");
    if (given != null && !complaintId.equals(given.asText())) {
      throw ApiException.badField("complaintId", "the body's complaintId does not match the path's id");
    }
    tree.put("complaintId", complaintId);
    commandId(tree);
    return complete(tree, user);
  }

  /** The expected version from {@code If-Match}: a version number, quoted or not; {@code *} or none: any. */
  static OptionalLong expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalLong.empty();
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      long version = Long.parseLong(v);
      if (version < 0) {
        throw new NumberFormatException();
      }
      return OptionalLong.of(version);
    } catch (NumberFormatException e) {
      throw ApiException.badField("If-Match", "If-Match must be the complaint's version (its ETag), for"
          + " example \"2\"");
    }
  }

  private ObjectNode object(byte[] body) {
    JsonNode tree;
    try {
      tree = strict.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badField(parsePath(e), "malformed JSON" + location(e));
    } catch (IOException e) {
      throw ApiException.badField("$", "the body cannot be read as JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw ApiException.badField("$", "the body must be one JSON object");
    }
    ObjectNode object = (ObjectNode) tree;
    for (String field : List.of("actor", "roles")) {
      if (object.has(field)) {
        throw ApiException.badField(field, "'" + field + "' comes from the bearer token and must not be sent");
      }
    }
    return object;
  }

  private String commandId(ObjectNode tree) {
    if (!tree.hasNonNull("commandId")) {
      tree.put("commandId", UUID.randomUUID().toString());
    }
    return id(tree, "commandId");
  }

  private static String id(ObjectNode tree, String field) {
    JsonNode value = tree.get(field);
    if (!value.isTextual() || !ID.matcher(value.asText()).matches()) {
      throw ApiException.badField(field, "'" + field + "' must be 1 to 64 letters, digits or . _ : -");
    }
    return value.asText();
  }

  /** Actor and roles from the token, the instant from the server clock (or the body, for IMPORT). */
  private Command complete(ObjectNode tree, CrmUser user) {
    if (tree.has("at") && !user.mayImport()) {
      throw ApiException.badField("at", "'at' is the server's clock; only a token with the IMPORT role may send"
          + " it");
    }
    if (!tree.hasNonNull("at")) {
      tree.put("at", clock.instant().toString());
    }
    ObjectNode actor = tree.putObject("actor");
    actor.put("id", user.actor().id());
    ArrayNode roles = actor.putArray("roles");
    user.actor().roles().forEach(roles::add);
    Command command;
    try {
      command = mapper.treeToValue(tree, Command.class);
    } catch (JsonProcessingException e) {
      throw invalid(e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ApiException.badField("$", "the command is not valid: " + e.getMessage());
    }
    JsonNode written = mapper.valueToTree(command);
    for (String field : INSTANT_FIELDS) {
      JsonNode v = written.get(field);
      if (v != null && v.isTextual()) {
        Instant t = Instant.parse(v.asText());
        if (t.isBefore(EARLIEST) || !t.isBefore(LATEST)) {
          throw ApiException.badField(field, "'" + field + "' must lie in the years 2000 to 2099");
        }
      }
    }
    return command;
  }

  /** A 400 that names the field and says what was expected, in words (no class names, no values). */
  private static ApiException invalid(JsonProcessingException e) {
    if (e instanceof JsonParseException) {
      return ApiException.badField(parsePath(e), "malformed JSON" + location(e));
    }
    if (!(e instanceof JsonMappingException m)) {
      return ApiException.badField("$", "the command cannot be read");
    }
    String field = path(m);
    if (e instanceof UnrecognizedPropertyException u) {
      String name = field.isEmpty() ? u.getPropertyName() : field;
      return ApiException.badField(name, "unknown field '" + name + "'");
    }
    if (e instanceof InvalidTypeIdException) {
      return ApiException.badField("type", "'type' must be one of " + Command.TYPE_NAMES);
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = String.valueOf(cause.getMessage());
      // the core's checks name the field as "ReceiveComplaint.category must not be blank"
      Matcher named = CHECKED_FIELD.matcher(message);
      if (named.lookingAt()) {
        String inner = named.group(1);
        return ApiException.badField(field.isEmpty() ? inner : field + "." + inner, "not valid: " + message);
      }
      return ApiException.badField(field.isEmpty() ? "$" : field, "not valid: " + message);
    }
    if (e instanceof MismatchedInputException mi) {
      return ApiException.badField(field.isEmpty() ? "$" : field,
          "'" + (field.isEmpty() ? "the body" : field) + "' must be " + expected(mi.getTargetType()));
    }
    return ApiException.badField(field.isEmpty() ? "$" : field, "'" + field + "' is not valid");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (Instant.class.equals(type)) {
      return "an ISO-8601 instant with an offset, such as 2026-10-03T11:10:00+08:00";
    }
    if (java.time.Duration.class.equals(type)) {
      return "an ISO-8601 duration, such as PT4H";
    }
    if (String.class.equals(type)) {
      return "a string";
    }
    if (Boolean.class.equals(type) || boolean.class.equals(type)) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** Where a parse error happened, as {@code complainant.phone} ({@code $} for the body itself). */
  private static String parsePath(JsonProcessingException e) {
    String p = Json.path(e);
    return p.startsWith("$.") ? p.substring(2) : p;
  }

  private static String location(JsonProcessingException e) {
    var loc = e.getLocation();
    return loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column "
        + loc.getColumnNr();
  }

  /** A complaint id derived from who opens it and the command id: the same retry finds the same complaint. */
  static String derivedId(String actorId, String commandId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((actorId + "\n" + commandId).getBytes(StandardCharsets.UTF_8));
      return "C-" + HexFormat.of().formatHex(d, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
