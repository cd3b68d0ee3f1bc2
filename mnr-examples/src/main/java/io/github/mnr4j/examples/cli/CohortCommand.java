package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.CohortWriter;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr cohort}: cohort documents, assembled from responses or exported. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = "Make cohort documents (mnr4j.cohort), which every cohort command reads.",
    subcommands = {CohortCommand.Assemble.class, CohortCommand.Export.class})
final class CohortCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "mnr cohort needs a command: assemble or" + " export");
  }

  /** {@code mnr cohort assemble}. */
  @Command(
      name = "assemble",
      mixinStandardHelpOptions = true,
      description =
          "Assemble responses (response documents, JSON Lines, cohorts or"
              + " directories of them) into one cohort document on standard output: one response"
              + " per jurisdiction, all answering one instrument (or the review's two surveys),"
              + " completed responses only unless"
              + " --drafts. Responses with validation errors are refused unless --allow-invalid."
              + " Respondents' contact details are personal data and are not copied."
              + " Exit status: 0; 1 for responses with validation errors (named on stderr); 2 for"
              + " unreadable input, a jurisdiction that comes twice or responses to different"
              + " instruments. Nothing is written unless the status is 0.")
  static final class Assemble implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        arity = "1..*",
        paramLabel = "INPUT",
        description = "Responses, JSON Lines, cohorts or directories of them.")
    List<String> inputs;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "The cohort's name, which reports show (default: the inputs' names).")
    Optional<String> name;

    @Option(
        names = "--description",
        paramLabel = "TEXT",
        description = "What the cohort is: its source, round, date.")
    Optional<String> description;

    @Option(
        names = "--drafts",
        description =
            "Include responses still in progress; by default they are left out,"
                + " and counted on stderr.")
    boolean drafts;

    @Option(
        names = "--allow-invalid",
        description =
            "Assemble responses with validation errors too, and name them on stderr; by"
                + " default they are refused and nothing is written.")
    boolean allowInvalid;

    @Mixin InstrumentOption instrumentOption = new InstrumentOption();

    @Mixin ThreadsOption threads = new ThreadsOption();

    /**
     * Writes the cohort as it is read, one response at a time, to a temporary file, and copies it
     * to standard output only once every response has been read without a problem: memory does not
     * grow with the cohort, and nothing is written when something is wrong.
     */
    @Override
    public Integer call() {
      try {
        return assemble();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // the temporary file or the output: exit status 3
      }
    }

    private int assemble() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Path temporary = Files.createTempFile("mnr-assemble-", ".json");
      try {
        long[] counts = new long[2]; // read, kept
        TreeSet<String> instruments = new TreeSet<>();
        InstrumentSet set = instrumentOption.instruments();
        Validator validator = Validator.of(set.instrument());
        Accumulator<ValidationReport, InvalidResponses> invalid = InvalidResponses.accumulator();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary));
            CohortWriter cohort =
                MnrJson.strict()
                    .cohortWriter(
                        file, name.orElse(String.join(", ", inputs)), description.orElse(""))) {
          Responses.read(
              inputs,
              threads.count(),
              response -> response,
              response -> {
                counts[0]++;
                instruments.add(response.instrumentReference());
                if (drafts || response.status() == ResponseStatus.COMPLETED) {
                  invalid.add(set.validate(response).orElseGet(() -> validator.validate(response)));
                  cohort.write(response);
                  counts[1]++;
                }
              },
              err);
        }
        if (instruments.size() > 1 && !instruments.stream().allMatch(set::reads)) {
          throw new MnrException(
              "the responses answer "
                  + instruments.size()
                  + " instruments ("
                  + Messages.printable(String.join(", ", instruments))
                  + "); a cohort answers one, or the review's two surveys:"
                  + " assemble each instrument's responses apart");
        }
        InvalidResponses refused = invalid.result();
        if (!refused.isEmpty() && !allowInvalid) {
          throw new ValidityOption.Refused(
              "refused: "
                  + refused.summary()
                  + "; nothing is written (mnr validate says what is wrong; --allow-invalid"
                  + " assembles them all the same)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Reader document = Files.newBufferedReader(temporary, StandardCharsets.UTF_8)) {
          document.transferTo(out);
        }
        out.println();
        out.flush();
        if (counts[1] < counts[0]) {
          err.println(
              "mnr: note: "
                  + LintCommand.plural(counts[0] - counts[1], "response")
                  + " in progress left out (see --drafts)");
        }
        if (!refused.isEmpty()) {
          err.println("mnr: note: assembled, as --allow-invalid asks: " + refused.summary());
        }
        err.println("mnr: " + LintCommand.plural(counts[1], "response") + " assembled");
        err.flush();
        return 0;
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** {@code mnr cohort export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write the embedded synthetic example cohort (made-up jurisdictions) as a"
              + " cohort document on standard output, to read, edit or compare with.")
  static final class Export implements Callable<Integer> {
    /** What can be exported. */
    enum Source {
      example
    }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "example", description = "The embedded cohort.")
    Source source;

    @Override
    public Integer call() throws IOException {
      try (InputStream in = SyntheticCohort.class.getResourceAsStream(SyntheticCohort.RESOURCE)) {
        spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
