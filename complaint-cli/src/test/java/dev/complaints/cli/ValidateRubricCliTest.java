package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.scoring.rubric.Rubrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --rubric}. */
class ValidateRubricCliTest {

  private static int run(StringWriter out, String... args) {
    return ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(out), new PrintWriter(new StringWriter()), args);
  }

  @Test
  void presetIsValid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mall-scorecard.json");
    Files.writeString(file, Rubrics.toJson(Rubrics.mallScorecard()).toPrettyString());
    StringWriter out = new StringWriter();
    assertThat(run(out, "validate", "--rubric", file.toString())).isZero();
    assertThat(out.toString()).contains("valid rubric");
  }

  @Test
  void brokenRubricListsEveryProblemWithItsPath(@TempDir Path dir) throws Exception {
    String json =
        Rubrics.toJson(Rubrics.mallScorecard()).toPrettyString()
            .replace("\"max\" : 22", "\"max\" : -1")
            .replace("\"rate\" : \"satisfaction\"", "\"rate\" : \"happiness\"");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, json);
    StringWriter out = new StringWriter();
    assertThat(run(out, "validate", "--rubric", file.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(file + ": field 'items[6].rule.rate': must be one of: answerRate, resolution24h, satisfaction"
            + " (found \"happiness\")")
        .contains(file + ": field 'items[0].max': ");
  }

  @Test
  void everyItemNamesItsManagementDimension(@TempDir Path dir) throws Exception {
    String json = Rubrics.toJson(Rubrics.mallScorecard()).toPrettyString()
        .replace("\"dimension\" : \"CHANNEL\",", "")
        .replace("\"dimension\" : \"BUSINESS\"", "\"dimension\" : \"AFTER\"");
    Path file = dir.resolve("no-dimension.json");
    Files.writeString(file, json);
    StringWriter out = new StringWriter();
    assertThat(run(out, "validate", "--rubric", file.toString())).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(
        file + ": field 'items[0].dimension': missing required field",
        file + ": field 'items[6].dimension': must be one of: CHANNEL, PROCESS, BUSINESS (found \"AFTER\")",
        file + ": 2 problems");
  }
}
