package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the golden files under src/test/resources/golden, and compares output with them. Run the
 * tests with {@code -Dmnr.golden.update=true} to rewrite the files after an intended change to a
 * wire format; the diff then shows the change in review.
 */
final class GoldenFiles {
  private GoldenFiles() {}

  static String read(String name) {
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that a document is the golden file's text, or rewrites the file when asked to. */
  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean("mnr.golden.update")) {
      try {
        Files.writeString(
            Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(actual)
        .as(
            "golden file %s (run the tests with -Dmnr.golden.update=true after an"
                + " intended change)",
            name)
        .isEqualTo(read(name));
  }
}
