package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maturity-model workbench's commands: {@code mnr stability}, {@code mnr sensitivity}, {@code
 * mnr models compare}.
 */
class WorkbenchCommandsTest {
  private static final String MODEL = "models/four-phase.json";

  @TempDir Path temp;

  private static MnrRunner.Result run(String... args) {
    return MnrRunner.run(args);
  }

  @Test
  void stabilityShowsWhichLevelsDependOnTheDesignersChoices() {
    MnrRunner.Result result =
        run("stability", MODEL, "example", "--min-group-size", "1", "--draws", "400", "--wide");
    assertThat(result.status()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out)
        .startsWith(
            "Level stability of Synthetic example cohort, 2021 surveys under model"
                + " 'four-phase-example'; 4 uncertain parameters, 400 draws, seed 2022\n")
        .contains("building_percent")
        .contains("no_level_percent")
        .contains("stable")
        .contains("between building and progressing")
        .contains("Parameter legislation-coverage: How much of q17's areas")
        .contains("(uniform from 0.25 to 0.75)")
        .contains("(one of plans count 75%, in place only 25%)")
        .contains("SYNTHETIC DATA")
        .contains("Shown by request with a minimum group size of 1");
    // Four parameters' worth of rows: 42 jurisdictions by 21 capabilities.
    MnrRunner.Result csv =
        run(
            "stability",
            MODEL,
            "example",
            "--min-group-size",
            "1",
            "--draws",
            "400",
            "--format",
            "csv");
    assertThat(csv.out().lines().filter(line -> line.startsWith("C")).count()).isEqualTo(42 * 21);
  }

  @Test
  void aScorecardCarriesItsStabilityOnRequest() {
    String response = "responses/country-07-completed.json";
    MnrRunner.Result text =
        run("score", response, "--model", MODEL, "--stability", "--draws", "300", "--wide");
    assertThat(text.status()).as(text.err()).isZero();
    String header = text.out().lines().skip(1).findFirst().orElseThrow();
    assertThat(header.split(" +"))
        .containsExactly("part", "status", "level", "value", "known", "stability", "reason");
    assertThat(text.out())
        .contains("300 draws, seed 2022; a level is stable when its probability is at least 0.95")
        .contains("Parameter hotline-described: ")
        .containsPattern("between [a-z]+ and [a-z]+: [a-z]+ [0-9.]+%, [a-z]+ [0-9.]+%")
        .containsPattern("\\noverall .* median [0-9.]+, 5-95% [0-9.]+ to [0-9.]+ ");
    MnrRunner.Result json =
        run(
            "score",
            response,
            "--model",
            MODEL,
            "--stability",
            "--draws",
            "300",
            "--format",
            "json");
    assertThat(json.status()).as(json.err()).isZero();
    SchemaCheck.assertValid("mnr4j.scorecard", json.out());
    Scorecard card = MnrJson.strict().read(json.out(), Document.SCORECARD);
    assertThat(card.stability().orElseThrow().drawCount()).isEqualTo(300);
    assertThat(card.stability().get().seed()).isEqualTo(2022);
    // Without --stability, the model as written alone, with no stability field.
    MnrRunner.Result plain = run("score", response, "--model", MODEL, "--format", "json");
    assertThat(plain.out()).doesNotContain("\"stability\"");
    Scorecard asWritten = MnrJson.strict().read(plain.out(), Document.SCORECARD);
    assertThat(asWritten.capabilities()).isEqualTo(card.capabilities());
    assertThat(asWritten.overall()).isEqualTo(card.overall());
    // A cohort's cards, one a line, each with its own.
    MnrRunner.Result cohort =
        run(
            "score",
            "example",
            "--model",
            MODEL,
            "--stability",
            "--draws",
            "20",
            "--min-group-size",
            "1",
            "--format",
            "json");
    assertThat(cohort.status()).as(cohort.err()).isZero();
    assertThat(cohort.out().lines()).hasSize(42).allMatch(line -> line.contains("\"stability\":{"));
  }

  @Test
  void stabilityOptionsOfAScoreNeedStabilityAndNoTable() {
    MnrRunner.Result draws = run("score", "example", "--draws", "10");
    assertThat(draws.status()).isEqualTo(2);
    assertThat(draws.err())
        .startsWith("mnr: --draws, --seed, --stable-at apply with --stability only\n");
    MnrRunner.Result table =
        run("score", "example", "--stability", "--table", "overall", "--min-group-size", "1");
    assertThat(table.status()).isEqualTo(2);
    assertThat(table.err()).startsWith("mnr: --stability adds to scorecards, as text or json;");
    MnrRunner.Result builtIn =
        run("score", "responses/country-07-completed.json", "--stability", "--draws", "5");
    assertThat(builtIn.status()).as(builtIn.err()).isZero();
    assertThat(builtIn.out())
        .contains("The model declares no uncertain parameter: every draw is the model as written.")
        .doesNotContain("between ");
  }

