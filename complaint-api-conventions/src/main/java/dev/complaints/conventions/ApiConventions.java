package dev.complaints.conventions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
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

/**
 * The null convention of the library's API (docs/core.md, "Nulls"), checked by reflection over a module's compiled
 * classes: every package is {@code @NullMarked}, what may be null is {@code @Nullable}, and {@code Optional} is only
 * the return type of lookups. Each library module's tests call these with a class of the module.
 */
public final class ApiConventions {
  private ApiConventions() {}

  /**
   * The packages of the compiled main classes of the module that holds {@code anchor}.
   *
   * @param anchor a class of the module
   * @return the package names, sorted
   */
  public static List<String> packagesOf(Class<?> anchor) {
    Path root = classesOf(anchor);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> isClassFile(p) && !p.getFileName().toString().equals("module-info.class"))
          .map(p -> root.relativize(p.getParent()).toString().replace(File.separatorChar, '.'))
          .distinct().sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The packages of the module that holds {@code anchor} whose package-info is missing or not {@code @NullMarked}.
   *
   * @param anchor a class of the module
   * @return the packages, with " (no package-info)" where there is none
   */
  public static List<String> notNullMarked(Class<?> anchor) {
    List<String> out = new ArrayList<>();
    for (String p : packagesOf(anchor)) {
      try {
        if (!Class.forName(p + ".package-info", false, anchor.getClassLoader()).isAnnotationPresent(NullMarked.class)) {
          out.add(p);
        }
      } catch (ClassNotFoundException e) {
        out.add(p + " (no package-info)");
      }
    }
    return out;
  }

  /**
   * Where the module that holds {@code anchor} uses {@code Optional} outside the return type of a lookup: public
   * record components, public fields, public constructor and method parameters and public method return types of
   * the packages its module descriptor exports.
   *
   * @param anchor a class of the module
   * @param lookups the lookups allowed to return an {@code Optional}, as {@code SimpleName.method}
   * @return the offending members, as {@code SimpleName.member (kind)}
   */
  public static List<String> optionalOutsideLookups(Class<?> anchor, Set<String> lookups) {
    Path root = classesOf(anchor);
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> found = new ArrayList<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      if (!e.isQualified()) {
        for (Class<?> c : classesIn(anchor, root, e.source())) {
          if (isPublicApi(c)) {
            optionalsOf(c, lookups, found);
          }
        }
      }
    }
    return found;
  }

  /**
   * The components of a record whose type is {@code @Nullable}.
   *
   * @param record the record class
   * @return their names, in declaration order
   */
  public static List<String> nullableComponents(Class<?> record) {
    return Arrays.stream(record.getRecordComponents())
        .filter(rc -> rc.getAnnotatedType().isAnnotationPresent(Nullable.class))
        .map(RecordComponent::getName).collect(Collectors.toList());
  }

  private static void optionalsOf(Class<?> c, Set<String> lookups, List<String> found) {
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

  private static List<Class<?>> classesIn(Class<?> anchor, Path root, String pkg) {
    Path dir = root.resolve(pkg.replace('.', File.separatorChar));
    try (Stream<Path> files = Files.list(dir)) {
      List<Class<?>> out = new ArrayList<>();
      for (Path p : files.filter(ApiConventions::isClassFile).sorted().collect(Collectors.toList())) {
        String file = p.getFileName().toString();
        if (!file.equals("module-info.class") && !file.equals("package-info.class")) {
          out.add(Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length()), false,
              anchor.getClassLoader()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClassFile(Path p) {
    return p.getFileName().toString().endsWith(".class");
  }

  private static Path classesOf(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
