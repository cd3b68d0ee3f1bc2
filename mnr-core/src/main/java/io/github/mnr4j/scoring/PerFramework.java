package io.github.mnr4j.scoring;

import io.github.mnr4j.framework.Framework;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a model compiled for the framework it last scored, so that scoring many assessments of
 * one framework compiles once. Safe across threads: a race compiles twice, never wrongly.
 *
 * @param <T> the compiled form
 */
final class PerFramework<T> {
  private volatile @Nullable Compiled<T> last;

  private static final class Compiled<T> {
    final Framework framework;
    final T value;

    Compiled(Framework framework, T value) {
      this.framework = framework;
      this.value = value;
    }
  }

  T get(Framework framework, Function<Framework, T> compile) {
    Compiled<T> current = last;
    if (current == null || current.framework != framework) {
      current = new Compiled<>(framework, compile.apply(framework));
      last = current;
    }
    return current.value;
  }
}
