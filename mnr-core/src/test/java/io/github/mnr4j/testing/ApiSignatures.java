package io.github.mnr4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module, read from its compiled classes: every public or protected type
 * outside {@code internal} packages, with its public and protected members, one line each, in a
 * stable order. Each published module commits the result as {@code api/<module>.api}; its test
 * fails when the classes and the file differ, so that every change to the API shows in review. Run
 * the module's tests with {@code -Dmnr.api.update=true} to rewrite the file after an intended
 * change.
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  /**
   * Compares the API of the classes beside {@code anchor} with the committed file, or rewrites the
   * file when {@code mnr.api.update} is true.
   *
   * @param anchor any class of the module
   * @param file the committed API file, relative to the module's directory
   */
  public static void check(Class<?> anchor, Path file) {
    String actual = dump(anchor);
    try {
      if (Boolean.getBoolean("mnr.api.update")) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(file))
          .as(
              "the API file %s exists (run the tests with" + " -Dmnr.api.update=true to create it)",
              file)
          .isTrue();
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as(
              "the public API differs from %s: if the change is intended, run the"
                  + " tests with -Dmnr.api.update=true and commit the file with the change",
              file)
          .isEqualTo(committed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists the API of the classes in the directory or jar that holds {@code anchor}.
   *
   * @param anchor any class of the module
   * @return the API, one line per type and member
   */
  public static String dump(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path :
          files
              .filter(p -> p.toString().endsWith(".class"))
              .sorted()
              .collect(Collectors.toList())) {
        String name = root.relativize(path).toString().replace('/', '.').replace(".class", "");
        if (name.endsWith("module-info")
            || name.endsWith("package-info")
            || name.contains(".internal.")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (accessible(type)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder out = new StringBuilder();
    types.stream()
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .forEach(
            type -> {
              out.append(describe(type)).append('\n');
              List<String> members = new ArrayList<>();
              for (Field field : type.getDeclaredFields()) {
                if (visible(field) && !field.isSynthetic()) {
                  members.add(
                      modifiers(field)
                          + field.getGenericType().getTypeName()
                          + " "
                          + field.getName());
                }
              }
              for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor) && !constructor.isSynthetic()) {
                  members.add(
                      modifiers(constructor)
                          + type.getSimpleName()
                          + parameters(constructor.getGenericParameterTypes()));
                }
              }
              for (Method method : type.getDeclaredMethods()) {
                if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                  String typeParameters =
                      method.getTypeParameters().length == 0
                          ? ""
                          : Arrays.stream(method.getTypeParameters())
                              .map(ApiSignatures::typeVariable)
                              .collect(Collectors.joining(", ", "<", "> "));
                  members.add(
                      modifiers(method)
                          + (method.isDefault() ? "default " : "")
                          + typeParameters
                          + method.getGenericReturnType().getTypeName()
                          + " "
                          + method.getName()
                          + parameters(method.getGenericParameterTypes()));
                }
              }
              members.stream()
                  .sorted()
                  .forEach(member -> out.append("  ").append(member).append('\n'));
            });
    return out.toString();
  }

  private static String typeVariable(java.lang.reflect.TypeVariable<?> variable) {
    Type[] bounds = variable.getBounds();
    if (bounds.length == 1 && bounds[0] == Object.class) {
      return variable.getName();
    }
    return variable.getName()
        + " extends "
        + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
  }

  private static boolean accessible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (t.isAnonymousClass()
          || t.isLocalClass()
          || !(Modifier.isPublic(t.getModifiers()) || Modifier.isProtected(t.getModifiers()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  private static String describe(Class<?> type) {
    // JDKs after 17 print "sealed" and "non-sealed" here; "permits" below says it on every JDK,
    // so that the API files are the same whichever JDK writes them.
    StringBuilder out =
        new StringBuilder(type.toGenericString().replace("non-sealed ", "").replace("sealed ", ""));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      out.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      out.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      out.append(" permits ")
          .append(
              Arrays.stream(type.getPermittedSubclasses())
                  .map(Class::getName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private static String modifiers(Member member) {
    int modifiers =
        member.getModifiers()
            & (Modifier.PUBLIC
                | Modifier.PROTECTED
                | Modifier.STATIC
                | Modifier.FINAL
                | Modifier.ABSTRACT);
    if (member.getDeclaringClass().isInterface()) {
      modifiers &= ~(Modifier.PUBLIC | Modifier.ABSTRACT);
    }
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String parameters(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
  }
}
