package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.serve.ResponseStore;
import io.github.mnr4j.examples.serve.SelfAssessment;
import io.javalin.Javalin;
import java.io.PrintWriter;
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
        "Serve the self-assessment application: the survey's form in a browser, drafts saved as"
            + " versions that are never overwritten, submission with the library's validation,"
            + " and the scorecard; with --portal, for invited focal points and analysts. Bound to"
            + " 127.0.0.1 by default; its data in an H2 database under the user's data directory"
            + " unless --database names another. Runs until stopped (Ctrl-C).")
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
      names = "--portal",
      description =
          "Portal mode, for an organisation collecting responses: people sign in by the"
              + " invitation links of mnr portal invite; a focal point reads and writes their"
              + " jurisdiction's response only, an analyst sees the cohort's submission status and"
              + " its aggregates only (minimum group size 5). Without it: local mode, one user and"
              + " no sign-in.")
  boolean portal;

  @Option(
      names = "--behind-proxy",
      description =
          "Requests come through a reverse proxy that terminates TLS and sets X-Forwarded-Proto"
              + " and X-Forwarded-For: cookies are then Secure when the browser used https, and"
              + " failed sign-ins are counted by the address the proxy forwards. Give it only when"
              + " the application is reachable through the proxy alone.")
  boolean behindProxy;

  @Mixin DatabaseOption database = new DatabaseOption();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String url = database.url();
    ResponseStore store = ResponseStore.open(url);
    Javalin app =
        new SelfAssessment(
                instrumentOption.instrument(),
                store,
                portal ? SelfAssessment.Mode.PORTAL : SelfAssessment.Mode.LOCAL,
                behindProxy)
            .create();
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
            + (portal
                ? "/ (portal mode: invite with mnr portal invite; data kept in "
                : "/ (local mode; responses kept in ")
            + url
            + ")");
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }
}
