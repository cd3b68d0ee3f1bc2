package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.crosswalk.MigrationNote;
import io.github.mnr4j.crosswalk.MigrationResult;
import io.github.mnr4j.crosswalk.MigrationSummary;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.CohortWriter;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Output;
import io.github.mnr4j.json.Tables;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr migrate}: responses to one instrument become responses to another. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description =
        "Migrate responses to one instrument to another through a crosswalk between them. An"
            + " answer is carried only where the crosswalk determines the new one; otherwise the"
            + " new question is left unanswered and the response becomes a draft (in-progress)"
            + " for review. Every answer gets a note in the report: carried, narrowed, merged,"
            + " split, merge-conflict, dropped, withheld or needs-review. Where the crosswalk starts"
            + " at the built-in wpga-mnr-survey@2021, responses to the review's other survey"
            + " (end-violence-unicef-survey@2021) go through the crosswalk between the two first,"
            + " with the notes of both steps. Responses are read and"
            + " written one at a time; nothing is written if a response cannot be read. Exit"
            + " status: 0, or 2 for unreadable input or a crosswalk with errors.")
final class MigrateCommand implements Callable<Integer> {
  /** What the migrated responses are written as. */
  enum ResponsesFormat {
    jsonl,
    cohort
  }

  /** What the report is written as. */
  enum ReportFormat {
    text,
    csv,
    json
  }

  private static final List<String> NOTE_HEADER =
      List.of("jurisdiction", "outcome", "sources", "targets", "message");

  @Spec CommandSpec spec;

  @Option(
      names = "--crosswalk",
      required = true,
      paramLabel = "CROSSWALK.json",
      description = "The crosswalk from the responses' instrument to the new one.")
  Path crosswalkFile;

