package io.github.mnr4j.examples.fuzz;

/** What the fuzz tests share. */
final class FuzzReplays {
  private FuzzReplays() {}

  /**
   * Why the replays are skipped on JDK 25 and later: Jazzer 0.24.0, the newest, bundles an ASM that
   * cannot read their class files (major version 69), so that the replays would run without
   * Jazzer's hooks and log a stack trace per class. They run instrumented on JDK 17.
   */
  static final String UNINSTRUMENTED =
      "fuzz replays skipped: Jazzer 0.24.0 cannot instrument JDK 25's class files (version 69);"
          + " they run on JDK 17";
}
