package io.github.mnr4j.examples.cli;

import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.examples.ReviewSurveys;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.scoring.ScoringModels;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mnr demo}, the main job: on the embedded synthetic cohort, the report's Figure 1 and one
 * jurisdiction's scorecard under the staged model.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "The main job: the report's Figure 1 and one jurisdiction's staged scorecard,"
            + " computed from the embedded cohort of 42 made-up jurisdictions (synthetic data).")
final class DemoCommand implements Callable<Integer> {
  /** The jurisdiction whose scorecard the demo shows. */
  static final String SHOWN = "C23";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CohortAnalysis analysis = ReviewSurveys.analysis(SyntheticCohort.load());
    out.println(
        "mnr4j demo: the Model National Response on a SYNTHETIC cohort of 42 made-up"
            + " jurisdictions.");
    out.println(
        "Their invented answers reproduce the aggregates published in Framing the"
            + " future (WeProtect Global Alliance and UNICEF, 2022); no jurisdiction stands for a"
            + " real country. As in the review, 17 answer the Alliance's survey and 25 the"
            + " End Violence/UNICEF survey (which the report does not print: mnr4j's"
            + " reconstruction), counted together through their crosswalk.");
    out.println();
    out.println(
        "Figure 1. Snapshot of capabilities in place: yes, of those who answered, per cent yes"
            + " (halves rounded up)");
    out.print(analysis.tally(TallyView.figure1()).toFigure().toText());
    out.println();
    out.print(ScoringModels.staged().score(analysis.assessment(SHOWN)).toTable().toText());
    out.println(
        "(mnr4j's illustrative staged model, not the Alliance's. One jurisdiction's scorecard is"
            + " shown because the jurisdiction is made up; with real data, mnr shows jurisdictions"
            + " one by one only with --min-group-size 1.)");
    out.println();
    out.println("Synthetic data, computed by mnr4j from country-level answers.");
    out.println(
        "Next, with mnr-examples/bin/mnr on your PATH (or java -jar"
            + " mnr-examples/target/mnr.jar in its place): mnr tally example --by incomeGroup,"
            + " mnr chart figure1 example --output figure1.svg, mnr score example --table overall"
            + " --format csv --min-group-size 1, mnr help.");
    out.flush();
    return 0;
  }
}
