package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Reads documents from files for the commands, with errors that name the file. */
final class Inputs {
  private Inputs() {}

  /** Says why a file cannot be read, in words rather than an exception's name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return "cannot read: " + ((FileSystemException) e).getReason();
    }
    return "cannot read: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** The format a document's first bytes name, if they name one. */
  static Optional<String> format(Path file) {
    try (InputStream in =
        file.getFileName().toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(file))
            : Files.newInputStream(file)) {
      return MnrJson.strict().findFormat(in.readNBytes(1 << 16));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Tells whether a file is a cohort document, by the format its first bytes name. */
  static boolean isCohort(Path file) {
    return format(file).filter("mnr4j.cohort"::equals).isPresent();
  }

  /**
   * Reads a document; any failure becomes one {@link MnrException} whose message starts with the
   * file's name, which the tool prints on stderr (exit status 2).
   */
  static <T> T read(Path file, Document<T> document) {
    try (InputStream in = Files.newInputStream(file)) {
      return MnrJson.strict().read(in, document);
    } catch (IOException e) {
      throw new MnrException(file + ": " + reason(e));
    } catch (UncheckedIOException e) {
      throw new MnrException(file + ": " + reason(e.getCause()));
    } catch (MnrException e) {
      throw new MnrException(file + ": " + e.getMessage(), e);
    }
  }
}
