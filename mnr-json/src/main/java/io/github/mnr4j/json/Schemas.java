package io.github.mnr4j.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON Schemas shipped in the jar. */
final class Schemas {
  private Schemas() {}

  static String of(String format) {
    try (InputStream in = Schemas.class.getResourceAsStream("schemas/" + format + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the schema of " + format + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
