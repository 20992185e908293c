package dev.complaints.scoring.penalty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.json.internal.ObjectFields;
import dev.complaints.core.json.internal.Problems;
import dev.complaints.core.json.internal.Read;
import dev.complaints.core.json.internal.Reads;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of reward ladders, read with the shared field reader:
 *
 * <pre>{@code
 * {"unit": {"scoreAtLeast": 95, "redLightsAtMost": 0},
 *  "region": {"scoreAtLeast": 95, "rankAtMost": 1}}
 * }</pre>
 *
 * <p>Either rule may be left out, and then nobody is commended by it; {@code redLightsAtMost} left out does not
 * count red lights; {@code rankAtMost} left out is 1. Thresholds are numbers read exactly.
 */
final class RewardLadderJson extends JsonFormat<RewardLadder> {
  static final RewardLadderJson FORMAT = new RewardLadderJson();

  /** What a threshold must be, in the words of docs/json.md. */
  static final String SCORE = "a number of at least 0";

  private static final List<String> ROOT_FIELDS = List.of("unit", "region");
  private static final List<String> UNIT_FIELDS = List.of("scoreAtLeast", "redLightsAtMost");
  private static final List<String> REGION_FIELDS = List.of("scoreAtLeast", "rankAtMost");

  private static final Read<BigDecimal> THRESHOLD = (node, path, problems) -> {
    if (!node.isNumber()) {
      problems.add(path, Wording.mustBe(SCORE, node));
      return null;
    }
    if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
      problems.add(path, Wording.mustBe(SCORE, Wording.number(Double.toString(node.doubleValue()))));
      return null;
    }
    BigDecimal v = node.isBigDecimal() || node.isIntegralNumber() ? node.decimalValue()
        : new BigDecimal(node.asText());
    if (v.signum() < 0) {
      problems.add(path, Wording.mustBe(SCORE, node));
      return null;
    }
    return v;
  };

  private RewardLadderJson() {
    super("reward ladder");
  }

  /** The unit rule as read: its threshold and red-light limit. */
  private record UnitRule(BigDecimal scoreAtLeast, @Nullable Integer redLightsAtMost) {}

  /** The region rule as read. */
  private record RegionRule(BigDecimal scoreAtLeast, int rankAtMost) {}

  @Override
  protected RewardLadder parse(JsonNode root, Problems problems) {
    ObjectFields o = ObjectFields.of(root, "$", problems, ROOT_FIELDS);
    if (o == null) {
      return null;
    }
    UnitRule unit = o.optional("unit", Reads.object(UNIT_FIELDS, u -> {
      BigDecimal score = u.required("scoreAtLeast", THRESHOLD);
      Integer red = u.optional("redLightsAtMost", Reads.integer(0, Integer.MAX_VALUE));
      return u.ok() ? new UnitRule(score, red) : null;
    }));
    RegionRule region = o.optional("region", Reads.object(REGION_FIELDS, r -> {
      BigDecimal score = r.required("scoreAtLeast", THRESHOLD);
      Integer rank = r.optional("rankAtMost", Reads.integer(1, Integer.MAX_VALUE), 1);
      return r.ok() ? new RegionRule(score, rank) : null;
    }));
    if (!o.ok()) {
      return null;
    }
    try {
      return RewardLadder.none().toBuilder()
          .unitScoreAtLeast(unit == null ? null : unit.scoreAtLeast())
          .unitRedLightsAtMost(unit == null ? null : unit.redLightsAtMost())
          .regionScoreAtLeast(region == null ? null : region.scoreAtLeast())
          .regionRankAtMost(region == null ? 1 : region.rankAtMost())
          .build();
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** Writes a ladder; {@link #read(JsonNode)} gives it back unchanged. */
  static ObjectNode write(RewardLadder l) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (l.unitScoreAtLeast() != null) {
      ObjectNode u = root.putObject("unit");
      u.put("scoreAtLeast", l.unitScoreAtLeast());
      if (l.unitRedLightsAtMost() != null) {
        u.put("redLightsAtMost", l.unitRedLightsAtMost());
      }
    }
    if (l.regionScoreAtLeast() != null) {
      root.putObject("region").put("scoreAtLeast", l.regionScoreAtLeast()).put("rankAtMost", l.regionRankAtMost());
    }
    return root;
  }
}
