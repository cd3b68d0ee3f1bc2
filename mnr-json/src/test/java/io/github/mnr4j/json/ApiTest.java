package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.testing.ApiSignatures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** mnr-json's public API is the committed {@code api/mnr-json.api}, in JDK and Jackson types. */
class ApiTest {
  @Test
  void theApiIsTheCommittedOne() {
    ApiSignatures.check(MnrJson.class, Path.of("api/mnr-json.api"));
  }

  @Test
  void theApiUsesNoGuava() {
    assertThat(ApiSignatures.dump(MnrJson.class))
        .doesNotContain("com.google.common")
        .contains("public final class io.github.mnr4j.json.MnrJson");
  }

  @Test
  void noMethodOrConstructorTakesAnOptional() {
    assertThat(ApiSignatures.dump(MnrJson.class).lines())
        .filteredOn(line -> line.matches(".*\\([^)]*java\\.util\\.Optional.*"))
        .isEmpty();
  }
}
