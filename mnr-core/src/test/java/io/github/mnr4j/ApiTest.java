package io.github.mnr4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.testing.ApiSignatures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** mnr-core's public API is the committed {@code api/mnr-core.api}, in JDK types only. */
class ApiTest {
  @Test
  void theApiIsTheCommittedOne() {
    ApiSignatures.check(Frameworks.class, Path.of("api/mnr-core.api"));
  }

  @Test
  void theApiUsesJdkTypesOnly() {
    assertThat(ApiSignatures.dump(Frameworks.class))
        .doesNotContain("com.google.common")
        .doesNotContain("org.immutables")
        .contains("public abstract class io.github.mnr4j.framework.Framework")
        .doesNotContain("io.github.mnr4j.internal")
        .doesNotContain("ImmutableFramework");
  }

  @Test
  void noMethodOrConstructorTakesAnOptional() {
    // Optional is for results; a value that may be absent is set by an overload or a with-method.
    assertThat(ApiSignatures.dump(Frameworks.class).lines())
        .filteredOn(line -> line.matches(".*\\([^)]*java\\.util\\.Optional.*"))
        .isEmpty();
  }
}
