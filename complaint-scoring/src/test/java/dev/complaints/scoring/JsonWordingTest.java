package dev.complaints.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.workflow.WorkflowDefinitions;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.UnitInputsReader;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same mistakes in every JSON format of the library — workflow definition, SLA policy, business calendar,
 * rubric, ticket record line, unit inputs — give the same wording at the expected path (docs/json.md).
 */
class JsonWordingTest {

  /** A format: a valid document, how to read text, and the path of a field of its (first) object. */
  enum Format {
    WORKFLOW("{\"id\":\"w\",\"initialNode\":\"A\",\"nodes\":[{\"name\":\"A\",\"transitions\":[{\"command\":"
        + "\"AcceptComplaint\",\"to\":\"B\",\"closeReason\":\"RESOLVED\"}]},{\"name\":\"B\",\"terminal\":true}]}",
        "id, description, taxonomy, initialNode, roles, customerNoteRoles, nodes, routing") {
      @Override
      void read(String text) {
        WorkflowDefinitions.read(text);
      }

      @Override
      List<Problem> problems(JsonNode tree) {
        return WorkflowDefinitions.problems(tree);
      }
    },
    POLICY("{\"id\":\"p\",\"targets\":[{\"name\":\"A\",\"node\":\"A\",\"clock\":\"WORKING_DAYS\","
        + "\"calendar\":\"cn-national\",\"limit\":{\"workingDays\":5}}]}",
        "id, description, unknownYears, alerts, targets") {
      @Override
      void read(String text) {
        SlaPolicies.read(text);
      }

      @Override
      List<Problem> problems(JsonNode tree) {
        return SlaPolicies.problems(tree);
      }
    },
    CALENDAR("{\"id\":\"c\",\"zone\":\"Asia/Shanghai\",\"weekly\":{\"MONDAY\":[\"09:00-18:00\"]}}",
        "id, zone, weekly, exceptions, covered, weeklyRuleForUnknownYears") {
      @Override
      void read(String text) {
        BusinessCalendars.read(text);
      }

      @Override
      List<Problem> problems(JsonNode tree) {
        return BusinessCalendars.problems(tree);
      }
    },
    RUBRIC("{\"id\":\"r\",\"maxTotal\":10,\"items\":[{\"id\":\"a\",\"label\":{\"en\":\"a\",\"zh\":\"甲\"},"
        + "\"dimension\":\"PROCESS\",\"max\":10,"
        + "\"rule\":{\"kind\":\"perFinding\",\"finding\":\"publicityFindings\",\"points\":5}}]}",
        "id, name, maxTotal, items, extraDeductions, assumptions") {
      @Override
      void read(String text) {
        Rubrics.read(text);
      }

      @Override
      List<Problem> problems(JsonNode tree) {
        return Rubrics.problems(tree);
      }
    },
    TICKET_LINE("{\"id\":\"T-1\",\"unit\":\"u\",\"channel\":\"PHONE\",\"category\":\"C\",\"grade\":\"GENERAL\","
        + "\"acceptedAt\":\"2026-10-03T19:10:00+08:00\",\"stages\":[]}",
        "id, unit, region, channel, category, grade, acceptedAt, stages, returnVisit, closedAt, closeReason, "
            + "subject, location, department, handler, rootCause, plan, reportedAt") {
      @Override
      void read(String text) {
        TicketReader.parseLine(text, "t.jsonl", 1);
      }
    },
    UNIT_INPUTS("[{\"unit\":\"p\",\"period\":\"2026-10\",\"publicityFindings\":1}]",
        "unit, period, region, publicityFindings, onSiteFindings, concealedFindings, unreportedIncidents, calls") {
      @Override
      void read(String text) {
        UnitInputsReader.read(new StringReader(text), "i.json");
      }

      @Override
      String object() {
        return "$[0]";
      }

      @Override
      ObjectNode first(JsonNode tree) {
        return (ObjectNode) tree.get(0);
      }
    };

    final String valid;
    final String fields;

    Format(String valid, String fields) {
      this.valid = valid;
      this.fields = fields;
    }

    /** Reads text; throws the format's exception. */
    abstract void read(String text);

    /** The problems of a tree, for the formats that have {@code problems(JsonNode)}. */
    List<Problem> problems(JsonNode tree) {
      throw new UnsupportedOperationException(name() + " is read line by line, not as a tree");
    }

