package dev.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): every package null-marked, nullables annotated. */
class NullMarkedPackagesTest {

  @Test
  void everyPackageIsNullMarked() throws Exception {
    Path root = Path.of(
        dev.complaints.sla.AlertLevel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> packages;
    try (Stream<Path> files = Files.walk(root)) {
      packages = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
          .map(p -> root.relativize(p.getParent()).toString().replace(File.separatorChar, '.'))
          .distinct().sorted().collect(Collectors.toList());
    }
    assertThat(packages).contains("dev.complaints.sla", "dev.complaints.sla.calendar",
        "dev.complaints.sla.calendar.internal", "dev.complaints.sla.policy", "dev.complaints.sla.policy.internal",
        "dev.complaints.sla.timer", "dev.complaints.sla.tracker");
    List<String> unmarked = new ArrayList<>();
    for (String p : packages) {
      try {
        if (!Class.forName(p + ".package-info").isAnnotationPresent(NullMarked.class)) {
          unmarked.add(p);
        }
      } catch (ClassNotFoundException e) {
        unmarked.add(p + " (no package-info)");
      }
    }
    assertThat(unmarked).isEmpty();
  }

  @Test
  void whatMayBeNullIsAnnotated() throws Exception {
    var of = dev.complaints.sla.timer.StageVisit.class.getMethod("of", String.class,
        dev.complaints.core.model.Grade.class, java.time.Instant.class, java.time.Instant.class);
    assertThat(of.getAnnotatedParameterTypes()[3].isAnnotationPresent(Nullable.class)).as("leftAt").isTrue();
    assertThat(of.getAnnotatedParameterTypes()[2].isAnnotationPresent(Nullable.class)).as("enteredAt").isFalse();
    var limit = dev.complaints.sla.policy.Limit.class.getMethod("ofDuration",
        dev.complaints.sla.policy.ClockKind.class, String.class, java.time.Duration.class);
    assertThat(limit.getAnnotatedParameterTypes()[1].isAnnotationPresent(Nullable.class)).as("calendar").isTrue();
  }
}
