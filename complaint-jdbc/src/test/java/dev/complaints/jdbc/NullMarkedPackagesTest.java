package dev.complaints.jdbc;

import static dev.complaints.conventions.ApiConventions.packagesOf;
import static dev.complaints.conventions.ApiConventions.notNullMarked;
import static dev.complaints.conventions.ApiConventions.optionalOutsideLookups;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): every package null-marked, nullables annotated. */
class NullMarkedPackagesTest {

  @Test
  void everyPackageIsNullMarked() {
    assertThat(packagesOf(dev.complaints.jdbc.JdbcComplaintStore.class)).contains("dev.complaints.jdbc");
    assertThat(notNullMarked(dev.complaints.jdbc.JdbcComplaintStore.class)).isEmpty();
  }

  @Test
  void whatMayBeNullIsAnnotated() throws Exception {
    var sqlState = ComplaintStoreUnavailableException.class.getMethod("sqlState");
    assertThat(sqlState.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isTrue();
    assertThat(new ComplaintStoreUnavailableException("read complaint C-1", null).sqlState()).isNull();
    var operation = ComplaintStoreUnavailableException.class.getMethod("operation");
    assertThat(operation.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)).isFalse();
  }

  @Test
  void optionalIsTheReturnTypeOfLookupsOnly() throws Exception {
    // lookups that may find nothing keep Optional; every other absent value is a @Nullable type
    Set<String> lookups = Set.of(
        "JdbcComplaintStore.summary",
        "JdbcComplaintStore.command",
        "JdbcComplaintStore.nextChangeAt",
        "JdbcComplaintStore.refreshNextChange");
    assertThat(optionalOutsideLookups(dev.complaints.jdbc.JdbcComplaintStore.class, lookups)).isEmpty();
    assertThat(Arrays.stream(ComplaintSummary.class.getRecordComponents())
        .filter(rc -> rc.getAnnotatedType().isAnnotationPresent(Nullable.class)).map(rc -> rc.getName()))
        .containsExactly("node", "grade", "unit", "nextChangeAt");
  }

  /**
   * Where the API uses {@code Optional} outside the return type of a lookup: public record components, public
   * fields, public constructor and method parameters, public method return types of the exported packages.
   *
   * @param anchor a class of the module
   * @param lookups the lookups allowed to return an {@code Optional}, as {@code SimpleName.method}
   * @return the offending members, as {@code SimpleName.member}
   */

}
