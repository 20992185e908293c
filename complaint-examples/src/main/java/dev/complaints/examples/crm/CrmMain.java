package dev.complaints.examples.crm;

import dev.complaints.examples.ManifestVersion;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the CRM integration example until interrupted.
 *
 * <pre>
 * java -cp complaint-cli.jar dev.complaints.examples.crm.CrmMain [--db JDBC-URL] [--port N] [--table NAME]
 *     [--unknown-years weekly|refuse]
 * </pre>
 *
 * <p>Without {@code --db} the events go to an embedded H2 file database in {@code ./complaints-db}. The
 * default port is 8080 (on 127.0.0.1 only).
 */
@Command(
    name = "CrmMain",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
      "Runs the CRM integration example: an HTTP API on 127.0.0.1 that takes complaint commands, keeps the events"
          + " in a database through JDBC, and logs each new yellow or red SLA light.",
      "Runs until interrupted (Ctrl-C). Exit codes: 2 bad option."
    })
public final class CrmMain implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "JDBC-URL",
      description = "database for the events (default: H2 file database in ./complaints-db)")
  String url;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "HTTP port on 127.0.0.1, 0..65535 (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--table", paramLabel = "NAME", defaultValue = JdbcComplaintStore.DEFAULT_TABLE,
      description = "event table (default: ${DEFAULT-VALUE})")
  String table;

  @Option(names = "--unknown-years", paramLabel = "weekly|refuse", defaultValue = "weekly",
      description = "working days past the bundled holiday data (2026-12-31): weekly (default for this"
          + " long-running service, logged at start) follows Monday to Friday alone; refuse leaves such lights"
          + " uncomputed and reports the complaints as unanswerable")
  String unknownYears;

  @Option(names = "--strict-calendars", hidden = true, description = "the same as --unknown-years refuse")
  boolean strictCalendars;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  CrmMain() {}

  /**
   * Starts the application.
   *
   * @param args {@code --db URL}, {@code --port N}, {@code --table NAME}, {@code --unknown-years weekly|refuse}
   */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new CrmMain());
    cli.setParameterExceptionHandler((ex, ignored) -> {
      ex.getCommandLine().getErr().println("error: " + ex.getMessage() + "; try 'CrmMain --help'");
      return 2;
    });
    int code = cli.execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The policy the options choose: mall-ticket with the choice for dates past the holiday data. */
  SlaPolicy policy() {
    UnknownYears choice = UnknownYears.parse(unknownYears).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "--unknown-years: '" + unknownYears + "' is not one of " + UnknownYears.allowed()));
    if (strictCalendars) {
      choice = UnknownYears.REFUSE;
    }
    return SlaPolicies.mallTicket().toBuilder().unknownYears(choice).build();
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not in 0..65535");
    }
    SlaPolicy policy = policy();
    Database db = url == null ? Database.defaultH2() : Database.of(url);
    CrmApplication app = CrmApplication.start(new CrmApplication.Config(db, table, port, Clock.systemUTC(), true,
        policy));
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      db.close();
      stop.countDown();
    }));
    stop.await();
    return 0;
  }
}
