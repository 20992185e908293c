package dev.complaints.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shell session of the README's command-line tour ({@code $ complaint-cli …} lines and the output shown
 * under them) against the files {@code demo --export} writes, so the README cannot drift from the tool.
 */
class ReadmeTourTest {
  private static final String PROMPT = "    $ ";
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern LOCAL =
      Pattern.compile("(?<![\\w./-])(month/|complaint-sla/|bad\\.json|2027\\.json|cn-2024-2027\\.json)");

  private static final Pattern HEAD = Pattern.compile("\\s*\\|\\s*head -n (\\d+)$");

  /**
   * One command of the tour: its standard input, arguments, the file it writes first, whether the exit code is
   * shown, how many lines of its output are shown ({@code | head -n N}; all when negative), and the output
   * shown.
   */
  record Step(String command, String stdin, List<String> args, String writes, String writeText, boolean echoExit,
      int head, List<String> expected) {}

  @Test
  void theTourPrintsWhatTheReadmeShows(@TempDir Path tmp) throws IOException {
    List<Step> steps = steps(Files.readAllLines(readme()));
    assertThat(steps).as("commands of the README tour").hasSizeGreaterThanOrEqualTo(6);

    Path month = tmp.resolve("month");
    assertThat(run("", List.of("demo", "--export", month.toString())).code).isZero();
    for (Step step : steps) {
      if (step.writes != null) {
        Files.writeString(tmp.resolve(step.writes), step.writeText + "\n");
      }
      List<String> args = step.args.stream().map(a -> local(a, tmp)).toList();
      Outcome outcome = run(step.stdin, args);
      // as a terminal shows them: what goes to standard error (warnings, errors) is printed before the result
      List<String> shown = new ArrayList<>(lines(outcome.err));
      List<String> out = lines(outcome.out);
      shown.addAll(step.head < 0 ? out : out.subList(0, Math.min(step.head, out.size())));
      if (step.echoExit) {
        shown.add("exit " + outcome.code);
      } else if (step.stdin.isEmpty()) {
        assertThat(outcome.code).as(step.command + "\n" + outcome.err).isZero();
      }
      List<String> expected = step.expected.stream().map(l -> local(l, tmp)).toList();
      assertThat(shown).as(step.command).containsExactlyElementsOf(expected);
    }
  }

  /**
   * The tour's own files ({@code month/…}, {@code bad.json}, {@code 2027.json}, {@code cn-2024-2027.json}) inside
   * the test's folder, and the project's {@code complaint-sla/…} files where they are.
   */
  private static String local(String text, Path tmp) {
    Matcher m = LOCAL.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      Path where = name.equals("complaint-sla/") ? readme().getParent() : tmp;
      String replacement = name.endsWith("/")
          ? where.resolve(name.substring(0, name.length() - 1)) + tmp.getFileSystem().getSeparator()
          : where.resolve(name).toString();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static List<Step> steps(List<String> readme) {
    List<Step> steps = new ArrayList<>();
    String pendingWrite = null;
    String pendingText = null;
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (!line.startsWith(PROMPT)) {
        continue;
      }
      String command = line.substring(PROMPT.length());
      while (command.endsWith("\\")) {
        command = command.substring(0, command.length() - 1) + readme.get(++i).trim();
      }
      if (command.startsWith("echo '") && command.contains("' > ")) {
        pendingText = command.substring("echo '".length(), command.lastIndexOf("' > "));
        pendingWrite = command.substring(command.lastIndexOf("' > ") + 4).trim();
        continue;
      }
      String stdin = "";
      if (command.startsWith("printf '%s\\n' ")) {
        String data = command.substring(0, command.indexOf("| complaint-cli"));
        Matcher m = QUOTED.matcher(data.substring("printf '%s\\n' ".length()));
        StringBuilder in = new StringBuilder();
        while (m.find()) {
          in.append(m.group(1)).append('\n');
        }
        stdin = in.toString();
        command = command.substring(command.indexOf("complaint-cli"));
      }
      boolean echoExit = command.endsWith("; echo \"exit $?\"");
      if (echoExit) {
        command = command.substring(0, command.indexOf(';'));
      }
      int head = -1;
      Matcher h = HEAD.matcher(command);
      if (h.find()) {
        head = Integer.parseInt(h.group(1));
        command = command.substring(0, h.start());
      }
      assertThat(command).as("README tour line " + (i + 1)).startsWith("complaint-cli ");
      List<String> args = List.of(command.substring("complaint-cli ".length()).trim().split("\\s+"));
      List<String> expected = new ArrayList<>();
      while (i + 1 < readme.size()) {
        if (output(readme, i + 1)) {
          expected.add(readme.get(++i).substring(4));
        } else if (readme.get(i + 1).isEmpty() && i + 2 < readme.size() && output(readme, i + 2)) {
          expected.add(""); // an empty line of the output, inside the same indented block
          i++;
        } else {
          break;
        }
      }
      steps.add(new Step(command, stdin, args, pendingWrite, pendingText, echoExit, head, expected));
      pendingWrite = null;
      pendingText = null;
    }
    return steps;
  }

  /** Whether a README line is shown output: indented as code, and not a command. */
  private static boolean output(List<String> readme, int i) {
    return readme.get(i).startsWith("    ") && !readme.get(i).startsWith(PROMPT);
  }

  private static Path readme() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("complaint-cli"))) {
        return p.resolve("README.md");
      }
    }
    throw new IllegalStateException("README.md of the project not found above " + Path.of("").toAbsolutePath());
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String stdin, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ComplaintCli.run(TestClocks.AFTER_THE_DATA, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Outcome(code, out.toString(), err.toString());
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }
}
