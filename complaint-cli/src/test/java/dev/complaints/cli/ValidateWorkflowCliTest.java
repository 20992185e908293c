package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.workflow.WorkflowPresets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateWorkflowCliTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(out), new PrintWriter(err), args);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ValidateWorkflowCliTest.class.getResource("/workflows/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mall-ticket", "seven-step", "retail-plan"})
  void everyPresetIsValid(String id) throws IOException {
    Path file = dir.resolve(id + ".json");
    Files.writeString(file, WorkflowPresets.resourceText(id));
    assertThat(run("validate", "--workflow", file.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("valid workflow definition");
  }

  @Test
  void brokenReferencesAreAllListedWithTheirPaths() throws Exception {
    assertThat(run("validate", "--workflow", resource("broken-references.json").toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("field 'roles[1]': duplicate role 'CUSTOMER_SERVICE'")
        .contains("field 'nodes[3].name': duplicate node name 'DONE'")
        .contains("field 'nodes[0].transitions[0].roles[0]': unknown role 'CLERK'")
        .contains("field 'nodes[0].transitions[0].to': unknown node 'NOWHERE'")
        .contains("field 'nodes[0].transitions[1].command': must be one of: AcceptComplaint, ")
        .contains("(found \"Teleport\")")
        .contains("field 'nodes[1]': node 'ORPHAN' is unreachable")
        .contains("field 'nodes[1].transitions': dead end")
        .contains("problems");
  }

  @Test
  void brokenStructureNamesUnknownAndMissingFields() throws Exception {
    assertThat(run("validate", "--workflow", resource("broken-structure.json").toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("field 'colour': unknown field (allowed: ")
        .contains("field 'nodes[0].terminal': must be true or false")
        .contains("field 'nodes[0].transitions[0].command': missing required field")
        .contains("field 'nodes[0].transitions[0].when[0]': must be one of: ")
        .contains("(found \"SOMETIMES\")")
        .contains("field 'nodes[1].name': missing required field");
  }

  @Test
  void notJsonExitsWithTwo() throws Exception {
    assertThat(run("validate", "--workflow", resource("not-json.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not valid JSON");
  }

  @Test
  void notJsonNamesTheFileThePathAndTheLine() throws Exception {
    Path file = resource("not-json.json");
    assertThat(run("validate", "--workflow", file.toString())).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("error: " + file + ":1: field 'nodes[0]': not valid JSON: Unexpected end-of-input")
        .contains("start marker at line 1, column 22").doesNotContain("Source")
        .matches(".* \\(column \\d+\\)").doesNotContain("\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aRepeatedFieldNameIsNotSilentlyOverwritten() throws IOException {
    Path file = dir.resolve("repeated.json");
    Files.writeString(file, WorkflowPresets.resourceText("mall-ticket")
        .replaceFirst("\"to\": \"GRADING\",", "\"to\": \"GRADING\", \"to\": \"CLOSED\","));
    assertThat(run("validate", "--workflow", file.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: " + file + ":30: field 'nodes[0].transitions[0].to': not valid"
        + " JSON: Duplicate field 'to' (column ");
  }

  @Test
  void anEmptyFileIsNotJson() throws IOException {
    Path file = dir.resolve("empty.json");
    Files.writeString(file, "\n");
    assertThat(run("validate", "--workflow", file.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("error: " + file + ": not valid JSON: no JSON value: the text is empty");
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsAccepted() throws IOException {
    Path file = dir.resolve("with-bom.json");
    Files.writeString(file, "\uFEFF" + WorkflowPresets.resourceText("mall-ticket"));
    assertThat(run("validate", "--workflow", file.toString())).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).contains("valid workflow definition");
  }

  @Test
  void missingFileExitsWithTwo() {
    assertThat(run("validate", "--workflow", dir.resolve("absent.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("absent.json: cannot read: no such file or directory");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aDirectoryIsNotAFile() {
    assertThat(run("validate", "--workflow", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(dir + ": cannot read: is a directory, not a file");
  }
}
