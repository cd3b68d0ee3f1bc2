package io.github.mnr4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool in process for tests outside this package, capturing what it prints. */
public final class MnrRunner {
  private MnrRunner() {}

  /** What a run printed and its exit status. */
  public static final class Result {
    private final int status;
    private final String out;
    private final String err;

    Result(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    /**
     * Returns the exit status.
     *
     * @return the status
     */
    public int status() {
      return status;
    }

    /**
     * Returns standard output.
     *
     * @return what was printed
     */
    public String out() {
      return out;
    }

    /**
     * Returns standard error.
     *
     * @return what was printed
     */
    public String err() {
      return err;
    }
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   * @return the result
   */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Mnr.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(status, out.toString(), err.toString());
  }
}
