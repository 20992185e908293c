package dev.complaints.examples.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.workflow.WorkflowPresets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** The tokens file is checked whole at start, and the service does not start without one by accident. */
class CrmStartupTest {
  private static final List<String> ROLES = WorkflowPresets.mallTicket().roles();

  @TempDir Path dir;

  private Path file(String json) throws Exception {
    return Files.writeString(dir.resolve("tokens-" + System.nanoTime() + ".json"), json);
  }

  @Test
  void aValidFileGivesActorsWithTheirRoles() throws Exception {
    TokenRegistry tokens = TokenRegistry.load(file(
        "[{\"token\":\"0123456789abcdef\",\"actor\":\"desk-1\",\"roles\":[\"CUSTOMER_SERVICE\",\"IMPORT\"]}]"), ROLES);
    CrmUser user = tokens.find("0123456789abcdef").orElseThrow();
    assertThat(user.actor().id()).isEqualTo("desk-1");
    assertThat(user.actor().roles()).containsExactly("CUSTOMER_SERVICE", "IMPORT");
    assertThat(user.mayImport()).isTrue();
    assertThat(tokens.find("0123456789abcdeF")).isEmpty();
  }

  @Test
  void everyProblemIsNamedWithItsEntryAndField() throws Exception {
    String ok = "{\"token\":\"0123456789abcdef\",\"actor\":\"a\",\"roles\":[\"DISPATCHER\"]}";
    record Case(String json, String message) {}
    for (Case c : List.of(
        new Case("{}", "non-empty JSON array"),
        new Case("[]", "non-empty JSON array"),
        new Case("[{\"token\":", "not valid JSON"),
        new Case("[" + ok.replace("0123456789abcdef", "short") + "]", "entry 0: field 'token'"),
        new Case("[" + ok + "," + ok.replace("\"a\"", "\"b\"") + "]", "entry 1: field 'token' repeats"),
        new Case("[" + ok.replace("\"a\"", "\"has space\"") + "]", "entry 0: field 'actor'"),
        new Case("[" + ok.replace("DISPATCHER", "ADMIN") + "]", "entry 0: field 'roles' has \"ADMIN\""),
        new Case("[" + ok.replace("[\"DISPATCHER\"]", "[]") + "]", "entry 0: field 'roles'"),
        new Case("[" + ok.replace("}", ",\"admin\":true}") + "]", "entry 0: unknown field 'admin'"))) {
      Path f = file(c.json());
      assertThatThrownBy(() -> TokenRegistry.load(f, ROLES)).as(c.json())
          .isInstanceOf(CrmSettingsException.class).hasMessageContaining(c.message())
          .hasMessageContaining(f.toString());
    }
  }

  @Test
  void devTokensAreWrittenOnceAndReused() throws Exception {
    Path f = dir.resolve("dev/tokens.json");
    TokenRegistry.dev(f, ROLES);
    String first = Files.readString(f);
    TokenRegistry again = TokenRegistry.dev(f, ROLES);
    assertThat(Files.readString(f)).isEqualTo(first);
    String token = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(first).get(0)
        .get("token").asText();
    assertThat(again.find(token)).isPresent();
    assertThat(first).contains("dev-all");
  }

  @Test
  void withoutATokensFileTheServiceRefusesToStart() {
    assertThatThrownBy(() -> SpringApplication.run(CrmServer.class, "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:refuse;DB_CLOSE_DELAY=-1", "--complaints.sla.scheduler=false"))
        .hasStackTraceContaining("complaints.security.tokens-file");
  }
}
