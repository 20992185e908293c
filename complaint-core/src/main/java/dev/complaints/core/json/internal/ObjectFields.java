package dev.complaints.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * The field reader of one JSON object: required and optional fields of each type (with a {@link Read} from
 * {@link Reads}), unknown fields reported as soon as the object is opened, every problem recorded with its
 * JSON path.
 */
public final class ObjectFields {
  private final JsonNode node;
  private final String path;
  private final Problems problems;
  /** Whether a field the reader asked for was missing or unusable (unknown fields do not count). */
  private boolean failed;

  private ObjectFields(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * Opens an object: a value that is not an object is a problem; so is every field not in {@code allowed}.
   *
   * @param node the value
   * @param path its JSON path
   * @param problems where problems go
   * @param allowed the fields of the object, in the format's order; null for an object whose fields are not
   *     checked (a document with fields the library does not read)
   * @return the reader, or null when the value is not an object
   */
  public static ObjectFields of(JsonNode node, String path, Problems problems, List<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(path, Wording.mustBe(Wording.OBJECT, node));
      return null;
    }
    if (allowed != null) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          problems.add(JsonPaths.field(path, name), Wording.unknownField(allowed));
        }
      }
    }
    return new ObjectFields(node, path, problems);
  }

  /**
   * A field that must be present (and not null).
   *
   * @param name the field
   * @param read how to read it
   * @param <T> the value
   * @return the value, or null when it is missing or has a problem
   */
  public <T> T required(String name, Read<T> read) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      missing(name);
      return null;
    }
    return check(read.read(v, path(name), problems));
  }

  /**
   * A field that may be absent; JSON null counts as absent.
   *
   * @param name the field
   * @param read how to read it
   * @param <T> the value
   * @return the value, or null when it is absent or has a problem
   */
  public <T> T optional(String name, Read<T> read) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : check(read.read(v, path(name), problems));
  }

  /**
   * A field that may be absent, with a default; JSON null counts as absent.
   *
   * @param name the field
   * @param read how to read it
   * @param absent the value when it is absent
   * @param <T> the value
   * @return the value, the default when absent, or null when it has a problem
   */
  public <T> T optional(String name, Read<T> read, T absent) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? absent : check(read.read(v, path(name), problems));
  }

  private <T> T check(T value) {
    if (value == null) {
      failed = true;
    }
    return value;
  }

  /**
   * Whether every field read so far was usable: no required field missing, no given field with a problem.
   * Unknown fields do not count, so that the checks of the value still run and report their problems too.
   *
   * @return true when the fields read can build the value
   */
  public boolean ok() {
    return !failed;
  }

  /**
   * Marks the object as unusable, after a problem found by the caller.
   */
  public void fail() {
    failed = true;
  }

  /**
   * Whether a field is present and not null.
   *
   * @param name the field
   * @return true when it has a value
   */
  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /**
   * Whether a field is given at all, even as null.
   *
   * @param name the field
   * @return true when the key is in the object
   */
  public boolean given(String name) {
    return node.has(name);
  }

  /**
   * Records a required field as missing.
   *
   * @param name the field
   */
  public void missing(String name) {
    failed = true;
    problems.add(path(name), Wording.MISSING);
  }

  /**
   * Records a problem at a field; the object is then unusable.
   *
   * @param name the field
   * @param message what is wrong
   */
  public void problem(String name, String message) {
    failed = true;
    problems.add(path(name), message);
  }

  /**
   * The value of a field.
   *
   * @param name the field
   * @return the value, or null when absent
   */
  public JsonNode node(String name) {
    return node.get(name);
  }

  /**
   * The object itself.
   *
   * @return the object node
   */
  public JsonNode node() {
    return node;
  }

  /**
   * The path of a field.
   *
   * @param name the field
   * @return its JSON path
   */
  public String path(String name) {
    return JsonPaths.field(path, name);
  }

  /**
   * The path of the object.
   *
   * @return its JSON path
   */
  public String path() {
    return path;
  }

  /**
   * Where problems go.
   *
   * @return the collector
   */
  public Problems problems() {
    return problems;
  }
}
