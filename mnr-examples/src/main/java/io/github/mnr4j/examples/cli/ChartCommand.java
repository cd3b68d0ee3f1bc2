package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.cohort.Where;
import io.github.mnr4j.examples.chart.Charts;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.ModelComparison;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.SensitivityAnalysis;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr chart}: the report's kind of bar chart, of one's own cohort, as SVG or PNG. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description =
        "Draw a chart as SVG or PNG (by the --output file's extension): figure1 (the"
            + " report's Figure 1, per cent yes per row, 'of N' where fewer answered), breakdown"
            + " (Figure 1 per group of --by), options (a --question's options, as in"
            + " Figures 2, 4, 6, 9 and 10), scorecard (one response's levels), ranking (rank"
            + " intervals), stability (one response's level probabilities under a --model's"
            + " uncertain parameters), sensitivity (the Sobol indices of a --measure under a"
            + " --model's uncertain parameters), comparison (a --model and a --versus model's"
            + " agreement per capability) or progress (two rounds, ROUND1 ROUND2). Under the disclosure policy"
            + " (--min-group-size, default "
            + DisclosurePolicy.SAFE_MIN_GROUP_SIZE
            + "), small groups are left out and small cohorts or --where parts refused, and a"
            + " ranking, or a scorecard or stability chosen from a cohort, needs --min-group-size 1. A chart"
            + " of synthetic data"
            + " (such as 'example') says so on the chart. Exit status: 0; 2 for a usage error,"
            + " unreadable input or nothing to draw (a breakdown whose groups are all too"
            + " small); 3 if the file cannot be written.")
