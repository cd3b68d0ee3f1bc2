package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.serve.ResponseStore;
import io.github.mnr4j.examples.serve.SelfAssessment;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr serve}: the self-assessment application. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the self-assessment application (begun: local mode): the survey's form in a browser,"
            + " drafts saved as versions that are never overwritten, submission with the library's"
            + " validation, and the scorecard. Bound to 127.0.0.1 by default; its data in an H2"
            + " database under the user's data directory ($XDG_DATA_HOME/mnr4j, else"
            + " ~/.local/share/mnr4j) unless --database names another. Runs until stopped"
            + " (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default 127.0.0.1: this machine only).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "The port to listen on (default 8080; 0 for any free one).")
  int port;

  @Option(
      names = "--database",
      paramLabel = "JDBC-URL",
      description =
          "Where responses are kept: jdbc:h2:file:PATH or jdbc:postgresql://HOST/DATABASE"
              + " (default: an H2 file in the user's data directory).")
  Optional<String> database = Optional.empty();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String url = database.orElseGet(() -> ResponseStore.h2File(dataDirectory()));
    ResponseStore store = ResponseStore.open(url);
    Javalin app = new SelfAssessment(instrumentOption.instrument(), store).create();
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      store.close();
      throw new MnrException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  store.close();
                  stopped.countDown();
                }));
    out.println(
        "Serving http://"
            + host
            + ":"
            + app.port()
            + "/ (local mode; responses kept in "
            + url
            + ")");
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
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
