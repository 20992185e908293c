package dev.complaints.scoring;

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
        dev.complaints.scoring.record.TicketRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> packages;
    try (Stream<Path> files = Files.walk(root)) {
      packages = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
          .map(p -> root.relativize(p.getParent()).toString().replace(File.separatorChar, '.'))
          .distinct().sorted().collect(Collectors.toList());
    }
    assertThat(packages).contains("dev.complaints.scoring.metrics", "dev.complaints.scoring.penalty",
        "dev.complaints.scoring.period", "dev.complaints.scoring.record", "dev.complaints.scoring.rubric",
        "dev.complaints.scoring.scorecard", "dev.complaints.scoring.stats");
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
    for (var c : dev.complaints.scoring.penalty.PenaltyDecision.class.getRecordComponents()) {
      boolean expected = c.getName().equals("unit") || c.getName().equals("region");
      assertThat(c.getAnnotatedType().isAnnotationPresent(Nullable.class)).as(c.getName()).isEqualTo(expected);
    }
    var region = dev.complaints.scoring.record.TicketRecord.Builder.class.getMethod("region", String.class);
    assertThat(region.getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class)).isTrue();
  }
}
