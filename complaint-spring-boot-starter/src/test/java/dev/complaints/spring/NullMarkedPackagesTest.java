package dev.complaints.spring;

import static dev.complaints.conventions.ApiConventions.packagesOf;
import static dev.complaints.conventions.ApiConventions.notNullMarked;
import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): every package null-marked, nullables annotated. */
class NullMarkedPackagesTest {

  @Test
  void everyPackageIsNullMarked() {
    assertThat(packagesOf(dev.complaints.spring.ComplaintCommands.class)).contains("dev.complaints.spring");
    assertThat(notNullMarked(dev.complaints.spring.ComplaintCommands.class)).isEmpty();
  }

  @Test
  void whatMayBeNullIsAnnotated() throws Exception {
    var get = ComplaintsProperties.class.getMethod("getWorkflow");
    assertThat(get.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
    assertThat(new ComplaintsProperties().getWorkflow()).isNull();
    var find = ComplaintCommands.class.getMethod("find", String.class);
    assertThat(find.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isFalse();
  }
}
