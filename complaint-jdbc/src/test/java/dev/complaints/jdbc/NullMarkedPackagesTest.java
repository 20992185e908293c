package dev.complaints.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  static List<String> optionalOutsideLookups(Class<?> anchor, Set<String> lookups) throws Exception {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    List<String> found = new ArrayList<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      Path dir = root.resolve(e.source().replace('.', File.separatorChar));
      List<Path> classFiles;
      try (Stream<Path> files = Files.list(dir)) {
        classFiles = files.filter(p -> p.getFileName().toString().endsWith(".class")
            && !p.getFileName().toString().equals("module-info.class")
            && !p.getFileName().toString().equals("package-info.class")).sorted().collect(Collectors.toList());
      }
      for (Path p : classFiles) {
        String file = p.getFileName().toString();
        Class<?> c = Class.forName(e.source() + "." + file.substring(0, file.length() - ".class".length()), false,
            anchor.getClassLoader());
        if (!isPublicApi(c)) {
          continue;
        }
        String name = c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
        if (c.isRecord()) {
          Arrays.stream(c.getRecordComponents()).filter(rc -> rc.getType() == Optional.class)
              .forEach(rc -> found.add(name + "." + rc.getName() + " (component)"));
        }
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isPublic(f.getModifiers()) && f.getType() == Optional.class) {
            found.add(name + "." + f.getName() + " (field)");
          }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (Modifier.isPublic(k.getModifiers()) && Arrays.asList(k.getParameterTypes()).contains(Optional.class)) {
            found.add(name + ".<init> (parameter)");
          }
        }
        for (Method m : c.getDeclaredMethods()) {
          if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
            continue;
          }
          if (Arrays.asList(m.getParameterTypes()).contains(Optional.class)) {
            found.add(name + "." + m.getName() + " (parameter)");
          }
          if (m.getReturnType() == Optional.class && !lookups.contains(name + "." + m.getName())) {
            found.add(name + "." + m.getName() + " (return)");
          }
        }
      }
    }
    return found;
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
