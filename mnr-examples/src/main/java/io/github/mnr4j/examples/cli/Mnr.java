package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.cohort.DisclosureException;
import io.github.mnr4j.internal.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code mnr} command-line tool. Without a command it runs {@code demo}.
 *
 * <pre>
 * java -jar mnr-examples/target/mnr.jar                      # the demo
 * java -jar mnr-examples/target/mnr.jar catalog --format json
 * </pre>
 *
 * <p>Exit status: 0 on success; 1 for findings (validate, lint); 2 for a usage error (an unknown
 * command or a bad option, with the usage on stderr) or unreadable input; 3 when the tool could not
 * finish (its output could not be written, it ran out of memory, an internal error). Every failure
 * is one message on stderr, never a stack trace.
 */
@Command(
    name = "mnr",
    mixinStandardHelpOptions = true,
    versionProvider = Mnr.Version.class,
    description =
        "The Model National Response (WeProtect Global Alliance) from the command" + " line.")
public final class Mnr implements Callable<Integer> {
  /** The commands, in the order help lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
          DemoCommand.class,
          CatalogCommand.class,
          SurveyCommand.class,
          LintCommand.class,
          ValidateCommand.class,
          ScoreCommand.class,
          ModelCommand.class,
          SchemaCommand.class,
          CohortCommand.class,
          TallyCommand.class,
          ChartCommand.class,
          CompareCommand.class,
          CrosswalkCommand.class,
          MigrateCommand.class,
          RankCommand.class,
          StabilityCommand.class,
          SensitivityCommand.class,
          ModelsCommand.class,
          ServeCommand.class,
          PortalCommand.class,
          CompletionCommand.class,
          CommandLine.HelpCommand.class);

  /** The exit status for findings: validation errors, instrument checks, a refusal of them. */
  static final int FINDINGS = 1;

  /** The exit status for usage errors and unreadable input. */
  static final int USAGE_OR_INPUT = 2;

  /**
   * The exit status when the tool could not finish: its output could not be written, it ran out of
   * memory, or it failed inside (never a finding, so that a script can tell).
   */
  static final int FAILED = 3;

  @Spec CommandSpec spec;

  /** The version the build wrote into the jar, from the POM. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Mnr.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("the jar has no version.properties: build it with Maven");
        }
        properties.load(in);
      }
      return new String[] {"mnr4j " + properties.getProperty("version")};
    }
  }

  /** Created by picocli. */
  public Mnr() {}

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Override
  public Integer call() {
    return spec.commandLine().getSubcommands().get("demo").execute();
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Straight to the file descriptors, not through System.out, which would swallow a failed
    // write: the tool must stop and say so when its output cannot be written.
    PrintWriter out =
        new PrintWriter(
            new Unchecked(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)),
            true);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool with the given output streams, for tests and embedding.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Mnr());
    // Only the command asked for is built: picocli reads every option of a command it
    // registers, which is much of the start-up time. Help and the demo get them all.
    String asked = args.length > 0 ? args[0] : "";
    List<Class<?>> commands = COMMANDS;
    for (Class<?> command : COMMANDS) {
      if (command != CommandLine.HelpCommand.class && name(command).equals(asked)) {
        commands = List.of(command);
      }
    }
    for (Class<?> command : commands) {
      line.addSubcommand(command);
    }
    line.setOut(out)
        .setErr(err)
        .setParameterExceptionHandler((e, arguments) -> usageError(e))
        .setExecutionExceptionHandler(
            (e, command, parsed) ->
                e instanceof ParameterException
                    ? usageError((ParameterException) e)
                    : failed(e, command.getErr()));
    int status;
    try {
      status = line.execute(args);
      out.flush();
    } catch (RuntimeException | VirtualMachineError e) {
      status = failed(e, err);
    }
    err.flush();
    return status;
  }

  /**
   * Says on stderr what is wrong with the command line, then the command's usage; returns the exit
   * status. Options that picocli accepts one by one but that make no sense together are found by
   * the command, which throws the same exception.
   */
  private static int usageError(ParameterException e) {
    PrintWriter usage = e.getCommandLine().getErr();
    usage.println("mnr: " + printableMessage(e));
    List<String> suggestions = optionSuggestions(e);
    if (!suggestions.isEmpty()) {
      usage.println("Possible solutions: " + String.join(", ", suggestions));
    } else {
      UnmatchedArgumentException.printSuggestions(e, usage);
    }
    e.getCommandLine().usage(usage);
    return USAGE_OR_INPUT;
  }

  /**
   * The options an unknown option was probably meant to be: those at most two edits from it
   * (picocli's own likeness misses transpositions such as {@code --fromat}), then picocli's.
   */
  private static List<String> optionSuggestions(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || !unmatched.isUnknownOption()
        || unmatched.getUnmatched().isEmpty()) {
      return List.of();
    }
    String typed = unmatched.getUnmatched().get(0).split("=", 2)[0];
    LevenshteinDistance distance = new LevenshteinDistance(2);
    Set<String> suggestions = new LinkedHashSet<>();
    e.getCommandLine().getCommandSpec().options().stream()
        .flatMap(option -> Arrays.stream(option.names()))
        .filter(name -> name.length() > 2 && distance.apply(typed, name) >= 0)
        .sorted(Comparator.comparingInt((String name) -> distance.apply(typed, name)))
        .forEach(suggestions::add);
    suggestions.addAll(unmatched.getSuggestions());
    return List.copyOf(suggestions);
  }

  /** An exception's message as one printable line: it may quote what the input held. */
  private static String printableMessage(Throwable e) {
    return Messages.printable(String.valueOf(e.getMessage()));
  }

  /** Says on stderr, in one line, why a command could not finish; returns the exit status. */
  private static int failed(Throwable e, PrintWriter err) {
    if (e instanceof ValidityOption.Refused) {
      err.println("mnr: " + printableMessage(e));
      return FINDINGS;
    }
    if (e instanceof DisclosureException) {
      err.println(
          "mnr: "
              + printableMessage(e)
              + "; a smaller --min-group-size shows it by request, if you may show these data"
              + " that way");
      return USAGE_OR_INPUT;
    }
    if (e instanceof MnrException) {
      err.println("mnr: " + printableMessage(e));
      return USAGE_OR_INPUT;
    }
    if (e instanceof InvalidPathException invalid) {
      // A file name this system cannot use, such as bytes that are not text in its locale.
      err.println(
          "mnr: "
              + Messages.clip(invalid.getInput())
              + ": not a file name this system can use ("
              + invalid.getReason()
              + ")");
      return USAGE_OR_INPUT;
    }
    if (e instanceof UncheckedIOException) {
      err.println("mnr: cannot write the output: " + printableMessage(e.getCause()));
    } else if (e instanceof OutOfMemoryError) {
      err.println(
          "mnr: out of memory: give Java more (-Xmx), or read large cohorts as JSON"
              + " Lines with tally");
    } else if (e instanceof StackOverflowError) {
      err.println("mnr: internal error: the stack overflowed; please report it");
    } else {
      err.println(
          "mnr: internal error: " + Messages.printable(e.toString()) + "; please report it");
    }
    return FAILED;
  }

  /** A writer whose failures are exceptions, which a {@link PrintWriter} would swallow. */
  private static final class Unchecked extends FilterWriter {
    Unchecked(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) {
      try {
        super.write(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      try {
        super.write(chars, offset, length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) {
      try {
        super.write(text, offset, length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void flush() {
      try {
        super.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
