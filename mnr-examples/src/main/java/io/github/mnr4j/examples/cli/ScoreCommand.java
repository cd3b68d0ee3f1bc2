package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Identified;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Tables;
import io.github.mnr4j.scoring.ScoreTable;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InvalidResponses;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr score}: scorecards of responses, or tidy tables of their scores. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description =
        "Score responses: a response document, cohort documents, JSON Lines or"
            + " directories of them, or 'example'. Without --table, each response's scorecard"
            + " (each capability's status, level, value and reason, then the domains and overall,"
            + " with how many of their parts are known); json writes the mnr4j.scorecard document,"
            + " one a line (JSON Lines) for more than one response. With --table, a tidy table for"
            + " R, pandas or a spreadsheet: a row per jurisdiction and capability, domain, or"
            + " overall. A response with validation errors is scored as far as its answers go, and"
            + " its card or row says so (--valid-only leaves such responses out, --strict refuses"
            + " them). Scorecards of more than one response show jurisdictions one by one, so they"
            + " need --min-group-size 1, the opt-in of the disclosure policy. A response that"
            + " cannot be read or scored is reported on stderr with its"
            + " input and id, and the others are scored. Exit status: 0; 1 when --strict refuses;"
            + " 2 if any response could not be scored, or for unreadable input (including a model"
            + " that does not fit the instrument).")
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "A response, a cohort, JSON Lines or a directory of them; or 'example'.")
  List<String> inputs;

  @Option(
      names = "--model",
      defaultValue = "staged",
      paramLabel = "presence|staged|index|MODEL.json",
      description =
          "A built-in model (default: staged, mnr4j's illustrative model) or an"
              + " mnr4j.model document.")
  String model;

  @Option(
      names = "--table",
      paramLabel = "capabilities|domains|overall",
      description =
          "Write a tidy table instead of scorecards: a row per jurisdiction and"
              + " capability (ids, status, level, value and the evidence counts), per"
              + " jurisdiction and domain, or per jurisdiction (value, parts known, whether"
              + " that is enough for a value). csv and tsv always write a table (capabilities"
              + " unless --table says otherwise).")
  Optional<String> table;

  @Option(
      names = "--stability",
      description =
          "Add to each scorecard how sure each level and score is under the model's uncertain"
              + " parameters (the 'uncertain' of a model file; a built-in model has none): each"
              + " capability 'stable' or 'between X and Y' with the probabilities of its levels,"
              + " each domain's and the overall score's median and 5-95%% interval. Drawn as"
              + " mnr stability draws, with --draws, --seed and --stable-at. Not with --table.")
  boolean stability;

  @Mixin StabilityOptions drawing = new StabilityOptions();

  @Mixin TableOptions output = new TableOptions();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin ValidityOption validity = new ValidityOption();

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  /** A response's assessment and scorecard. */
  private static final class Scored {
    final Assessment assessment;
    final Scorecard card;

    Scored(Assessment assessment, Scorecard card) {
      this.assessment = assessment;
      this.card = card;
    }
  }

  @Override
  public Integer call() {
    output.check();
    validity.check();
    Optional<ScoreTable> tidy = table.map(id -> Identified.of(ScoreTable.class, id));
    if (tidy.isEmpty() && (output.format == TableFormat.csv || output.format == TableFormat.tsv)) {
      tidy = Optional.of(ScoreTable.CAPABILITIES);
    }
    if (stability && tidy.isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "--stability adds to scorecards, as text or json; a table of each level's probability"
              + " is what mnr stability writes");
    }
    if (!stability && drawing.given()) {
      throw new ParameterException(
          spec.commandLine(),
          String.join(", ", StabilityOptions.NAMES) + " apply with --stability only");
    }
    InstrumentSet instruments = instrumentOption.instruments();
    Instrument instrument = instruments.instrument();
    Function<Assessment, Scorecard> scoring;
    if (stability) {
      scoring = drawing.of(InstrumentOption.uncertainModel(model, instrument))::score;
    } else {
      scoring = InstrumentOption.model(model, instrument)::score;
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Sink sink = tidy.isPresent() ? new TableSink(tidy.get(), out) : new CardSink(out);
    // With --strict, nothing is printed until every response was read and found valid; without
    // the opt-in to per-jurisdiction outputs, until it is clear that there is only one.
    boolean oneByOne = disclosure.policy().allowsPerJurisdiction();
    List<Scored> held = new ArrayList<>();
    long problems =
        Responses.readEach(
            inputs,
            threads.count(),
            response -> {
              Assessment assessment = instruments.assess(response);
              return new Scored(assessment, scoring.apply(assessment));
            },
            scored -> {
              if (validity.admits(scored.assessment)) {
                if (validity.strict || !oneByOne) {
                  // Without the opt-in, a second is refused: no need to hold a third.
                  if (oneByOne || held.size() < 2) {
                    held.add(scored);
                  }
                } else {
                  sink.add(scored);
                }
              }
            },
            err);
    validity.refuseIfStrict();
    if (held.size() > 1) {
      disclosure.requirePerJurisdiction("scoring more than one response");
    }
    held.forEach(sink::add);
    sink.finish();
    out.flush();
    validity.tell(err);
    if (problems > 0) {
      err.println(
          "mnr: "
              + LintCommand.plural(problems, "problem")
              + " (above); "
              + (sink.count() > 0
                  ? LintCommand.plural(sink.count(), "response") + " scored"
                  : "nothing was scored"));
    }
    err.flush();
    return problems > 0 ? Mnr.USAGE_OR_INPUT : 0;
  }

  /** The note that more than one jurisdiction's scores are shown by request. */
  private List<String> byRequest() {
    return disclosure.policy().note().stream().toList();
  }

  /** Where scored responses go, in the order read. */
  private interface Sink {
    void add(Scored scored);

    void finish();

    /** How many responses were scored. */
    long count();
  }

  /**
   * Scorecards: text tables one after another; JSON a document for one response, JSON Lines for
   * more (the first is held until a second shows which to write).
   */
  private final class CardSink implements Sink {
    private final PrintWriter out;
    private Scorecard first;
    private long count;
    private final Map<String, Long> byInstrument = new TreeMap<>();

    CardSink(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void add(Scored scored) {
      count++;
      byInstrument.merge(scored.assessment.instrumentReference(), 1L, Long::sum);
      if (output.format == TableFormat.text) {
        if (count > 1) {
          out.println();
        }
        out.print(output.text(scored.card.toTable()));
      } else if (count == 1) {
        first = scored.card;
      } else {
        if (count == 2) {
          line(first);
        }
        line(scored.card);
      }
    }

    private void line(Scorecard card) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      MnrJson.strict().writeLine(card, Document.SCORECARD, bytes);
      out.print(bytes.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void finish() {
      if (count == 1 && output.format == TableFormat.json) {
        out.println(MnrJson.strict().write(first, Document.SCORECARD));
      }
      if (count > 1 && output.format == TableFormat.text) {
        Stream.concat(Messages.mixedScores(byInstrument).stream(), byRequest().stream())
            .forEach(
                note -> {
                  out.println();
                  out.println(note);
                });
      } else if (count > 1) {
        Messages.mixedScores(byInstrument).stream()
            .toList()
            .forEach(note -> spec.commandLine().getErr().println("mnr: note: " + note));
        disclosure.tell(spec.commandLine().getErr());
      }
    }

    @Override
    public long count() {
      return count;
    }
  }

  /**
   * A tidy table: CSV and TSV written as the responses come, so that a cohort of any size fits;
   * text and JSON Lines, which need every row to align or type the columns, at the end. Each row
   * says whether its jurisdiction is synthetic; the text adds a note.
   */
  private final class TableSink implements Sink {
    private final ScoreTable kind;
    private final PrintWriter out;
    private final List<List<String>> held = new ArrayList<>();
    private boolean started;
    private long synthetic;
    private InvalidResponses invalid = InvalidResponses.none();
    private long count;
    private final Map<String, Long> byInstrument = new TreeMap<>();

    TableSink(ScoreTable kind, PrintWriter out) {
      this.kind = kind;
      this.out = out;
    }

    @Override
    public void add(Scored scored) {
      List<List<String>> rows = kind.rows(scored.assessment, scored.card);
      synthetic += scored.assessment.jurisdiction().isSynthetic() ? 1 : 0;
      invalid = invalid.and(scored.card.invalidResponses());
      byInstrument.merge(scored.assessment.instrumentReference(), 1L, Long::sum);
      count++;
      if (output.format == TableFormat.csv || output.format == TableFormat.tsv) {
        String part =
            output.format == TableFormat.csv
                ? Tables.toCsv(TextTable.of(kind.header(), rows))
                : TextTable.of(kind.header(), rows).toTsv();
        // The header is the part's first line (its cells are plain ids), written once.
        out.print(started ? part.substring(part.indexOf('\n') + 1) : part);
        started = true;
      } else {
        held.addAll(rows);
      }
    }

    @Override
    public void finish() {
      TextTable all =
          TextTable.of(kind.header(), held)
              .withNotes(ScoreTable.notes(invalid, synthetic, count))
              .withNotes(validity.notes())
              .withNotes(Messages.mixedScores(byInstrument).stream().toList())
              .withNotes(count > 1 ? byRequest() : List.of());
      if (output.format == TableFormat.json) {
        out.print(Tables.toJsonLines(all));
      } else if (output.format == TableFormat.text) {
        out.print(output.text(all));
      } else if (!started) {
        output.print(out, all, () -> "");
      } else {
        // Written as the responses came: the validity notes are known only now, after the rows,
        // as comment lines that R and pandas skip as they skip those above a table. (Each row
        // says whether its data are synthetic, and which errors its response had.)
        List<String> notes = new ArrayList<>(ScoreTable.notes(invalid, 0, 0));
        notes.addAll(validity.notes());
        notes.addAll(Messages.mixedScores(byInstrument).stream().toList());
        notes.addAll(count > 1 ? byRequest() : List.of());
        notes.forEach(note -> out.println("# " + note));
      }
    }

    @Override
    public long count() {
      return count;
    }
  }
}
