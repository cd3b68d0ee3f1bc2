package io.github.mnr4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the mnr tool in process, capturing what it prints. */
abstract class CliTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Mnr.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** What the last run printed on standard output, line by line. */
  List<String> lines() {
    return out.toString().lines().collect(java.util.stream.Collectors.toList());
  }

  /** Forgets what was printed, before the next run. */
  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
