package dev.complaints.examples.crm;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the CRM integration example until interrupted.
 *
 * <pre>
 * java -cp complaint-cli.jar dev.complaints.examples.crm.CrmMain [--db JDBC-URL] [--port N] [--table NAME]
 * </pre>
 *
 * <p>Without {@code --db} the events go to an embedded H2 file database in {@code ./complaints-db}. The
 * default port is 8080 (on 127.0.0.1 only).
 */
public final class CrmMain {
  private CrmMain() {}

  /**
   * Starts the application.
   *
   * @param args {@code --db URL}, {@code --port N}, {@code --table NAME}
   * @throws InterruptedException when interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
    String url = null;
    int port = 8080;
    String table = JdbcComplaintStore.DEFAULT_TABLE;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--db" -> url = require(a, value);
        case "--port" -> port = Integer.parseInt(require(a, value));
        case "--table" -> table = require(a, value);
        case "--help", "-h" -> {
          System.out.println("usage: CrmMain [--db JDBC-URL] [--port N] [--table NAME]");
          return;
        }
        default -> {
          System.err.println("error: unknown option " + a + "; usage: CrmMain [--db JDBC-URL] [--port N] [--table NAME]");
          System.exit(2);
        }
      }
      i++;
    }
    Database db = url == null ? Database.defaultH2() : Database.of(url);
    CrmApplication app = CrmApplication.start(new CrmApplication.Config(db, table, port, Clock.systemUTC(), true));
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      db.close();
      stop.countDown();
    }));
    stop.await();
  }

  private static String require(String option, String value) {
    if (value == null) {
      System.err.println("error: " + option + " needs a value");
      System.exit(2);
    }
    return value;
  }
}