  @Mixin CrosswalkEnds ends = new CrosswalkEnds();

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "Responses: .json, .jsonl, cohort documents (.gz too), directories of them, or"
              + " 'example' for the embedded synthetic cohort.")
  List<String> inputs;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Where the migrated responses go (default: standard output).")
  Optional<Path> output;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      paramLabel = "jsonl|cohort",
      description =
          "jsonl: one mnr4j.response per line (default); cohort: one mnr4j.cohort document.")
  ResponsesFormat format;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Where the report goes (default: standard error).")
  Optional<Path> report;

  @Option(
      names = "--report-format",
      defaultValue = "text",
      paramLabel = "text|csv|json",
      description =
          "text: counts by outcome and question (default); csv: one line per note, by"
              + " jurisdiction; json: the mnr4j.migration document of counts.")
  ReportFormat reportFormat;

  @Option(
      names = "--personal-data",
      description =
          "Carry the respondent block and answers that ask for personal data; withheld by"
              + " default.")
  boolean personalData;

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    try {
      return migrate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int migrate() throws IOException {
    Crosswalk crosswalk = Inputs.read(crosswalkFile, Document.CROSSWALK);
    if (crosswalk.source().kind() != CrosswalkEnd.Kind.INSTRUMENT
        || crosswalk.target().kind() != CrosswalkEnd.Kind.INSTRUMENT) {
      throw new MnrException(
          crosswalkFile
              + ": crosswalk "
              + Messages.quote(crosswalk.id())
              + " maps "
              + crosswalk.source()
              + " to "
              + crosswalk.target()
              + "; responses migrate between two instruments");
    }
    Instrument from = ends.instrument(crosswalk.source());
    Instrument to = ends.instrument(crosswalk.target());
    Migration migration;
    try {
      migration = Migration.of(crosswalk, from, to).withPersonalData(personalData);
    } catch (MnrException e) {
      throw new MnrException(
          crosswalkFile + ": " + e.getMessage() + " (mnr crosswalk check lists them all)", e);
    }
    MnrJson json = MnrJson.strict().withPersonalData(personalData);
    PrintWriter err = spec.commandLine().getErr();
    Accumulator<MigrationResult, MigrationSummary> summary =
        MigrationSummary.accumulator(crosswalk);
    // Migration carries what it can of an invalid response too; the report says how many were.
    Validator validator = Validator.of(from);
    Accumulator<ValidationReport, InvalidResponses> invalid = InvalidResponses.accumulator();
    Path responsesFile = Files.createTempFile("mnr-migrate-", ".json");
    Path reportFile = Files.createTempFile("mnr-migrate-report-", ".txt");
    try {
      try (OutputStream responses = new BufferedOutputStream(Files.newOutputStream(responsesFile));
          Writer notes = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
          CohortWriter cohort =
              format == ResponsesFormat.cohort
                  ? json.cohortWriter(
                      responses,
                      String.join(", ", inputs) + ", migrated to " + to.reference(),
                      "Migrated through crosswalk '" + crosswalk.id() + "'")
                  : null) {
        boolean[] header = {true};
        Responses.read(
            inputs,
            threads.count(),
            response -> {
              Optional<Migration> first = firstTo(from, response);
              if (first.isEmpty()) {
                Responses.requireInstrument(response, from);
                return new Migrated(
                    validator.validate(response), migration.migrate(response), Optional.empty());
              }
              return new Migrated(
                  Validator.of(first.get().from()).validate(response),
                  first.get().migrate(response).then(migration),
                  first);
            },
            migrated -> {
              MigrationResult result = migrated.result;
              invalid.add(migrated.validation);
              migrated.first.ifPresent(
                  m ->
                      firstSteps.merge(
                          m.from().reference() + " through crosswalk '" + m.crosswalk().id() + "'",
                          1L,
                          Long::sum));
              summary.add(result);
              write(result.response(), cohort, responses, json);
              if (reportFormat == ReportFormat.csv) {
                writeNotes(result, notes, header[0]);
                header[0] = false;
              }
            },
            err);
      }
      if (reportFormat != ReportFormat.csv) {
        Files.writeString(reportFile, report(summary.result(), from, to), StandardCharsets.UTF_8);
      }
      deliver(responsesFile, output, spec.commandLine().getOut());
      deliver(reportFile, report, err);
      // A CSV or JSON report on stderr stays machine-readable: its rows name the first step's
      // questions; a report written to a file leaves stderr free for the note.
      if (!firstSteps.isEmpty() && reportFormat != ReportFormat.text && report.isPresent()) {
        err.println("mnr: note: " + Messages.printable(firstStepsNote()));
        err.flush();
      }
      InvalidResponses before = invalid.result();
      if (!before.isEmpty()) {
        err.println(
            "mnr: note: before migration, "
                + Messages.printable(before.summary())
                + " (mnr validate says what is wrong); their answers were migrated as they were");
        err.flush();
      }
      return 0;
    } finally {
      Files.deleteIfExists(responsesFile);
      Files.deleteIfExists(reportFile);
    }
  }

  /**
   * The migration that brings a response to the crosswalk's source first, when it answers the
   * review's other survey and the source is the built-in Alliance survey: the UNICEF survey's
   * responses go through the crosswalk between the two, then on.
   */
  private static Optional<Migration> firstTo(Instrument from, Response response) {
    if (response.instrumentReference().equals(from.reference())) {
      return Optional.empty();
    }
    return InstrumentSet.of(from).others().stream()
        .filter(m -> m.from().reference().equals(response.instrumentReference()))
        .findFirst();
  }

  /** A response's validation against the old instrument, and its migration. */
  private static final class Migrated {
    final ValidationReport validation;
    final MigrationResult result;

    /** The migration the response went through before the crosswalk's, if any. */
    final Optional<Migration> first;

    Migrated(ValidationReport validation, MigrationResult result, Optional<Migration> first) {
      this.validation = validation;
      this.result = result;
      this.first = first;
    }
  }

  /** How many responses went through a first step, by its instrument and crosswalk. */
  private final Map<String, Long> firstSteps = new TreeMap<>();

  /** Says which responses came through a first step, and how many. */
  private String firstStepsNote() {
    return firstSteps.entrySet().stream()
            .map(e -> LintCommand.plural(e.getValue(), "response") + " answered " + e.getKey())
            .collect(Collectors.joining("; "))
        + (firstSteps.isEmpty() ? "" : " first; the notes of both steps are counted");
  }

  private static void write(
      Response response, CohortWriter cohort, OutputStream responses, MnrJson json) {
    if (cohort != null) {
      cohort.write(response);
    } else {
      json.writeLine(response, Document.RESPONSE, responses);
    }
  }

  private static void writeNotes(MigrationResult result, Writer out, boolean header) {
    List<List<String>> rows = new ArrayList<>();
    for (MigrationNote note : result.notes()) {
      rows.add(
          List.of(
              result.response().jurisdiction().id(),
              note.outcome().id(),
              String.join(" ", note.sources()),
              String.join(" ", note.targets()),
              note.message()));
    }
    String csv = Tables.toCsv(TextTable.of(NOTE_HEADER, rows));
    try {
      out.write(header ? csv : csv.substring(csv.indexOf('\n') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String report(MigrationSummary summary, Instrument from, Instrument to) {
    if (reportFormat == ReportFormat.json) {
      return MnrJson.strict().write(summary, Output.MIGRATION) + "\n";
    }
    List<List<String>> rows = new ArrayList<>();
    for (MigrationSummary.Row row : summary.rows()) {
      rows.add(
          List.of(
              row.outcome().id(),
              String.join(" + ", row.sources()),
              String.join(" + ", row.targets()),
              String.valueOf(row.count())));
    }
    String title =
        "Migrated "
            + LintCommand.plural(summary.responses(), "response")
            + " from "
            + from.reference()
            + " to "
            + to.reference()
            + " through crosswalk '"
            + summary.crosswalkId()
            + "'; "
            + summary.needingReview()
            + " need review (drafts until someone completes them)"
            + (firstSteps.isEmpty() ? "" : "; " + firstStepsNote());
    StringBuilder text = new StringBuilder();
    TextTable.of(List.of("outcome", "from", "to", "answers"), rows)
        .withTitle(title)
        .toText()
        .lines()
        .forEach(line -> text.append(Messages.printable(line)).append('\n'));
    return text.toString();
  }

  /**
   * Copies a finished file to where it belongs: into a file (written over, as a shell's {@code >}
   * would, so that a device such as /dev/null stays one) or onto a stream.
   */
  private static void deliver(Path file, Optional<Path> target, PrintWriter stream)
      throws IOException {
    if (target.isPresent()) {
      try (OutputStream out = Files.newOutputStream(target.get())) {
        Files.copy(file, out);
      }
      return;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(stream);
    }
    stream.flush();
  }
}