    /** The path of the object whose fields the mistakes change. */
    String object() {
      return "$";
    }

    /** That object in a tree of the valid document. */
    ObjectNode first(JsonNode tree) {
      return (ObjectNode) tree;
    }

    /** The name of the string field every mistake of the first object is made on. */
    String idField() {
      return this == UNIT_INPUTS ? "unit" : "id";
    }

    /** The problems of reading text, whatever the format's way of reporting them. */
    List<Problem> problemsOf(String text) {
      try {
        read(text);
        return List.of();
      } catch (ValidationException e) {
        return e.problems();
      } catch (RecordFormatException e) {
        return List.of(Problem.of(e.field(), e.reason()));
      }
    }

    String text(Consumer<ObjectNode> change) {
      try {
        JsonNode tree = Json.mapper().readTree(valid);
        change.accept(first(tree));
        return Json.mapper().writeValueAsString(tree);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A mistake: how it changes a format's valid document, or null when the format has no such field. */
  enum Mistake {
    MISSING_FIELD, WRONG_TYPE, UNKNOWN_FIELD, DUPLICATE_KEY, OUT_OF_RANGE, BAD_ENUM, NOT_JSON
  }

  static Stream<Arguments> mistakes() {
    List<Arguments> all = new ArrayList<>();
    for (Format f : Format.values()) {
      String id = f.idField();
      String at = f.object() + "." + id;
      all.add(Arguments.of(f, Mistake.MISSING_FIELD, f.text(o -> o.remove(id)), at, "missing required field"));
      all.add(Arguments.of(f, Mistake.WRONG_TYPE, f.text(o -> o.put(id, 42)), at, "must be a string (found 42)"));
      all.add(Arguments.of(f, Mistake.UNKNOWN_FIELD, f.text(o -> o.put("colour", "red")), f.object() + ".colour",
          "unknown field (allowed: " + f.fields + ")"));
      String first = "\"" + id + "\":";
      all.add(Arguments.of(f, Mistake.DUPLICATE_KEY, f.valid.replaceFirst(first, first + "\"again\"," + first), at,
          "duplicate key"));
      all.add(Arguments.of(f, Mistake.NOT_JSON, "x" + f.valid, "$", null));
    }
    // numbers out of range: the formats that have numbers
    all.add(Arguments.of(Format.POLICY, Mistake.OUT_OF_RANGE,
        Format.POLICY.text(o -> ((ObjectNode) o.get("targets").get(0).get("limit")).put("workingDays", 0)),
        "$.targets[0].limit.workingDays", "must be an integer of at least 1 (found 0)"));
    all.add(Arguments.of(Format.RUBRIC, Mistake.OUT_OF_RANGE,
        Format.RUBRIC.text(o -> ((ObjectNode) o.get("items").get(0)).put("max", -1)),
        "$.items[0].max", "must be an integer of at least 0 (found -1)"));
    all.add(Arguments.of(Format.UNIT_INPUTS, Mistake.OUT_OF_RANGE,
        Format.UNIT_INPUTS.text(o -> o.put("publicityFindings", -1)),
        "$[0].publicityFindings", "must be an integer of at least 0 (found -1)"));
    all.add(Arguments.of(Format.UNIT_INPUTS, Mistake.OUT_OF_RANGE,
        Format.UNIT_INPUTS.text(o -> o.put("publicityFindings", 1.5)),
        "$[0].publicityFindings", "must be an integer of at least 0 (found 1.5)"));
    // names outside a fixed set: the formats that have them
    all.add(Arguments.of(Format.WORKFLOW, Mistake.BAD_ENUM,
        Format.WORKFLOW.text(o -> ((ObjectNode) o.get("nodes").get(0).get("transitions").get(0)).putArray("when")
            .add("NOPE")),
        "$.nodes[0].transitions[0].when[0]", "must be one of: " + Arrays.stream(Condition.values()).map(Enum::name)
            .collect(Collectors.joining(", ")) + " (found \"NOPE\")"));
    all.add(Arguments.of(Format.POLICY, Mistake.BAD_ENUM,
        Format.POLICY.text(o -> ((ObjectNode) o.get("targets").get(0)).put("clock", "NOPE")),
        "$.targets[0].clock", "must be one of: CONTINUOUS, BUSINESS_HOURS, WORKING_DAYS (found \"NOPE\")"));
    all.add(Arguments.of(Format.RUBRIC, Mistake.BAD_ENUM,
        Format.RUBRIC.text(o -> ((ObjectNode) o.get("items").get(0).get("rule")).put("kind", "NOPE")),
        "$.items[0].rule.kind", "must be one of: tiered, perFinding, perLevel (found \"NOPE\")"));
    all.add(Arguments.of(Format.TICKET_LINE, Mistake.BAD_ENUM,
        Format.TICKET_LINE.text(o -> o.put("grade", "NOPE")),
        "$.grade", "must be one of: GENERAL, SERIOUS, MAJOR, CRITICAL (found \"NOPE\")"));
    // a mistake inside a list of objects: the path names the element
    all.add(Arguments.of(Format.WORKFLOW, Mistake.WRONG_TYPE,
        Format.WORKFLOW.text(o -> ((ObjectNode) o.get("nodes").get(1)).put("terminal", "yes")),
        "$.nodes[1].terminal", "must be true or false (found \"yes\")"));
    all.add(Arguments.of(Format.TICKET_LINE, Mistake.WRONG_TYPE,
        Format.TICKET_LINE.text(o -> o.putObject("returnVisit").put("exempt", "yes")),
        "$.returnVisit.exempt", "must be true or false (found \"yes\")"));
    all.add(Arguments.of(Format.CALENDAR, Mistake.WRONG_TYPE,
        Format.CALENDAR.text(o -> o.putArray("covered")),
        "$.covered", "must be an object (found an array)"));
    all.add(Arguments.of(Format.TICKET_LINE, Mistake.WRONG_TYPE,
        Format.TICKET_LINE.text(o -> o.putObject("stages")),
        "$.stages", "must be an array (found an object)"));
    all.add(Arguments.of(Format.POLICY, Mistake.WRONG_TYPE,
        Format.POLICY.text(o -> o.putObject("targets")),
        "$.targets", "must be an array (found an object)"));
    all.add(Arguments.of(Format.RUBRIC, Mistake.MISSING_FIELD,
        Format.RUBRIC.text(o -> ((ObjectNode) o.get("items").get(0).get("label")).remove("zh")),
        "$.items[0].label.zh", "missing required field"));
    all.add(Arguments.of(Format.TICKET_LINE, Mistake.MISSING_FIELD,
        Format.TICKET_LINE.text(o -> ((ArrayNode) o.get("stages")).addObject().put("stage", "GRADING")),
        "$.stages[0].enteredAt", "missing required field"));
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("mistakes")
  void theSameMistakeHasTheSameWordingInEveryFormat(Format format, Mistake mistake, String text, String path,
      String message) {
    assertThat(format.problemsOf(format.valid)).as("the valid document").isEmpty();
    List<Problem> problems = format.problemsOf(text);
    assertThat(problems).as(text).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo(path);
    if (message == null) {
      assertThat(problems.get(0).message()).startsWith("not valid JSON: ");
    } else {
      assertThat(problems.get(0).message()).isEqualTo(message);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"WORKFLOW", "POLICY", "CALENDAR", "RUBRIC"})
  void aTreeGivesTheProblemsTheTextGives(Format format) throws Exception {
    List<Arguments> cases = mistakes().filter(a -> a.get()[0] == format && a.get()[1] != Mistake.DUPLICATE_KEY
        && a.get()[1] != Mistake.NOT_JSON).toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(3);
    for (Arguments a : cases) {
      String text = (String) a.get()[2];
      assertThat(format.problems(Json.mapper().readTree(text))).as(text).isEqualTo(format.problemsOf(text));
    }
  }

  @Test
  void everyFormatReportsEveryProblemOfADocumentAtOnce() {
    Function<Format, String> threeMistakes = f -> f.text(o -> {
      o.remove(f.idField());
      o.put("colour", "red");
      o.put("size", 1);
    });
    for (Format f : List.of(Format.WORKFLOW, Format.POLICY, Format.CALENDAR, Format.RUBRIC)) {
      assertThat(f.problemsOf(threeMistakes.apply(f))).as(f.name()).extracting(Problem::path)
          .containsExactlyInAnyOrder("$.colour", "$.size", "$.id");
    }
  }
}
