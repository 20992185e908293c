package dev.complaints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.cli.text.Labels;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code validate (--workflow | --calendar | --policy | --rubric | --rewards) FILE}: prints every problem of a definition
 * file with its field (JSON path), one per line in the style of the error lines ({@code FILE: field 'x': …}). Exit 0 when valid, 1 when problems were found, 2 when the file cannot be read or is
 * not JSON.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a definition file and prints every problem with its JSON path.",
      "Exit codes: 0 valid, 1 problems found, 2 unreadable file or not JSON."
    })
public final class ValidateCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Kind kind;

  @CommandLine.Mixin SummaryLanguage language = new SummaryLanguage();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class Kind {
    @Option(names = "--workflow", paramLabel = "FILE", description = "a workflow definition (JSON)")
    Path workflow;

    @Option(names = "--calendar", paramLabel = "FILE", description = "a business calendar (JSON)")
    Path calendar;

    @Option(names = "--policy", paramLabel = "FILE", description = "an SLA policy (JSON)")
    Path policy;

    @Option(names = "--rubric", paramLabel = "FILE", description = "a scoring rubric (JSON)")
    Path rubric;

    @Option(names = "--rewards", paramLabel = "FILE", description = "a reward ladder: commendation rules (JSON)")
    Path rewards;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file;
    Function<JsonNode, List<Problem>> validator;
    String what; // the kind of definition, as in the label keys validate.kind.*
    if (kind.workflow != null) {
      file = kind.workflow;
      what = "workflow";
      validator = dev.complaints.core.workflow.WorkflowDefinitions::problems;
    } else if (kind.calendar != null) {
      file = kind.calendar;
      what = "calendar";
      validator = dev.complaints.sla.calendar.BusinessCalendars::problems;
    } else if (kind.policy != null) {
      file = kind.policy;
      what = "policy";
      validator = dev.complaints.sla.policy.SlaPolicies::problems;
    } else if (kind.rubric != null) {
      file = kind.rubric;
      what = "rubric";
      validator = dev.complaints.scoring.rubric.Rubrics::problems;
    } else {
      file = kind.rewards;
      what = "rewards";
      validator = dev.complaints.scoring.penalty.RewardLadders::problems;
    }
    JsonNode root;
    try {
      root = readJson(file);
    } catch (BadInputException e) {
      ErrorLine.print(err, e.getMessage());
      return ComplaintCli.BAD_INPUT;
    }
    List<Problem> problems = validator.apply(root);
    if (problems.isEmpty()) {
      Labels labels = language.labels();
      out.println(labels.text("validate.valid", file, labels.text("validate.kind." + what)));
      return ComplaintCli.OK;
    }
    for (Problem p : problems) {
      out.println(Messages.shorten(ErrorLine.format(file.toString(), 0, ErrorLine.field(p.path()), p.message())));
    }
    out.println(language.labels().text(problems.size() == 1 ? "validate.problem" : "validate.problems", file,
        problems.size()));
    return ComplaintCli.PROBLEMS;
  }

  /**
   * Reads a whole file as one JSON document, within the limits of {@link InputFiles#readText}. Empty files and field names repeated within one object are errors
   * too (a repeated name would silently replace the first value).
   *
   * @param file the file
   * @return its JSON tree
   * @throws BadInputException naming the file, line, field (JSON path) and column when it cannot be read or is
   *     not JSON
   */
  static JsonNode readJson(Path file) {
    String text = InputFiles.readText(file); // within the size limit, UTF-8, without a byte-order mark
    try {
      return Json.readStrict(text);
    } catch (JsonProcessingException e) {
      throw notJson(file, e);
    }
  }

  /**
   * The error for a file that is not JSON, from the parser's parts: {@code file:3: field 'weekly': not valid
   * JSON: <what the parser says> (column 5)}.
   *
   * @param file the file
   * @param e the parser's error
   * @return the exception to throw
   */
  static BadInputException notJson(Object file, JsonProcessingException e) {
    var loc = e.getLocation();
    long line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    String column = loc == null || loc.getColumnNr() < 1 ? "" : " (column " + loc.getColumnNr() + ")";
    String what = String.valueOf(e.getOriginalMessage())
        .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]", "line $1, column $2")
        .replaceAll("\\s*\\[Source: [^\\]]*]", "")
        .replaceAll("(?s)\\s*\\n.*", "");
    return BadInputException.field(file, line, Json.path(e), "not valid JSON: " + what + column).because(e);
  }
}
