package dev.complaints.scoring.penalty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * The JSON form of {@link RewardLadder}s, with the same entry points as every format of the library
 * (docs/json.md), and the default ladder:
 *
 * <pre>{@code
 * {"unit": {"scoreAtLeast": 95, "redLightsAtMost": 0},
 *  "region": {"scoreAtLeast": 95, "rankAtMost": 1}}
 * }</pre>
 *
 * <p>Either rule may be left out, and then nobody is commended by it ({@code {}} commends nobody);
 * {@code redLightsAtMost} left out does not count red lights; {@code rankAtMost} left out is 1. Thresholds are
 * numbers of at least 0, read exactly; {@code redLightsAtMost} an integer of at least 0, {@code rankAtMost} of at
 * least 1.
 */
public final class RewardLadders {
  private RewardLadders() {}

  /**
   * Reads a reward ladder from JSON text.
   *
   * @param json the text
   * @return the ladder
   * @throws ValidationException listing every problem with its JSON path; text that is not JSON is one problem at
   *     the path where reading stopped, with the line and column
   */
  public static RewardLadder read(String json) {
    return RewardLadderJson.FORMAT.read(json);
  }

  /**
   * Reads a reward ladder from a JSON tree.
   *
   * @param json the tree
   * @return the ladder
   * @throws ValidationException listing every problem with its JSON path
   */
  public static RewardLadder read(JsonNode json) {
    return RewardLadderJson.FORMAT.read(json);
  }

  /**
   * Every problem of a reward ladder document, each with its JSON path.
   *
   * @param json the tree
   * @return the problems; empty when it is a valid ladder
   */
  public static List<Problem> problems(JsonNode json) {
    return RewardLadderJson.FORMAT.problems(json);
  }

  /**
   * Writes a reward ladder; {@link #read(JsonNode)} gives it back equal.
   *
   * @param ladder the ladder
   * @return the JSON tree
   */
  public static ObjectNode toJson(RewardLadder ladder) {
    return RewardLadderJson.write(Objects.requireNonNull(ladder, "ladder"));
  }

  /**
   * Writes a reward ladder as indented JSON text; {@link #read(String)} gives it back equal.
   *
   * @param ladder the ladder
   * @return the JSON text
   */
  public static String toJsonString(RewardLadder ladder) {
    return JsonFormat.toJsonString(toJson(ladder));
  }

  /**
   * The default ladder, {@link RewardLadder#defaults()}: a unit at 95 or more with no red light in the quarter,
   * the region ranked first with 95 or more.
   *
   * @return the ladder
   */
  public static RewardLadder defaults() {
    return RewardLadder.defaults();
  }
}
