package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --policy}. */
class ValidatePolicyCliTest {

  private static int run(StringWriter out, StringWriter err, String... args) {
    return ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(out), new PrintWriter(err), args);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ValidatePolicyCliTest.class.getResource("/policies/" + name).toURI());
  }

  @Test
  void presetsAreValid(@TempDir Path dir) throws Exception {
    for (SlaPolicy p : SlaPolicies.presets().values()) {
      Path file = dir.resolve(p.id() + ".json");
      Files.writeString(file, SlaPolicies.toJsonString(p));
      StringWriter out = new StringWriter();
      assertThat(run(out, new StringWriter(), "validate", "--policy", file.toString())).isZero();
      assertThat(out.toString()).contains("valid SLA policy");
    }
    StringWriter out = new StringWriter();
    assertThat(run(out, new StringWriter(), "validate", "--policy", resource("valid-mall-ticket.json").toString()))
        .isZero();
  }

  @Test
  void brokenPolicyListsEveryProblemWithItsPath() throws Exception {
    StringWriter out = new StringWriter();
    assertThat(run(out, new StringWriter(), "validate", "--policy", resource("broken-policy.json").toString()))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("field 'owner': unknown field (allowed: id, description, unknownYears, alerts, targets)")
        .contains("field 'targets[0].clock': must be one of: CONTINUOUS, BUSINESS_HOURS, WORKING_DAYS (found \"WHENEVER\")")
        .contains("field 'targets[1].limits.SERIOUS': must be a positive ISO-8601 duration such as PT4H")
        .contains("field 'targets[1].limits.MAJOR.calendar': unknown calendar 'atlantis'")
        .contains("field 'targets[1].limits.CRITICAL': missing required field")
        .contains("5 problems");
  }

  @Test
  void malformedJsonIsBadInput(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"id\": ");
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "validate", "--policy", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not valid JSON");
  }
}
