package dev.complaints.scoring.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form of reward ladders: read, problems, toJson, in the wording of docs/json.md. */
class RewardLaddersJsonTest {

  static List<Problem> problems(String json) throws Exception {
    return RewardLadders.problems(Json.mapper().readTree(json));
  }

  @Test
  void theDefaultsWrittenAndReadBack() throws Exception {
    String text = RewardLadders.toJsonString(RewardLadders.defaults());
    assertThat(Json.mapper().readTree(text)).isEqualTo(Json.mapper().readTree(
        "{\"unit\":{\"scoreAtLeast\":95,\"redLightsAtMost\":0},\"region\":{\"scoreAtLeast\":95,\"rankAtMost\":1}}"));
    assertThat(RewardLadders.read(text)).isEqualTo(RewardLadder.defaults());
    assertThat(RewardLadders.read(RewardLadders.toJson(RewardLadder.defaults()))).isEqualTo(RewardLadder.defaults());
  }

  @Test
  void leftOutRulesCommendNobodyAndLeftOutLimitsAreNotCounted() {
    assertThat(RewardLadders.read("{}")).isEqualTo(RewardLadder.none());
    RewardLadder l = RewardLadders.read("{\"unit\":{\"scoreAtLeast\":92.5}}");
    assertThat(l.unitScoreAtLeast()).isEqualByComparingTo("92.5");
    assertThat(l.unitRedLightsAtMost()).isNull();
    assertThat(l.regionScoreAtLeast()).isNull();
    assertThat(RewardLadders.toJson(l).toString()).isEqualTo("{\"unit\":{\"scoreAtLeast\":92.5}}");
    RewardLadder r = RewardLadders.read("{\"region\":{\"scoreAtLeast\":90}}");
    assertThat(r.regionRankAtMost()).isEqualTo(1);
    assertThat(r.unitScoreAtLeast()).isNull();
    assertThat(RewardLadders.read(RewardLadders.toJson(r))).isEqualTo(r);
    // null is the same as absent
    assertThat(RewardLadders.read("{\"unit\":null,\"region\":null}")).isEqualTo(RewardLadder.none());
  }

  @Test
  void thresholdsAreReadExactly() {
    RewardLadder l = RewardLadders.read("{\"unit\":{\"scoreAtLeast\":94.995,\"redLightsAtMost\":2}}");
    assertThat(l.unitScoreAtLeast()).isEqualTo(new BigDecimal("94.995"));
    assertThat(l.unitRedLightsAtMost()).isEqualTo(2);
  }

  @Test
  void everyProblemWithItsPathInTheSharedWording() throws Exception {
    assertThat(problems("{\"unit\":{\"scoreAtLeast\":\"95\",\"redLightsAtMost\":0.5,\"colour\":1},"
        + "\"region\":{\"rankAtMost\":0},\"bonus\":true}")).containsExactly(
            Problem.of("$.bonus", "unknown field (allowed: unit, region)"),
            Problem.of("$.unit.colour", "unknown field (allowed: scoreAtLeast, redLightsAtMost)"),
            Problem.of("$.unit.scoreAtLeast", "must be a number of at least 0 (found \"95\")"),
            Problem.of("$.unit.redLightsAtMost", "must be an integer of at least 0 (found 0.5)"),
            Problem.of("$.region.scoreAtLeast", "missing required field"),
            Problem.of("$.region.rankAtMost", "must be an integer of at least 1 (found 0)"));
    assertThat(problems("{\"unit\":{\"scoreAtLeast\":-1}}"))
        .containsExactly(Problem.of("$.unit.scoreAtLeast", "must be a number of at least 0 (found -1)"));
    assertThat(problems("{\"unit\":[]}")).containsExactly(Problem.of("$.unit", "must be an object (found an array)"));
    assertThat(problems("[]")).containsExactly(Problem.of("$", "must be an object (found an array)"));
  }

  @Test
  void readThrowsWithEveryProblem() {
    assertThatThrownBy(() -> RewardLadders.read("{\"unit\":{\"scoreAtLeast\":95},\"unit\":{}}"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .containsExactly(Problem.of("$.unit", "duplicate key")));
    assertThatThrownBy(() -> RewardLadders.read("{\"unit\":"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).message()).startsWith("not valid JSON"));
  }
}
