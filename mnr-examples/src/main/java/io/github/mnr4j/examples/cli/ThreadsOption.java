package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that read many responses. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many threads read and assess responses (default: one per processor)."
              + " The results are the same for any number.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Returns the number of threads, checked. */
  int count() {
    if (threads < 1) {
      throw new MnrException("--threads takes 1 or more, not " + threads);
    }
    return threads;
  }
}
