package dev.complaints.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors, picocli's own included, in the tool's one error style ({@link ErrorLine}):
 * {@code option '--seed': 'abc' is not a whole number}, {@code option '--format': 'xml' is not one of json, text},
 * {@code option '--calendar': required, but not given}.
 */
final class UsageErrors {
  private static final Pattern OPTION_NAME = Pattern.compile("(?<![\\w-])--[A-Za-z][\\w-]*");
  private static final Pattern INVALID_VALUE = Pattern.compile("^Invalid value for (?:option|positional parameter)"
      + " '[^']*'(?: \\([^)]*\\))?: (.*)$", Pattern.DOTALL);

  private UsageErrors() {}

  /**
   * A usage error of a command, naming the options at fault.
   *
   * @param commandLine the command
   * @param options the options, for example {@code --limit} and {@code --working-days}
   * @param problem what is wrong
   * @return the exception to throw
   */
  static ParameterException of(CommandLine commandLine, List<String> options, String problem) {
    return new Usage(commandLine, options, problem);
  }

  /** A usage error raised by a command itself, with the options it is about. */
  static final class Usage extends ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> options;
    private final String problem;

    Usage(CommandLine commandLine, List<String> options, String problem) {
      super(commandLine, ErrorLine.format(null, 0, options.isEmpty() ? null : ErrorLine.options(options), problem));
      this.options = List.copyOf(options);
      this.problem = problem;
    }
  }

  /**
   * The text after {@code error: } for a usage error.
   *
   * @param ex the error
   * @return the text
   */
  static String describe(ParameterException ex) {
    if (ex instanceof Usage u) {
      return ErrorLine.format(null, 0, u.options.isEmpty() ? null : ErrorLine.options(u.options), u.problem);
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      return missing(m);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return unmatched(u);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return ErrorLine.format(null, 0, subject(o.getOverwritten()), "given more than once");
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      List<String> names = optionNames(ex.getMessage());
      if (!names.isEmpty()) {
        return ErrorLine.format(null, 0, ErrorLine.options(names), "give only one of them");
      }
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null) {
      String problem = invalidValue(arg, ex);
      if (problem != null) {
        return ErrorLine.format(null, 0, subject(arg), problem);
      }
    }
    return ErrorLine.format(null, 0, null, withoutErrorPrefix(ex.getMessage()));
  }

  private static String missing(CommandLine.MissingParameterException m) {
    List<ArgSpec> missing = m.getMissing() == null ? List.of() : m.getMissing();
    String message = String.valueOf(m.getMessage());
    if (missing.size() == 1 && message.startsWith("Missing required parameter for ")) {
      // the option was given without its value
      ArgSpec a = missing.get(0);
      return ErrorLine.format(null, 0, subject(a), "needs a value (" + a.paramLabel() + ")");
    }
    if (missing.isEmpty()) {
      return ErrorLine.format(null, 0, null, withoutErrorPrefix(message));
    }
    boolean exclusive = missing.stream().allMatch(a -> a.group() != null && a.group().exclusive());
    if (missing.size() > 1 && exclusive) {
      return ErrorLine.format(null, 0, subjects(missing), "give one of them");
    }
    return ErrorLine.format(null, 0, subjects(missing), "required, but not given");
  }

  private static String unmatched(CommandLine.UnmatchedArgumentException u) {
    List<String> args = u.getUnmatched();
    String command = u.getCommandLine().getCommandSpec().qualifiedName();
    if (args.isEmpty()) {
      return ErrorLine.format(null, 0, null, withoutErrorPrefix(u.getMessage()));
    }
    String first = Messages.cut(args.get(0));
    if (u.isUnknownOption()) {
      List<String> suggestions = u.getSuggestions();
      return ErrorLine.format(null, 0, "option '" + first + "'", "not an option of '" + command + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean " + suggestions.stream().limit(3)
              .map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?"));
    }
    return ErrorLine.format(null, 0, null, "unexpected argument '" + first + "' for '" + command + "'");
  }

  /** The problem with an option's value, or null when picocli's message says nothing about one. */
  private static String invalidValue(ArgSpec arg, ParameterException ex) {
    String value = ex.getValue();
    Class<?> type = arg.type();
    if (value != null && type != null && type.isEnum()) {
      List<String> allowed = new ArrayList<>();
      Iterable<String> candidates = arg.completionCandidates();
      if (candidates != null) {
        StreamSupport.stream(candidates.spliterator(), false).forEach(allowed::add);
      }
      return "'" + Messages.cut(value) + "' is not one of " + String.join(", ", allowed);
    }
    if (value != null && isWhole(type)) {
      return "'" + Messages.cut(value) + "' is not a whole number";
    }
    Matcher m = INVALID_VALUE.matcher(String.valueOf(ex.getMessage()));
    return m.matches() ? m.group(1) : null;
  }

  private static boolean isWhole(Class<?> type) {
    return type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class;
  }

  private static String subjects(List<ArgSpec> args) {
    if (args.stream().allMatch(ArgSpec::isOption)) {
      return ErrorLine.options(args.stream().map(a -> ((OptionSpec) a).longestName()).toList());
    }
    return args.stream().map(UsageErrors::subject).collect(Collectors.joining(", "));
  }

  private static String subject(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return ErrorLine.options(List.of(o.longestName()));
    }
    if (a instanceof PositionalParamSpec p) {
      return "parameter '" + p.paramLabel() + "'";
    }
    return null;
  }

  private static List<String> optionNames(String message) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = OPTION_NAME.matcher(String.valueOf(message));
    while (m.find()) {
      names.add(m.group());
    }
    return List.copyOf(names);
  }

  /** picocli's own wording without its {@code Error: } prefix and final full stop. */
  private static String withoutErrorPrefix(String message) {
    String m = String.valueOf(message);
    m = m.startsWith("Error: ") ? m.substring("Error: ".length()) : m;
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }
}
