package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes monthly unit inputs as the JSON array {@link UnitInputsReader} reads: reading the output
 * back gives inputs equal to the ones written, in the same order.
 *
 * <p>Each entry has {@code unit}, {@code period}, {@code region} when known, the four finding counts (also
 * when 0) and {@code calls {offered, answered}} when known. As the reader does, the writer refuses a unit that
 * has two entries for the same period.
 */
public final class UnitInputsWriter {
  private static final ObjectWriter PRETTY = Json.mapper().writerWithDefaultPrettyPrinter();

  private UnitInputsWriter() {}

  /**
   * One unit's inputs as a JSON object.
   *
   * @param inputs the inputs
   * @return the object
   */
  public static ObjectNode toJson(UnitInputs inputs) {
    Objects.requireNonNull(inputs, "inputs");
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("unit", inputs.unit());
    n.put("period", inputs.period().toString());
    if (inputs.region() != null) {
      n.put("region", inputs.region());
    }
    n.put("publicityFindings", inputs.publicityFindings());
    n.put("onSiteFindings", inputs.onSiteFindings());
    if (inputs.concealedFindings() != null) {
      n.put("concealedFindings", inputs.concealedFindings());
    }
    if (inputs.unreportedIncidents() != null) {
      n.put("unreportedIncidents", inputs.unreportedIncidents());
    }
    CallStats c = inputs.calls();
    if (c != null) {
      n.putObject("calls").put("offered", c.offered()).put("answered", c.answered());
    }
    return n;
  }

  /**
   * Inputs as the JSON array of an inputs file.
   *
   * @param inputs the inputs, in the order to write them
   * @return the array
   * @throws IllegalArgumentException when an entry is null or a unit has two entries for one period, naming
   *     both positions
   */
  public static ArrayNode toJsonArray(Iterable<UnitInputs> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    Map<String, Integer> seen = new HashMap<>();
    int i = 0;
    for (UnitInputs u : inputs) {
      if (u == null) {
        throw new IllegalArgumentException("unit inputs $[" + i + "]: must be an object (found null)");
      }
      Integer before = seen.putIfAbsent(u.unit() + "@" + u.period(), i);
      if (before != null) {
        throw new IllegalArgumentException("unit inputs $[" + i + "].unit: duplicate unit '" + u.unit() + "' for "
            + u.period() + " (also at $[" + before + "].unit)");
      }
      all.add(toJson(u));
      i++;
    }
    return all;
  }

  /**
   * Inputs as the indented text of an inputs file, ending with a newline.
   *
   * @param inputs the inputs, in the order to write them
   * @return the JSON text
   * @throws IllegalArgumentException when an entry is null or a unit has two entries for one period
   */
  public static String toJsonText(Iterable<UnitInputs> inputs) {
    try {
      return PRETTY.writeValueAsString(toJsonArray(inputs)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write unit inputs", e);
    }
  }

  /**
   * Writes inputs as the indented text of an inputs file; the output is not closed.
   *
   * @param inputs the inputs, in the order to write them
   * @param out the output
   * @throws IllegalArgumentException when an entry is null or a unit has two entries for one period; nothing is
   *     written then
   * @throws UncheckedIOException when the output fails
   */
  public static void write(Iterable<UnitInputs> inputs, Writer out) {
    Objects.requireNonNull(out, "out");
    String text = toJsonText(inputs);
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write unit inputs: " + e.getMessage(), e);
    }
  }
}
