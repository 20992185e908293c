package dev.complaints.scoring;

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

  @Test
  void optionalIsTheReturnTypeOfLookupsOnly() throws Exception {
    // lookups that may find nothing keep Optional; every other absent value is a @Nullable type
    Set<String> lookups = Set.of(
        "Statistics.unit",
        "PeriodReport.unit",
        "PeriodReport.region",
        "QuarterReport.unit",
        "QuarterReport.region",
        "RateMetric.ofCode",
        "Finding.ofCode");
    assertThat(optionalOutsideLookups(dev.complaints.scoring.record.TicketRecord.class, lookups)).isEmpty();
    for (Class<?> record : List.of(dev.complaints.scoring.record.TicketRecord.class,
        dev.complaints.scoring.record.StageRecord.class, dev.complaints.scoring.record.UnitInputs.class,
        dev.complaints.scoring.record.ReturnVisitRecord.class, dev.complaints.scoring.metrics.TicketOutcome.class,
        dev.complaints.scoring.metrics.HandlingTime.class, dev.complaints.scoring.metrics.UnitMetrics.class,
        dev.complaints.scoring.scorecard.MonthlyScorecard.class)) {
      assertThat(Arrays.stream(record.getRecordComponents())
          .filter(rc -> !rc.getType().isPrimitive() && !rc.getAnnotatedType().isAnnotationPresent(Nullable.class))
          .map(rc -> rc.getName()))
          .as(record.getSimpleName()).doesNotContain("region", "returnVisit", "closedAt", "leftAt", "calls",
              "result", "timeToClose", "medianMinutes", "p90Minutes");
    }
    assertThat(dev.complaints.scoring.scorecard.Scorer.class.getMethod("policy").getAnnotatedReturnType()
        .isAnnotationPresent(Nullable.class)).isTrue();
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