  /**
   * A cohort of one's own, not the example: six made-up jurisdictions built from Country 07's
   * answers, some with leadership not in place but planned, as a user's cohort document.
   */
  private Path ownCohort() throws IOException {
    Response base =
        MnrJson.strict()
            .read(
                Files.readString(Path.of("responses", "country-07-completed.json")),
                Document.RESPONSE);
    Cohort.Builder cohort = Cohort.builder().name("A cohort of one's own");
    for (int n = 81; n <= 86; n++) {
      Map<String, Answer> answers = new LinkedHashMap<>(base.answers());
      if (n % 2 == 0) {
        answers.put("q7", Answer.ofChoice("no"));
        answers.remove("q8");
      }
      cohort.addResponse(
          Response.builder()
              .instrumentReference(base.instrumentReference())
              .jurisdiction(Jurisdiction.of("C" + n, "Country " + n))
              // Without the contact person (not read back), as drafts: nothing is an error.
              .status(ResponseStatus.IN_PROGRESS)
              .putAllAnswers(answers)
              .build());
    }
    Path file = temp.resolve("own-cohort.json");
    Files.writeString(file, MnrJson.strict().write(cohort.build(), Document.COHORT));
    return file;
  }

  @Test
  void theWorkbenchRunsOnACohortOfOnesOwn() throws IOException {
    String own = ownCohort().toString();
    MnrRunner.Result stability =
        run("stability", MODEL, own, "--min-group-size", "1", "--draws", "100", "--format", "csv");
    assertThat(stability.status()).as(stability.err()).isZero();
    assertThat(stability.out().lines().filter(line -> line.startsWith("C8")).count())
        .isEqualTo(6 * 21);
    MnrRunner.Result sensitivity =
        run("sensitivity", MODEL, own, "--samples", "64", "--bootstrap", "50", "--wide");
    assertThat(sensitivity.status()).as(sensitivity.err()).isZero();
    assertThat(sensitivity.out())
        .contains("embedding-needs-detail")
        .contains("Sobol indices over 6 jurisdictions")
        .doesNotContain("validation errors");
    MnrRunner.Result compared = run("models", "compare", "staged", MODEL, own);
    assertThat(compared.status()).as(compared.err()).isZero();
    assertThat(compared.out()).contains("leadership").doesNotContain("C81");
  }

  @Test
  void theSameSeedGivesTheSameOutputOnAnyNumberOfThreads() {
    List<String> common =
        List.of(
            "stability",
            MODEL,
            "example",
            "--min-group-size",
            "1",
            "--draws",
            "300",
            "--seed",
            "11",
            "--format",
            "json");
    MnrRunner.Result one = run(with(common, "--threads", "1"));
    MnrRunner.Result two = run(with(common, "--threads", "2"));
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    SchemaCheck.assertValid("mnr4j.stability", one.out());
    assertThat(one.out()).contains("\"seed\": 11").contains("\"draws\": 300");
    MnrRunner.Result other = run(with(common.subList(0, 7), "--seed", "12", "--format", "json"));
    assertThat(other.out()).isNotEqualTo(one.out());
  }

  @Test
  void aModelWithNothingUncertainIsStableEverywhere() {
    MnrRunner.Result result =
        run(
            "stability",
            "staged",
            "example",
            "--min-group-size",
            "1",
            "--draws",
            "50",
            "--format",
            "csv");
    assertThat(result.status()).as(result.err()).isZero();
    List<String> rows = result.out().lines().filter(line -> line.startsWith("C")).toList();
    assertThat(rows).hasSize(42 * 21).allSatisfy(row -> assertThat(row).contains(",stable,"));
  }

  @Test
  void scoresGiveEachAggregatesInterval() {
    MnrRunner.Result result =
        run(
            "stability",
            MODEL,
            "example",
            "--min-group-size",
            "1",
            "--draws",
            "200",
            "--scores",
            "--format",
            "csv");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\njurisdiction,name,aggregate,nominal,median,low,high,known_percent\r\n")
        .contains("C01,Country 01,overall,");
  }

