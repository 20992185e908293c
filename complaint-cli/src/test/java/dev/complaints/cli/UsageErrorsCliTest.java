package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * picocli's own usage errors in the tool's one style: {@code error: option '--x': <problem>} (lower case after
 * {@code error: }, the choices of an enum option listed), then where to find help; exit code 2.
 */
class UsageErrorsCliTest {

  private record Result(int code, String out, List<String> err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString().lines().toList());
  }

  private static void usage(String command, String firstLine, String... args) {
    Result r = run(args);
    assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ComplaintCli.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).as(String.join(" ", args))
        .containsExactly(firstLine, "try '" + command + " --help'");
  }

  @Test
  void valuesThatAreNotOneOfAnEnumsChoicesListTheChoices() {
    usage("complaint-cli score", "error: option '--format': 'xml' is not one of json, text",
        "score", "--tickets", "t.jsonl", "--period", "2026-10", "--format", "xml");
    usage("complaint-cli score", "error: option '--lang': 'fr' is not one of en, zh",
        "score", "--tickets", "t.jsonl", "--period", "2026-10", "--lang", "fr");
    usage("complaint-cli demo", "error: option '--lang': 'de' is not one of en, zh", "demo", "--lang", "de");
    usage("complaint-cli stats", "error: option '--format': 'csv' is not one of json, text",
        "stats", "--tickets", "t.jsonl", "--format", "csv");
  }

  @Test
  void enumChoicesIgnoreCaseAndAreListedInHelp() {
    Result upper = run("demo", "--lang", "ZH", "--format", "JSON", "--seed", "3");
    assertThat(upper.code()).as(String.join("\n", upper.err())).isZero();
    assertThat(upper.out()).startsWith("{");
    StringWriter help = new StringWriter();
    ComplaintCli.run(TestClocks.AFTER_THE_DATA, new PrintWriter(help), new PrintWriter(new StringWriter()),
        "score", "--help");
    assertThat(help.toString()).contains("output format: json, text (default: json)")
        .contains("en,", "zh (default: en)");
  }

  @Test
  void unknownMissingRepeatedAndExclusiveOptions() {
    usage("complaint-cli deadline", "error: option '--limt': not an option of 'complaint-cli deadline'; did you"
        + " mean '--limit'?", "deadline", "--calendar", "c.json", "--start", "2026-10-03T19:30:00+08:00",
        "--limt", "PT1H");
    usage("complaint-cli deadline", "error: option '--calendar': required, but not given", "deadline");
    usage("complaint-cli deadline", "error: option '--calendar': given more than once",
        "deadline", "--calendar", "a.json", "--calendar", "b.json");
    usage("complaint-cli deadline", "error: option '--calendar': needs a value (FILE)", "deadline", "--calendar");
    usage("complaint-cli validate", "error: options '--calendar', '--policy': give only one of them",
        "validate", "--calendar", "a.json", "--policy", "b.json");
    usage("complaint-cli validate",
        "error: options '--workflow', '--calendar', '--policy', '--rubric', '--rewards': give one of them",
        "validate");
    usage("complaint-cli calendar import", "error: parameter 'YEARFILE': required, but not given",
        "calendar", "import", "--id", "x", "--out", "y.json");
    usage("complaint-cli", "error: unexpected argument 'frobnicate' for 'complaint-cli'", "frobnicate");
    usage("complaint-cli", "error: unknown subcommand 'frobnicate'", "help", "frobnicate");
    usage("complaint-cli", "error: a subcommand is required");
    usage("complaint-cli calendar", "error: a subcommand is required: import", "calendar");
  }

  @Test
  void valuesOfTheWrongTypeAndTheCommandsOwnUsageErrors() {
    usage("complaint-cli demo", "error: option '--seed': 'abc' is not a whole number", "demo", "--seed", "abc");
    usage("complaint-cli stats", "error: option '--top': 'many' is not a whole number",
        "stats", "--tickets", "t.jsonl", "--top", "many");
    usage("complaint-cli demo", "error: option '--month': 'October' is not a month; expected YYYY-MM, for example"
        + " 2026-10", "demo", "--month", "October");
    usage("complaint-cli deadline", "error: options '--limit', '--working-days': give exactly one of them",
        "deadline", "--calendar", "c.json", "--start", "2026-10-03T19:30:00+08:00");
    usage("complaint-cli elapsed", "error: option '--batch': takes the cases from standard input; do not combine"
        + " it with --from or --to", "elapsed", "--calendar", "c.json", "--batch", "--from",
        "2026-10-03T19:30:00+08:00");
  }
}
