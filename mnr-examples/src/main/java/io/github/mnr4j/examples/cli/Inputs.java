package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads documents from files for the commands, with errors that name the file. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a document; any failure becomes one {@link MnrException} whose message starts with
   * the file's name, which the tool prints on stderr (exit status 2).
   */
  /** Tells whether a file is a cohort document, by the format its first bytes name. */
  static boolean isCohort(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return MnrJson.strict().formatOf(in.readNBytes(1 << 16))
          .filter("mnr4j.cohort"::equals).isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  static <T> T read(Path file, Document<T> document) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return MnrJson.strict().read(reader, document);
    } catch (NoSuchFileException e) {
      throw new MnrException(file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new MnrException(file + ": cannot read: " + e.getMessage());
    } catch (MnrException e) {
      throw new MnrException(file + ": " + e.getMessage(), e);
    }
  }
}
