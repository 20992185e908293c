package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.Actor;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.workflow.TransitionDefinition;
import dev.complaints.core.workflow.WorkflowDefinition;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command forms of the complaint page: the commands the complaint's node accepts from one of the signed-in
 * roles (the engine still decides; a guard may refuse), each with one input per field of the command record.
 * What the server fills in (ids, actor, roles, instant) has no input. A submitted form becomes the same JSON the
 * API takes, read by {@link CommandReader}, so a form and a script are checked alike.
 */
final class CommandForms {
  private static final Set<String> SERVER_FIELDS = Set.of("commandId", "complaintId", "actor", "at");
  private static final String PACKAGE = "dev.complaints.core.command.";
  private static final ObjectMapper MAPPER = Json.mapper();

  private CommandForms() {}

  /**
   * One input.
   *
   * @param name the command field
   * @param kind {@code choice} (options), {@code text}, {@code number}, {@code check} or {@code json} (a list or
   *     an object, written as JSON)
   * @param options the choices of a {@code choice}
   */
  record Field(String name, String kind, List<String> options) {}

  /**
   * One command's form.
   *
   * @param type the command type name
   * @param fields its inputs
   */
  record Form(String type, List<Field> fields) {}

  static List<Form> forms(WorkflowDefinition definition, Complaint complaint, Actor actor) {
    Set<String> types = new LinkedHashSet<>();
    for (TransitionDefinition t : definition.requireNode(complaint.node()).transitions()) {
      if (t.roles().isEmpty() || t.roles().stream().anyMatch(actor::hasRole)) {
        types.add(t.command());
      }
    }
    List<Form> out = new ArrayList<>();
    for (String type : types) {
      recordOf(type).ifPresent(r -> out.add(new Form(type, fields(r))));
    }
    return out;
  }

  private static java.util.Optional<Class<?>> recordOf(String type) {
    try {
      Class<?> c = Class.forName(PACKAGE + type);
      return c.isRecord() ? java.util.Optional.of(c) : java.util.Optional.empty();
    } catch (ClassNotFoundException e) {
      return java.util.Optional.empty();
    }
  }

  private static List<Field> fields(Class<?> record) {
    List<Field> out = new ArrayList<>();
    for (RecordComponent rc : record.getRecordComponents()) {
      if (SERVER_FIELDS.contains(rc.getName())) {
        continue;
      }
      Class<?> t = rc.getType();
      if (t.isEnum()) {
        out.add(new Field(rc.getName(), "choice",
            Arrays.stream(t.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()));
      } else if (t == boolean.class || t == Boolean.class) {
        out.add(new Field(rc.getName(), "check", List.of()));
      } else if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
        out.add(new Field(rc.getName(), "number", List.of()));
      } else if (t == String.class || t == Instant.class || t == Duration.class || t == LocalDate.class) {
        out.add(new Field(rc.getName(), "text", List.of()));
      } else {
        out.add(new Field(rc.getName(), "json", List.of()));
      }
    }
    return out;
  }

  /**
   * The JSON body of a submitted form: {@code type} and every filled-in {@code f.NAME} input.
   *
   * @throws ApiException 400 naming the field when a JSON input is not JSON or the type is unknown
   */
  static byte[] body(String type, Map<String, String> params) {
    Class<?> record = recordOf(type == null ? "" : type)
        .orElseThrow(() -> ApiException.badField("type", "unknown command type"));
    ObjectNode body = MAPPER.createObjectNode();
    body.put("type", type);
    for (Field f : fields(record)) {
      String value = params.get("f." + f.name());
      if (f.kind().equals("check")) {
        if (value != null) {
          body.put(f.name(), true);
        }
        continue;
      }
      if (value == null || value.isBlank()) {
        continue;
      }
      switch (f.kind()) {
        case "number" -> {
          try {
            body.put(f.name(), Long.parseLong(value.strip()));
          } catch (NumberFormatException e) {
            throw ApiException.badField(f.name(), "'" + f.name() + "' must be a whole number");
          }
        }
        case "json" -> {
          try {
            body.set(f.name(), MAPPER.readTree(value));
          } catch (JsonProcessingException e) {
            throw ApiException.badField(f.name(), "'" + f.name() + "' must be JSON, for example [] or {}");
          }
        }
        default -> body.put(f.name(), value.strip());
      }
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
