package dev.complaints.streams;

import static dev.complaints.conventions.ApiConventions.notNullMarked;
import static dev.complaints.conventions.ApiConventions.nullableComponents;
import static dev.complaints.conventions.ApiConventions.packagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): every package null-marked, nullables annotated. */
class NullMarkedPackagesTest {

  @Test
  void everyPackageIsNullMarked() {
    assertThat(packagesOf(ComplaintTopology.class)).containsExactly("dev.complaints.streams");
    assertThat(notNullMarked(ComplaintTopology.class)).isEmpty();
  }

  @Test
  void whatMayBeNullIsAnnotated() {
    assertThat(nullableComponents(AlertChange.class)).containsExactly("node");
  }

  /**
   * The module has no lookups, so no {@code Optional} in its public API. Checked here by hand: the shared check
   * reads the exports of a module descriptor, and this module is an automatic one (see its pom).
   */
  @Test
  void optionalIsNotPartOfTheApi() {
    List<String> found = new ArrayList<>();
    for (Class<?> c : List.of(ComplaintTopology.class, ComplaintTopologyConfig.class,
        ComplaintTopologyConfig.Builder.class, AlertChange.class)) {
      Stream.concat(Arrays.stream(c.getDeclaredMethods()), Arrays.stream(c.getDeclaredConstructors()))
          .filter(m -> Modifier.isPublic(m.getModifiers()))
          .filter(m -> mentionsOptional(m))
          .forEach(m -> found.add(c.getSimpleName() + "." + m.getName()));
    }
    assertThat(found).isEmpty();
  }

  private static boolean mentionsOptional(Executable m) {
    List<Type> types = new ArrayList<>(Arrays.asList(m.getGenericParameterTypes()));
    if (m instanceof java.lang.reflect.Method method) {
      types.add(method.getGenericReturnType());
    }
    return types.stream().anyMatch(t -> t.getTypeName().contains(Optional.class.getName()));
  }
}