  @Test
  void mistakesAreRefusedWithWhatIsWrong() throws IOException {
    MnrRunner.Result noOptIn = run("stability", MODEL, "example");
    assertThat(noOptIn.status()).isEqualTo(2);
    assertThat(noOptIn.err()).contains("level stability").contains("--min-group-size 1");
    MnrRunner.Result threshold =
        run("stability", MODEL, "example", "--min-group-size", "1", "--stable-at", "0.4");
    assertThat(threshold.status()).isEqualTo(2);
    assertThat(threshold.err()).contains("above 0.5 and at most 1, not 0.4");
    MnrRunner.Result draws =
        run("stability", MODEL, "example", "--min-group-size", "1", "--draws", "0");
    assertThat(draws.status()).isEqualTo(2);
    assertThat(draws.err()).contains("the draws must be from 1 to");
    Path broken = temp.resolve("broken.json");
    Files.writeString(
        broken,
        Files.readString(Path.of(MODEL))
            .replace(
                "/levels/2/capabilityCriteria/legislation/0/when/coverageAtLeast",
                "/levels/2/capabilityCriteria/legislation/0/when/coverage"));
    MnrRunner.Result located =
        run("stability", broken.toString(), "example", "--min-group-size", "1");
    assertThat(located.status()).isEqualTo(2);
    assertThat(located.err())
        .contains(
            "nothing in the model is at /levels/2/capabilityCriteria/legislation/0/when/"
                + "coverage")
        .contains("/uncertain/2/at/0 (line");
    assertThat(located.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aChartShowsOneJurisdictionsLevelProbabilities() throws IOException {
    Path svg = temp.resolve("stability.svg");
    MnrRunner.Result result =
        run(
            "chart",
            "stability",
            "example",
            "--model",
            MODEL,
            "--jurisdiction",
            "C02",
            "--min-group-size",
            "1",
            "-o",
            svg.toString());
    assertThat(result.status()).as(result.err()).isZero();
    String drawn = Files.readString(svg);
    assertThat(drawn)
        .contains("Level stability of Country 02 (C02)")
        .contains("between progressing and maturity")
        .contains("stable")
        .contains("Building")
        .contains("Maturity")
        .contains("no level")
        .contains("4 uncertain parameters, 1000 draws, seed 2022")
        .contains("SYNTHETIC DATA");
    MnrRunner.Result noOptIn =
        run(
            "chart",
            "stability",
            "example",
            "--model",
            MODEL,
            "--jurisdiction",
            "C02",
            "-o",
            svg.toString());
    assertThat(noOptIn.status()).isEqualTo(2);
    assertThat(noOptIn.err()).contains("level stability chosen from a cohort");
    MnrRunner.Result which =
        run(
            "chart",
            "stability",
            "example",
            "--model",
            MODEL,
            "--min-group-size",
            "1",
            "-o",
            svg.toString());
    assertThat(which.status()).isEqualTo(2);
    assertThat(which.err()).contains("choose one with --jurisdiction");
  }

  @Test
  void sensitivityRanksTheParametersByTheirTotalEffect() {
    MnrRunner.Result result =
        run(
            "sensitivity",
            MODEL,
            "example",
            "--samples",
            "128",
            "--bootstrap",
            "100",
            "--format",
            "csv");
    assertThat(result.status()).as(result.err()).isZero();
    List<String> rows = result.out().lines().filter(line -> line.startsWith("overall,")).toList();
    // Every parameter once for the overall score, ranked 1 to 4 by total effect.
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).startsWith("overall,1,");
    assertThat(rows.get(3)).startsWith("overall,4,");
    assertThat(result.out())
        .contains("measure,rank,parameter,total,total_low,total_high,first,first_low,first_high")
        .contains("at-or-above-maturity,1,")
        .contains("Sobol indices over 42 jurisdictions: 128 base samples (768 evaluations");
    MnrRunner.Result json =
        run(
            "sensitivity",
            MODEL,
            "example",
            "--samples",
            "64",
            "--bootstrap",
            "50",
            "--format",
            "json",
            "--threads",
            "1");
    MnrRunner.Result twoThreads =
        run(
            "sensitivity",
            MODEL,
            "example",
            "--samples",
            "64",
            "--bootstrap",
            "50",
            "--format",
            "json",
            "--threads",
            "2");
    assertThat(json.status()).as(json.err()).isZero();
    SchemaCheck.assertValid("mnr4j.sensitivity", json.out());
    assertThat(twoThreads.out()).isEqualTo(json.out());
  }

  @Test
  void sensitivityRefusesTooSmallACohort() {
    MnrRunner.Result one =
        run("sensitivity", MODEL, "responses/country-07-completed.json", "--samples", "8");
    assertThat(one.status()).isEqualTo(2);
    assertThat(one.err())
        .contains("the measures of 1 jurisdictions would show too few of them")
        .contains("--min-group-size 1 is the opt-in");
    MnrRunner.Result samples = run("sensitivity", MODEL, "example", "--samples", "1");
    assertThat(samples.status()).isEqualTo(2);
    assertThat(samples.err()).contains("the base samples must be from 2 to");
  }

  @Test
  void modelsCompareShowsWhereTwoModelsDisagreeAndWhy() {
    MnrRunner.Result result = run("models", "compare", "staged", MODEL, "example", "--wide");
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith(
            "Models 'staged' and 'four-phase-example' on Synthetic example cohort, 2021"
                + " surveys\n")
        .contains("capability")
        .contains("kappa")
        .contains("\nall ")
        .contains("First model 'staged', second 'four-phase-example', over 42 jurisdictions.");
    MnrRunner.Result crosstab =
        run(
            "models",
            "compare",
            "staged",
            MODEL,
            "example",
            "--table",
            "crosstab",
            "--format",
            "csv");
    assertThat(crosstab.status()).as(crosstab.err()).isZero();
    assertThat(crosstab.out()).contains("capability,first_level,second_level,count\r\n");
    // Every capability's pairs count the 42 jurisdictions once each.
    long leadership =
        crosstab
            .out()
            .lines()
            .filter(line -> line.startsWith("leadership,"))
            .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1)))
            .sum();
    assertThat(leadership).isEqualTo(42);
    MnrRunner.Result json =
        run("models", "compare", "staged", MODEL, "example", "--format", "json");
    SchemaCheck.assertValid("mnr4j.model-comparison", json.out());
  }

  @Test
  void modelsCompareRefusesWhatItCannotCompare() {
    MnrRunner.Result small =
        run("models", "compare", "staged", MODEL, "responses/country-07-completed.json");
    assertThat(small.status()).isEqualTo(2);
    assertThat(small.err()).contains("a comparison of 1 jurisdictions would show too few");
    MnrRunner.Result index = run("models", "compare", "staged", "index", "example");
    assertThat(index.status()).isEqualTo(2);
    assertThat(index.err()).contains("model 'index' has no levels to compare");
    MnrRunner.Result bare = run("models");
    assertThat(bare.status()).isEqualTo(2);
    assertThat(bare.err()).contains("mnr models needs a command: compare");
  }

  @Test
  void aChartShowsWhatMovesACohortMeasure() throws IOException {
    Path svg = temp.resolve("sensitivity.svg");
    MnrRunner.Result result =
        run(
            "chart",
            "sensitivity",
            "example",
            "--model",
            MODEL,
            "--measure",
            "societal",
            "-o",
            svg.toString());
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(Files.readString(svg))
        .contains("What moves societal under model")
        .contains("total-order index")
        .contains("first-order index")
        .contains("hotline-described")
        .contains("1024 base samples, 500 bootstrap resamples, seed 2022")
        .contains("SYNTHETIC DATA");
    MnrRunner.Result unknown =
        run(
            "chart",
            "sensitivity",
            "example",
            "--model",
            MODEL,
            "--measure",
            "nope",
            "-o",
            svg.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown measure 'nope'");
    MnrRunner.Result misplaced =
        run("chart", "figure1", "example", "--measure", "overall", "-o", svg.toString());
    assertThat(misplaced.status()).isEqualTo(2);
    assertThat(misplaced.err()).contains("--measure is for sensitivity only");
  }

  @Test
  void aChartShowsWhereTwoModelsAgree() throws IOException {
    Path svg = temp.resolve("comparison.svg");
    MnrRunner.Result result =
        run(
            "chart",
            "comparison",
            "example",
            "--model",
            "staged",
            "--versus",
            MODEL,
            "-o",
            svg.toString());
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(Files.readString(svg))
        .contains("Models &apos;staged&apos; and &apos;four-phase-example&apos;")
        .contains("legislation")
        .contains("kappa ")
        .contains("four-phase-example: embedding (28)")
        .contains("42 jurisdictions; capabilities at no level left out");
    MnrRunner.Result misplaced =
        run("chart", "figure1", "example", "--versus", MODEL, "-o", svg.toString());
    assertThat(misplaced.status()).isEqualTo(2);
    assertThat(misplaced.err()).contains("--versus is for comparison only");
  }

  private static String[] with(List<String> args, String... more) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }
}
