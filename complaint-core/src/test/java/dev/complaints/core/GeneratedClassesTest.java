package dev.complaints.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.internal.Folding;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Immutables-generated implementations are not part of the API: a host cannot build a complaint state of its
 * own, it gets states from the engine's fold of events.
 */
class GeneratedClassesTest {

  @Test
  void theGeneratedComplaintAndItsBuilderAreNotPublic() throws Exception {
    Class<?> impl = Class.forName("dev.complaints.core.model.ImmutableComplaint");
    assertThat(Complaint.class.isAssignableFrom(impl)).isTrue();
    assertThat(Modifier.isPublic(impl.getModifiers())).isFalse();
    Class<?> builder = Class.forName("dev.complaints.core.model.ImmutableComplaint$Builder");
    assertThat(Modifier.isPublic(builder.getModifiers())).isFalse();
  }

  @Test
  void noGeneratedClassOfTheModuleIsPublic() throws Exception {
    Path root = Path.of(Complaint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> generated;
    try (Stream<Path> files = Files.walk(root)) {
      generated = files.map(p -> root.relativize(p).toString())
          .filter(p -> p.endsWith(".class")
              && p.substring(p.lastIndexOf(File.separatorChar) + 1).startsWith("Immutable"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace(File.separatorChar, '.'))
          .collect(Collectors.toList());
    }
    assertThat(generated).contains("dev.complaints.core.model.ImmutableComplaint");
    for (String name : generated) {
      assertThat(Modifier.isPublic(Class.forName(name).getModifiers())).as(name).isFalse();
    }
  }

  @Test
  void complaintOffersNoWayToBuildOrCopyAState() {
    for (Constructor<?> c : Complaint.class.getDeclaredConstructors()) {
      assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())).isFalse();
    }
    List<String> factories = Arrays.stream(Complaint.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) || m.getName().matches("with[A-Z].*"))
        .map(Method::getName).collect(Collectors.toList());
    assertThat(factories).isEmpty();
  }

  @Test
  void statesComeFromTheEnginesFoldAndRoundTripThroughJson() throws Exception {
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
    Complaint c = engine.replay(engine.open(Fixtures.receive("C-1", "SAFETY")));
    assertThat(c.getClass().getName()).isEqualTo("dev.complaints.core.model.ImmutableComplaint");
    assertThat(c.node()).isEqualTo("ACCEPTANCE");
    assertThat(c.version()).isEqualTo(2);
    var mapper = Json.mapper();
    assertThat(mapper.readValue(mapper.writeValueAsString(c), Complaint.class)).isEqualTo(c);
  }

  @Test
  void onlyTheModelPackageMayInstallTheFold() {
    assertThatThrownBy(() -> Folding.install((complaint, event) -> complaint))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev.complaints.core.model.Fold only");
  }
}
