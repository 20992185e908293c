package dev.complaints.examples.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx is durable: the service runs in a child JVM with the shipped settings (H2 file database in
 * ./complaints-db of its working folder), is killed with SIGKILL right after each 201 and started again on the
 * same files; every acknowledged complaint is there.
 */
class CrmServerKillTest {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path dir;

  @Test
  void everyAcknowledgedComplaintSurvivesKill9() throws Exception {
    Path tokens = TestTokens.write(dir.resolve("config"));
    List<String> acknowledged = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      int port = freePort();
      Process server = start(tokens, port, "run-" + round);
      try {
        Http http = new Http(port);
        awaitHealthy(http, server);
        for (String id : acknowledged) {
          assertThat(http.get("/complaints/" + id, TestTokens.DESK).statusCode()).as(id).isEqualTo(200);
        }
        HttpResponse<String> created = http.post("/complaints", TestTokens.DESK, Http.INTAKE);
        if (created.statusCode() == 201) {
          server.destroyForcibly();
          acknowledged.add(Http.json(created).get("id").asText());
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      } finally {
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
    }
    assertThat(acknowledged).hasSize(3);
  }

  private Process start(Path tokens, int port, String log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), CrmServer.class.getName(), "--server.port=" + port,
        "--complaints.security.tokens-file=" + tokens, "--complaints.sla.scheduler=false");
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve(log + ".log").toFile()).start();
  }

  private void awaitHealthy(Http http, Process server) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("the service stopped: " + logs());
      }
      try {
        if (http.get("/actuator/health", null).statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not start within " + START_TIMEOUT + ": " + logs());
  }

  private String logs() throws IOException {
    StringBuilder b = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
        b.append(Files.readString(p));
      }
    }
    return b.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
