package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.serve.ResponseStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --database} option of {@code mnr serve} and {@code mnr portal}: where they keep data.
 */
final class DatabaseOption {
  @Option(
      names = "--database",
      paramLabel = "JDBC-URL",
      description =
          "Where responses and invitations are kept: jdbc:h2:file:PATH or"
              + " jdbc:postgresql://HOST/DATABASE (default: an H2 file in the user's data"
              + " directory, $XDG_DATA_HOME/mnr4j, else ~/.local/share/mnr4j).")
  Optional<String> url = Optional.empty();

  /** Returns the URL given, or the default H2 file's. */
  String url() {
    return url.orElseGet(() -> ResponseStore.h2File(dataDirectory()));
  }

  /** Opens the store. */
  ResponseStore open() {
    return ResponseStore.open(url());
  }

  /** The user's data directory for mnr4j, made if missing. */
  private static Path dataDirectory() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    Path directory = base.resolve("mnr4j");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new MnrException("cannot make the data directory " + directory + ": " + e.getMessage());
    }
    return directory;
  }
}
