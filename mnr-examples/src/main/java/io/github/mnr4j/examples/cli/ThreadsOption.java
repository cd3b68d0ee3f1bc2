package io.github.mnr4j.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --threads} option of the commands that read many responses. */
final class ThreadsOption {
  /**
   * The most threads: each may hold two parts of input (1 MiB each) while it reads, so that more
   * threads than this would hold more input than a small heap has room for, and go no faster on any
   * machine that mnr runs on.
   */
  static final int MAX_THREADS = 32;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many threads read and assess responses, 1 to "
              + MAX_THREADS
              + " (default: one per processor). The results are the same for any number.")
  int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);

  /** Returns the number of threads, checked. */
  int count() {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(), "--threads takes 1 to " + MAX_THREADS + ", not " + threads);
    }
    return threads;
  }
}
