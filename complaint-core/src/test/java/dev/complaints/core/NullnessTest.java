package dev.complaints.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.GradeScale;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import java.io.File;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): JSpecify, every package null-marked. */
class NullnessTest {

  /** The packages of the compiled main classes of the module that holds {@code anchor}. */
  static List<String> packagesOf(Class<?> anchor) throws Exception {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
          .map(p -> root.relativize(p.getParent()).toString().replace(File.separatorChar, '.'))
          .distinct().sorted().collect(Collectors.toList());
    }
  }

  /** The packages whose package-info is missing or not {@code @NullMarked}. */
  static List<String> notNullMarked(List<String> packages) {
    List<String> out = new ArrayList<>();
    for (String p : packages) {
      try {
        if (!Class.forName(p + ".package-info").isAnnotationPresent(NullMarked.class)) {
          out.add(p);
        }
      } catch (ClassNotFoundException e) {
        out.add(p + " (no package-info)");
      }
    }
    return out;
  }

  private static boolean nullable(AnnotatedElement type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  @Test
  void everyPackageIsNullMarked() throws Exception {
    List<String> packages = packagesOf(Complaint.class);
    assertThat(packages).contains("dev.complaints.core.command", "dev.complaints.core.event",
        "dev.complaints.core.internal", "dev.complaints.core.json", "dev.complaints.core.model",
        "dev.complaints.core.store", "dev.complaints.core.validation", "dev.complaints.core.workflow",
        "dev.complaints.core.workflow.internal");
    assertThat(notNullMarked(packages)).isEmpty();
  }

  @Test
  void theOwnNullableAnnotationIsGone() {
    assertThatThrownBy(() -> Class.forName("dev.complaints.core.model.Nullable"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void recordComponentsThatMayBeNullCarryJspecifyNullable() {
    Map<String, Boolean> byName = Arrays.stream(ReceiveComplaint.class.getRecordComponents())
        .collect(Collectors.toMap(RecordComponent::getName, c -> nullable(c.getAnnotatedType())));
    assertThat(byName).containsEntry("receivedAt", true).containsEntry("orgUnit", true)
        .containsEntry("grade", true).containsEntry("commandId", false).containsEntry("complainant", false)
        .containsEntry("remediesSought", false);
  }

  @Test
  void returnsAndParametersThatMayBeNullCarryJspecifyNullable() throws Exception {
    assertThat(nullable(Complaint.class.getMethod("grade").getAnnotatedReturnType())).isTrue();
    assertThat(nullable(Complaint.class.getMethod("node").getAnnotatedReturnType())).isTrue();
    assertThat(nullable(Complaint.class.getMethod("id").getAnnotatedReturnType())).isFalse();
    var decide = WorkflowEngine.class.getMethod("decide", Complaint.class,
        dev.complaints.core.command.Command.class);
    assertThat(nullable(decide.getAnnotatedParameterTypes()[0])).isTrue();
    assertThat(nullable(decide.getAnnotatedParameterTypes()[1])).isFalse();
    assertThat(nullable(decide.getAnnotatedReturnType())).isFalse();
  }

  @Test
  void optionalIsTheReturnTypeOfLookupsOnly() throws Exception {
    assertThat(WorkflowDefinition.class.getMethod("node", String.class).getReturnType()).isEqualTo(Optional.class);
    assertThat(GradeScale.class.getMethod("next", dev.complaints.core.model.Grade.class).getReturnType())
        .isEqualTo(Optional.class);
    List<String> optionalComponents = new ArrayList<>();
    for (String p : packagesOf(Complaint.class)) {
      if (p.endsWith(".internal")) {
        continue;
      }
      for (Class<?> c : classesIn(p)) {
        if (c.isRecord()) {
          Arrays.stream(c.getRecordComponents()).filter(rc -> rc.getType() == Optional.class)
              .map(rc -> c.getSimpleName() + "." + rc.getName()).forEach(optionalComponents::add);
        }
      }
    }
    assertThat(optionalComponents).isEmpty();
  }

  private static List<Class<?>> classesIn(String pkg) throws Exception {
    Path root = Path.of(Complaint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(pkg.replace('.', File.separatorChar));
    Function<Path, Class<?>> load = p -> {
      String name = p.getFileName().toString();
      try {
        return Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    };
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class") && !p.toString().contains("package-info"))
          .map(load).collect(Collectors.toList());
    }
  }

  @Test
  void noOptionalOutsideLookupsInTheExportedApi() throws Exception {
    // lookups that may find nothing keep Optional; every other absent value is a @Nullable type
    Set<String> lookups = Set.of(
        "WorkflowDefinition.node",
        "CategoryTaxonomy.find",
        "RootCauseTaxonomy.find",
        "GradeScale.next",
        "Routing.route",
        "Routing.rule",
        "WorkflowEngine.route",
        "WorkflowEngine.routedDispatch");
    assertThat(optionalOutsideLookups(Complaint.class, lookups)).isEmpty();
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
