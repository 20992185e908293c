package dev.complaints.jdbc;

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
        dev.complaints.jdbc.JdbcComplaintStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> packages;
    try (Stream<Path> files = Files.walk(root)) {
      packages = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
          .map(p -> root.relativize(p.getParent()).toString().replace(File.separatorChar, '.'))
          .distinct().sorted().collect(Collectors.toList());
    }
    assertThat(packages).contains("dev.complaints.jdbc");
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
    var sqlState = ComplaintStoreUnavailableException.class.getMethod("sqlState");
    assertThat(sqlState.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
    assertThat(new ComplaintStoreUnavailableException("read complaint C-1", null).sqlState()).isNull();
    var operation = ComplaintStoreUnavailableException.class.getMethod("operation");
    assertThat(operation.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isFalse();
  }
}