final class ChartCommand implements Callable<Integer> {
  /** The kinds of chart. */
  enum Kind {
    figure1,
    breakdown,
    options,
    scorecard,
    ranking,
    stability,
    sensitivity,
    comparison,
    progress
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      description =
          "figure1, breakdown, options, scorecard, ranking, stability, sensitivity, comparison"
              + " or progress.")
  Kind kind;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "A cohort, responses, JSON Lines or a directory of them; or 'example'."
              + " progress takes two rounds.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE.svg|FILE.png",
      description = "Where to write the chart; its extension chooses SVG or PNG.")
  Path output;

  @Option(
      names = "--scale",
      paramLabel = "N",
      description =
          "PNG: draw N times as many pixels each way, laid out the same (1 to "
              + Charts.Chart.MAX_SCALE
              + "; default 1, 900 pixels across; 2 prints a page's width at 200 dots an"
              + " inch). SVG needs none: it scales without loss.")
  Optional<Integer> scale;

  @Option(
      names = "--by",
      paramLabel = "ATTRIBUTE",
      description = "breakdown: the attribute to group by (incomeGroup, region, ...).")
  Optional<String> by;

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  @Option(
      names = "--question",
      paramLabel = "QUESTION",
      description =
          "options: the question, such as q6 (multi-choice), q10 (yes/no) or q52" + " (coded).")
  Optional<String> question;

  @Option(
      names = "--where",
      paramLabel = "ATTRIBUTE=VALUE",
      description =
          "figure1, breakdown, options: chart only the jurisdictions whose attribute"
              + " has the value, such as incomeGroup=high (Figure 4's base); repeat to require"
              + " several. The chart's caption names them.")
  List<String> where = new ArrayList<>();

  @Option(
      names = "--versus",
      paramLabel = "MODEL",
      description = "comparison: the second model (default presence; --model is the first).")
  Optional<String> versus;

  @Option(
      names = "--measure",
      paramLabel = "MEASURE",
      description =
          "sensitivity: the cohort measure (default overall; a domain's id, or at-or-above- and"
              + " a level's id).")
  Optional<String> measure;

  @Option(
      names = "--jurisdiction",
      paramLabel = "ID",
      description = "scorecard, stability: the jurisdiction, when the input holds more than one.")
  Optional<String> jurisdiction;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description =
          "scorecard: the model (default staged); ranking: the index (default index);"
              + " stability: the model whose uncertain parameters are drawn ("
              + StabilityOptions.DRAWS
              + " draws, seed "
              + RankCommand.SEED
              + "); sensitivity: the model whose parameters are sampled (1024 base samples);"
              + " comparison: the first model (default staged).")
  Optional<String> model;

  @Mixin ValidityOption validity = new ValidityOption();

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  /** What the chart's result says of the responses with validation errors it counted. */
  private List<String> counted = List.of();

  @Override
  public Integer call() {
    refuseUselessOptions();
    validity.check();
    boolean png = output.toString().endsWith(".png");
    if (!png && !output.toString().endsWith(".svg")) {
      throw new ParameterException(
          spec.commandLine(), "--output names a .svg or .png file," + " not " + output);
    }
    if (scale.isPresent() && !png) {
      throw new ParameterException(
          spec.commandLine(), "--scale is for PNG; an SVG scales without loss");
    }
    if (scale.isPresent() && (scale.get() < 1 || scale.get() > Charts.Chart.MAX_SCALE)) {
      throw new ParameterException(
          spec.commandLine(), "--scale is 1 to " + Charts.Chart.MAX_SCALE + ", not " + scale.get());
    }
    Charts.Chart chart = draw(instrumentOption.instruments());
    List<String> notes = new ArrayList<>(counted);
    notes.addAll(validity.notes());
    if (kind != Kind.breakdown) { // a breakdown's chart has the policy's note already
      disclosure.policy().note().ifPresent(notes::add);
    }
    chart.addNotes(notes);
    // Drawn whole before the file is opened, so that a failure leaves no empty file behind.
    byte[] bytes = png ? chart.png(scale.orElse(1)) : chart.svg().getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(output, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": " + Inputs.reason(e), e);
    }
    spec.commandLine().getErr().println("mnr: wrote " + Messages.printable(output.toString()));
    spec.commandLine().getErr().flush();
    return 0;
  }

  private Charts.Chart draw(InstrumentSet instruments) {
    Instrument instrument = instruments.instrument();
    List<Where> filters = TallyCommand.filters(spec, where);
    String cohort =
        String.join(", ", inputs)
            + (filters.isEmpty()
                ? ""
                : " where "
                    + filters.stream().map(Where::toString).collect(Collectors.joining(" and ")));
    Set<String> attributes = new TreeSet<>();
    switch (kind) {
      case figure1:
        {
          Accumulator<Assessment, Tally> tally =
              Tally.accumulator(
                  TallyView.figure1(), instrument.framework(), filters.toArray(new Where[0]));
          assess(instruments, attributes, tally::add);
          Tally result = tally.result();
          disclosure.policy().check(result);
          counted = counted(result.invalidResponses());
          return Charts.figure1(
              result, cohort, allSynthetic(result.syntheticCount(), result.jurisdictionCount()));
        }
      case breakdown:
        {
          Accumulator<Assessment, Breakdown> breakdown =
              Breakdown.accumulator(
                  TallyView.figure1(),
                  instrument.framework(),
                  by.get(),
                  disclosure.policy(),
                  filters.toArray(new Where[0]));
          assess(instruments, attributes, breakdown::add);
          TallyCommand.requireKnownAttribute(by.get(), attributes);
          Breakdown result = breakdown.result();
          if (result.groups().stream().allMatch(group -> group.tally().isEmpty())) {
            throw new MnrException(
                "nothing to draw: every group of --by "
                    + by.get()
                    + " is suppressed ("
                    + result.groups().size()
                    + " groups; minimum group size "
                    + result.minGroupSize()
                    + "); no chart was written");
          }
          counted = counted(result.invalidResponses());
          return Charts.breakdown(
              result,
              cohort,
              allSynthetic(
                  result.syntheticCount(),
                  result.groups().stream().mapToInt(Breakdown.Group::size).sum()));
        }
      case options:
        {
          InstrumentSet counting = instruments.counting(question.get());
          Accumulator<Assessment, OptionTally> options =
              OptionTally.accumulator(
                  counting.instrument(),
                  question.get(),
                  counting.others(),
                  filters.toArray(new Where[0]));
          assess(counting, attributes, options::add);
          OptionTally result = options.result();
          disclosure.policy().check(result);
          counted = counted(result.invalidResponses());
          return Charts.options(
              result,
              counting.instrument().question(question.get()),
              cohort,
              allSynthetic(result.syntheticCount(), result.jurisdictionCount()));
        }
      case scorecard:
        {
          Assessment assessment = chosen(instruments, cohort, "a scorecard chosen from a cohort");
          Scorecard card =
              InstrumentOption.model(model.orElse("staged"), instrument).score(assessment);
          counted = counted(card.invalidResponses());
          return Charts.scorecard(card, assessment.jurisdiction().isSynthetic());
        }
      case sensitivity:
        {
          SensitivityAnalysis analysis =
              SensitivityAnalysis.of(
                      InstrumentOption.uncertainModel(model.orElse("staged"), instrument))
                  .withSeed(RankCommand.SEED);
          List<Assessment> cohortAssessments = new ArrayList<>();
          assess(instruments, cohortAssessments::add);
          disclosure.requireCohortOf(cohortAssessments.size(), "the measures");
          Sensitivity sensitivity =
              Folds.overIndices(
                  analysis.sampleCount(),
                  () -> analysis.samplesOver(instrument.framework(), cohortAssessments),
                  threads.count());
          counted = counted(sensitivity.invalidResponses());
          return Charts.sensitivity(
              sensitivity,
              measure.orElse("overall"),
              cohort,
              allSynthetic(sensitivity.syntheticCount(), sensitivity.jurisdictionCount()));
        }
      case comparison:
        {
          Accumulator<Assessment, ModelComparison> compared =
              ModelComparison.accumulator(
                  InstrumentOption.model(model.orElse("staged"), instrument),
                  InstrumentOption.model(versus.orElse("presence"), instrument),
                  instrument.framework());
          assess(instruments, compared::add);
          ModelComparison comparison = compared.result();
          disclosure.requireCohortOf(comparison.jurisdictionCount(), "a comparison");
          counted = counted(comparison.invalidResponses());
          return Charts.comparison(
              comparison,
              cohort,
              allSynthetic(comparison.syntheticCount(), comparison.jurisdictionCount()));
        }
      case stability:
        {
          Assessment assessment =
              chosen(instruments, cohort, "level stability chosen from a cohort");
          LevelStability analysis =
              LevelStability.of(InstrumentOption.uncertainModel(model.orElse("staged"), instrument))
                  .withDraws(StabilityOptions.DRAWS)
                  .withSeed(RankCommand.SEED);
          Stability stability =
              StabilityCommand.draw(
                  analysis, instrument.framework(), List.of(assessment), threads.count());
          counted = counted(stability.invalidResponses());
          return Charts.stability(
              stability, assessment.jurisdiction().id(), assessment.jurisdiction().isSynthetic());
        }
      case ranking:
        {
          disclosure.requirePerJurisdiction("a ranking");
          Accumulator<Assessment, Ranking> ranked =
              Ranker.of(
                      RankCommand.index(InstrumentOption.model(model.orElse("index"), instrument)))
                  .withDraws(RankCommand.DRAWS)
                  .withSeed(RankCommand.SEED)
                  .accumulator(instrument.framework());
          assess(instruments, ranked::add);
          Ranking ranking = ranked.result();
          counted = new ArrayList<>(List.of(Ranking.NOT_A_LEAGUE_TABLE));
          counted.addAll(counted(ranking.invalidResponses()));
          Messages.mixedScores(ranking.instrumentCounts()).ifPresent(counted::add);
          return Charts.ranking(
              ranking,
              cohort,
              allSynthetic(
                  ranking.syntheticCount(), ranking.entries().size() + ranking.unranked().size()));
        }
      default:
        {
          PrintWriter err = spec.commandLine().getErr();
          RoundComparison progress =
              RoundComparison.compare(
                  Responses.round(inputs.get(0), instruments, threads.count(), validity, err),
                  Responses.round(inputs.get(1), instruments, threads.count(), validity, err));
          validity.refuseIfStrict();
          disclosure.policy().check(progress);
          counted =
              progress.toRowTable().notes().stream()
                  .filter(note -> !note.equals(Jurisdiction.SYNTHETIC_NOTE))
                  .collect(Collectors.toList());
          return Charts.progress(progress, progress.isSynthetic());
        }
    }
  }

  /**
   * Whether every jurisdiction charted is synthetic, so that the chart's mark says made-up data;
   * when only some are, a note under the chart says how many of how many instead.
   */
  private boolean allSynthetic(int syntheticCount, int count) {
    if (syntheticCount > 0 && syntheticCount < count) {
      List<String> notes = new ArrayList<>(counted);
      notes.add(Jurisdiction.syntheticNote(syntheticCount, count, "jurisdictions"));
      counted = notes;
      return false;
    }
    return syntheticCount > 0;
  }

  /** The caption's note of the responses with validation errors a result counted, if any. */
  private static List<String> counted(InvalidResponses invalid) {
    return invalid.isEmpty()
        ? List.of()
        : List.of("Counted as far as their answers go: " + invalid.summary() + ".");
  }

  private void assess(InstrumentSet instruments, Consumer<Assessment> action) {
    Responses.admitEach(
        inputs, instruments, threads.count(), validity, action, spec.commandLine().getErr());
  }

  /** Assesses into a counter, then refuses --where attributes no jurisdiction has. */
  private void assess(
      InstrumentSet instruments, Set<String> attributes, Consumer<Assessment> counter) {
    assess(
        instruments,
        a -> {
          attributes.addAll(a.jurisdiction().attributes().keySet());
          counter.accept(a);
        });
    for (String filter : where) {
      TallyCommand.requireKnownAttribute(Where.parse(filter).attribute(), attributes);
    }
  }

  /**
   * The one response of the input, or the one --jurisdiction names; choosing one of several shows a
   * jurisdiction by itself, which needs the disclosure opt-in.
   */
  private Assessment chosen(InstrumentSet instruments, String cohort, String output) {
    List<Assessment> chosen = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    assess(
        instruments,
        a -> {
          ids.add(a.jurisdiction().id());
          if (jurisdiction.isEmpty() || jurisdiction.get().equals(a.jurisdiction().id())) {
            chosen.add(a);
          }
        });
    if (chosen.size() != 1) {
      throw new MnrException(
          chosen.isEmpty() && jurisdiction.isPresent()
              ? "no response of jurisdiction '"
                  + Messages.printable(jurisdiction.get())
                  + "' in "
                  + cohort
              : cohort + " holds " + ids.size() + " responses: choose one with --jurisdiction");
    }
    if (ids.size() > 1) {
      disclosure.requirePerJurisdiction(output);
    }
    return chosen.get(0);
  }

  /** Each kind takes its own options; any other is a usage error, not silently ignored. */
  private void refuseUselessOptions() {
    require(
        by.isPresent() == (kind == Kind.breakdown),
        "--by is for breakdown, and" + " breakdown needs it");
    disclosure.policy(); // a minimum below 1 is a usage error before anything is read
    require(
        question.isPresent() == (kind == Kind.options),
        "--question is for options, and" + " options needs it");
    require(
        where.isEmpty() || kind == Kind.figure1 || kind == Kind.breakdown || kind == Kind.options,
        "--where is for figure1, breakdown and options only");
    require(
        jurisdiction.isEmpty() || kind == Kind.scorecard || kind == Kind.stability,
        "--jurisdiction is for scorecard and stability only");
    require(
        model.isEmpty()
            || kind == Kind.scorecard
            || kind == Kind.ranking
            || kind == Kind.stability
            || kind == Kind.sensitivity
            || kind == Kind.comparison,
        "--model is for scorecard, ranking, stability, sensitivity and comparison only");
    require(versus.isEmpty() || kind == Kind.comparison, "--versus is for comparison only");
    require(measure.isEmpty() || kind == Kind.sensitivity, "--measure is for sensitivity only");
    require(
        kind != Kind.progress || inputs.size() == 2, "progress takes two rounds: ROUND1 ROUND2");
  }

  private void require(boolean condition, String message) {
    if (!condition) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
