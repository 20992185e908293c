package dev.complaints.core.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The one shape of every format's entry points: {@code read(String)} and {@code read(JsonNode)} return the
 * value or throw a {@link ValidationException} with every problem, {@code problems(JsonNode)} returns them,
 * {@link #toJsonString(JsonNode)} prints what {@code toJson} writes. A format implements {@link #parse}.
 *
 * @param <T> the value the format describes
 */
public abstract class JsonFormat<T> {
  private static final ObjectWriter PRETTY = Json.mapper().writerWithDefaultPrettyPrinter();

  private final String what;

  /**
   * Creates the format.
   *
   * @param what what a document describes, for messages: {@code "SLA policy"}
   */
  protected JsonFormat(String what) {
    this.what = Objects.requireNonNull(what, "what");
  }

  /**
   * Reads a document, recording every problem; the structure first, then, when the structure gave a value to
   * check, the value's own checks (references, overlaps …).
   *
   * @param root the document, not null
   * @param problems where problems go
   * @return the value, or null when there are problems
   */
  protected abstract T parse(JsonNode root, Problems problems);

  /**
   * Reads JSON text.
   *
   * @param json the text
   * @return the value
   * @throws ValidationException with every problem, each with its JSON path; text that is not JSON is one
   *     problem at the path where reading stopped
   */
  public final T read(String json) {
    Problems problems = new Problems();
    JsonNode root = JsonText.read(json, problems);
    T value = root == null ? null : parse(root, problems);
    return result(root, value, problems);
  }

  /**
   * Reads a JSON tree.
   *
   * @param root the document
   * @return the value
   * @throws ValidationException with every problem, each with its JSON path
   */
  public final T read(JsonNode root) {
    Objects.requireNonNull(root, "json");
    Problems problems = new Problems();
    return result(root, parse(root, problems), problems);
  }

  /**
   * Every problem of a JSON tree.
   *
   * @param root the document
   * @return the problems in document order, empty when the document is valid
   */
  public final List<Problem> problems(JsonNode root) {
    Objects.requireNonNull(root, "json");
    Problems problems = new Problems();
    parse(root, problems);
    return problems.list();
  }

  private T result(JsonNode root, T value, Problems problems) {
    if (!problems.isEmpty() || value == null) {
      String id = root != null && root.path("id").isTextual() ? " '" + root.get("id").textValue() + "'" : "";
      if (problems.isEmpty()) {
        throw new IllegalStateException(what + id + " was not read, yet no problem was recorded");
      }
      problems.throwIfAny(what + id);
    }
    return value;
  }

  /**
   * A tree as indented text, the way every format's {@code toJsonString} prints it.
   *
   * @param tree the tree
   * @return the text
   */
  public static String toJsonString(JsonNode tree) {
    try {
      return PRETTY.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
