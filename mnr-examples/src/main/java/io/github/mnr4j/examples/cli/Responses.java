package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.cohort.Round;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.ResponseInput;
import io.github.mnr4j.json.ResponseReadException;
import io.github.mnr4j.json.ResponseReader;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads responses for the commands: from {@code example} (the embedded synthetic cohort), files (a
 * cohort document, a response document, JSON Lines, gzip-compressed or not) and directories (every
 * such file in them), on several threads.
 */
final class Responses {
  /** The argument that names the embedded synthetic cohort. */
  static final String EXAMPLE = "example";

  /** How many problems are printed before the rest are only counted. */
  private static final int PRINTED_PROBLEMS = 20;

  private Responses() {}

  /** The inputs the arguments name. */
  static List<ResponseInput> inputs(List<String> arguments) {
    List<ResponseInput> inputs = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (argument.equals(EXAMPLE)) {
        inputs.add(
            ResponseInput.cohort(
                EXAMPLE,
                () -> SyntheticCohort.class.getResourceAsStream(SyntheticCohort.RESOURCE)));
      } else if (Files.isDirectory(path)) {
        try {
          List<ResponseInput> files = ResponseInput.allIn(path);
          if (files.isEmpty()) {
            throw new MnrException(
                argument + ": no .json, .jsonl, .json.gz or .jsonl.gz" + " files in the directory");
          }
          inputs.addAll(files);
        } catch (IOException e) {
          throw new MnrException(argument + ": cannot list the directory: " + e.getMessage());
        }
      } else {
        inputs.add(ResponseInput.of(path));
      }
    }
    return inputs;
  }

  /**
   * Assesses every response of the inputs against an instrument and hands the assessments to an
   * action in the inputs' order. Every problem is printed on stderr (the first twenty); if there
   * was one, nothing may be made of what was read, and the command ends with status 2.
   */
  static void assess(
      List<String> arguments,
      InstrumentSet instruments,
      int threads,
      Consumer<Assessment> action,
      PrintWriter err) {
    read(arguments, threads, instruments::assess, action, err);
  }

  /**
   * Assesses every response of the inputs, as {@link #assess} does, and keeps those the validity
   * options admit, refusing them all if {@code --strict} refuses one.
   */
  static List<Assessment> admitted(
      List<String> arguments,
      InstrumentSet instruments,
      int threads,
      ValidityOption validity,
      PrintWriter err) {
    List<Assessment> admitted = new ArrayList<>();
    admitEach(arguments, instruments, threads, validity, admitted::add, err);
    return admitted;
  }

  /**
   * Assesses every response of the inputs, as {@link #assess} does, and hands on those the validity
   * options admit, in the order read; then refuses if {@code --strict} found errors.
   */
  static void admitEach(
      List<String> arguments,
      InstrumentSet instruments,
      int threads,
      ValidityOption validity,
      Consumer<Assessment> action,
      PrintWriter err) {
    assess(
        arguments,
        instruments,
        threads,
        assessment -> {
          if (validity.admits(assessment)) {
            action.accept(assessment);
          }
        },
        err);
    validity.refuseIfStrict();
  }

  /** Reads every response of the inputs, as {@link #assess} does, without assessing them. */
  static <T> void read(
      List<String> arguments,
      int threads,
      Function<Response, T> map,
      Consumer<T> action,
      PrintWriter err) {
    long problems = readEach(arguments, threads, map, action, err);
    if (problems > 0) {
      throw new MnrException(
          (problems > PRINTED_PROBLEMS
                  ? "... and " + (problems - PRINTED_PROBLEMS) + " more; "
                  : "")
              + problems
              + (problems == 1 ? " problem" : " problems")
              + " in all, so nothing is reported");
    }
  }

  /**
   * Reads every response of the inputs and hands each to an action, going on past responses that
   * cannot be read or mapped: each is printed on stderr (the first twenty), and counted.
   *
   * @return how many problems there were
   */
  static <T> long readEach(
      List<String> arguments,
      int threads,
      Function<Response, T> map,
      Consumer<T> action,
      PrintWriter err) {
    long[] count = new long[1];
    MnrJson.strict()
        .readAll(
            inputs(arguments),
            threads,
            map,
            action,
            problem -> {
              if (++count[0] <= PRINTED_PROBLEMS) {
                err.println("mnr: " + Messages.printable(problem.message()));
              }
            });
    return count[0];
  }

  /** Refuses a response to another instrument than the one its analysis is of. */
  static void requireInstrument(Response response, Instrument instrument) {
    if (!response.instrumentReference().equals(instrument.reference())) {
      throw new MnrException(
          "answers '"
              + Messages.clip(response.instrumentReference())
              + "', not '"
              + instrument.reference()
              + "'");
    }
  }

  /**
   * The name a cohort's results go by: the embedded cohort's; a cohort document's own, when it is
   * the only input; otherwise the arguments.
   */
  static String cohortName(List<String> arguments) {
    if (arguments.equals(List.of(EXAMPLE))) {
      return SyntheticCohort.NAME;
    }
    String joined = String.join(", ", arguments);
    Path file = Path.of(arguments.get(0));
    if (arguments.size() != 1
        || !Files.isRegularFile(file)
        || !arguments.get(0).endsWith(".json")
        || !Inputs.isCohort(file)) {
      return joined;
    }
    try (InputStream in = Files.newInputStream(file);
        ResponseReader reader = MnrJson.strict().cohortReader(in)) {
      // The name comes before the responses in documents mnr4j writes; where it comes after them,
      // the responses are read past to reach it.
      while (reader.cohortName().isEmpty() && reader.hasNext()) {
        try {
          reader.next();
        } catch (ResponseReadException e) {
          // The reading proper reports it.
        }
      }
      return reader.cohortName().orElse(joined);
    } catch (IOException | MnrException e) {
      return joined; // the reading proper reports it
    }
  }

  /**
   * Reads one round of a comparison, as {@link #assess} does, into a round named as its cohort: a
   * byte a capability for each jurisdiction, not the responses; responses with validation errors as
   * the options say.
   */
  static Round round(
      String argument,
      InstrumentSet instruments,
      int threads,
      ValidityOption validity,
      PrintWriter err) {
    Accumulator<Assessment, Round> round =
        Round.accumulator(cohortName(List.of(argument)), instruments.instrument().framework());
    assess(
        List.of(argument),
        instruments,
        threads,
        assessment -> {
          if (validity.admits(assessment)) {
            round.add(assessment);
          }
        },
        err);
    return round.result();
  }
}
