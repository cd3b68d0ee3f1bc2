package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What researchers and dashboards take away: CSV, tidy score tables, machine-readable checks,
 * cohort files, charts, and the safe defaults around them.
 */
class OutputsTest extends CliTest {
  @TempDir Path temp;

  @Test
  void everyTableCommandWritesCsv() {
    assertThat(run("tally", "example", "--format", "csv")).isZero();
    assertThat(out.toString())
        .startsWith("# published: whether Framing the future (2022) publishes the row;")
        .contains("\r\n# SYNTHETIC DATA: made-up jurisdictions")
        .contains(
            "\r\nrow,capabilities,yes,no,unanswered,denominator,percent_yes,published\r\n"
                + "Leadership,leadership,32,10,0,42,76,yes\r\n");
    clear();
    assertThat(run("tally", "example", "--question", "q6", "--format", "csv")).isZero();
    assertThat(out.toString()).contains("\r\ngood-practice-reference,35,39,90,yes\r\n");
    clear();
    assertThat(run("rank", "example", "--min-group-size", "1", "--draws", "20", "--format", "csv"))
        .isZero();
    assertThat(lines().get(0))
        .startsWith("# The WeProtect Global Alliance says of its MNR Maturity Model survey")
        .contains("\"will not be used to rank or benchmark particular countries' responses\"");
    assertThat(lines().get(1)).startsWith("# SYNTHETIC DATA: ");
    assertThat(lines().get(2)).startsWith("# Scores of responses to 2 instruments");
    assertThat(lines().get(3)).startsWith("# Shown by request with a minimum group size of 1");
    assertThat(lines().get(4))
        .isEqualTo(
            "rank,jurisdiction,name,index,median_rank,best_rank,"
                + "worst_rank,likely_band,likely_band_percent");
    assertThat(lines()).hasSize(47);
    clear();
    assertThat(
            run(
                "compare",
                "example",
                "example",
                "--format",
                "csv",
                "--table",
                "changes",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(lines())
        .containsExactly(
            "# " + Jurisdiction.SYNTHETIC_NOTE,
            "# " + DisclosurePolicy.withMinGroupSize(1).note().orElseThrow(),
            "jurisdiction,capability,change,status,level");
  }

  @Test
  void textTablesFitAHundredColumnsUnlessWide() {
    assertThat(run("score", "responses/country-07-completed.json")).isZero();
    assertThat(lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(out.toString())
        .containsPattern("\nresearch-analysis- +not-in-place")
        .contains("\nmonitoring ");
    clear();
    assertThat(run("score", "responses/country-07-completed.json", "--wide")).isZero();
    assertThat(lines()).anySatisfy(line -> assertThat(line.length()).isGreaterThan(100));
  }

  @Test
  void scoreWritesTidyTablesOfACohort() {
    assertThat(
            run(
                "score",
                "example",
                "--table",
                "capabilities",
                "--format",
                "csv",
                "--min-group-size",
                "1"))
        .isZero();
    List<String> rows = lines();
    assertThat(rows.get(0))
        .isEqualTo(
            "jurisdiction,name,income_group,region,synthetic,validation_errors,model,"
                + "domain,capability,status,level,level_ordinal,value,details_answered,details,"
                + "checklist_chosen,checklist_offered,secondary_gates_yes,secondary_gates,"
                + "plans_described");
    assertThat(rows).hasSize(1 + 42 * 21 + 2);
    assertThat(rows.get(rows.size() - 2)).startsWith("# Scores of responses to 2 instruments");
    assertThat(rows).last().asString().startsWith("# Shown by request");
    assertThat(rows.get(1))
        .startsWith(
            "C01,Country 01,lower-middle,east-asia-pacific,true,,"
                + "staged,policy-governance,leadership,");
    clear();
    assertThat(
            run(
                "score",
                "example",
                "--table",
                "overall",
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(lines())
        .hasSize(42)
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith("{\"jurisdiction\":\"C")
                    .contains("\"synthetic\":true,\"validation_errors\":null,\"model\":\"staged\"")
                    .contains("\"sufficient\":"));
    clear();
    assertThat(run("score", "example", "--format", "json", "--min-group-size", "1")).isZero();
    assertThat(lines()).as("a scorecard document a line").hasSize(42);
    SchemaCheck.assertValid("mnr4j.scorecard", lines().get(0));
  }

  @Test
  void scoreGoesOnPastAResponseItCannotScore() throws IOException {
    Path dir = Files.createDirectory(temp.resolve("responses"));
    Files.copy(Path.of("responses/country-07-completed.json"), dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "{\"format\": \"mnr4j.response\"");
    assertThat(
            run(
                "score",
                dir.toString(),
                "--table",
                "overall",
                "--format",
                "csv",
                "--min-group-size",
                "1"))
        .isEqualTo(2);
    assertThat(lines()).hasSize(2);
    assertThat(lines().get(1)).startsWith("C07,");
    assertThat(err.toString())
        .contains("b.json")
        .contains("mnr: 1 problem (above); 1 response scored");
  }

  @Test
  void validateAndLintWriteTheirSchemasDocuments() {
    assertThat(run("validate", "responses/country-31-defects.json", "--format", "json"))
        .isEqualTo(1);
    SchemaCheck.assertValid("mnr4j.validation", out.toString());
    assertThat(out.toString()).contains("\"valid\": false");
    clear();
    assertThat(
            run(
                "validate",
                "responses/country-31-defects.json",
                "responses/country-07-completed.json",
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isEqualTo(1);
    assertThat(lines()).hasSize(2);
    lines().forEach(line -> SchemaCheck.assertValid("mnr4j.validation", line));
    clear();
    Path printed = temp.resolve("printed.json");
    assertThat(run("survey", "--as-printed", "--format", "json")).isZero();
    String instrument = out.toString();
    clear();
    try {
      Files.writeString(printed, instrument);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(run("lint", printed.toString(), "--format", "json")).isEqualTo(1);
    SchemaCheck.assertValid("mnr4j.instrument-checks", out.toString());
    assertThat(out.toString()).contains("\"clean\": false").contains("\"code\": \"skip-backward\"");
  }

  @Test
  void cohortsAreExportedAndAssembled() throws IOException {
    assertThat(run("cohort", "export", "example")).isZero();
    Cohort example = MnrJson.strict().read(out.toString(), Document.COHORT);
    assertThat(example).isEqualTo(SyntheticCohort.load());
    Path dir = Files.createDirectory(temp.resolve("round"));
    // The example's responses are all in progress: three made completed, one left a draft.
    for (Response response : example.responses().subList(0, 4)) {
      ResponseStatus status =
          response.jurisdiction().id().equals("C04")
              ? ResponseStatus.IN_PROGRESS
              : ResponseStatus.COMPLETED;
      Files.writeString(
          dir.resolve(response.jurisdiction().id() + ".json"),
          MnrJson.strict()
              .write(
                  Response.builder()
                      .instrumentReference(response.instrumentReference())
                      .jurisdiction(response.jurisdiction())
                      .status(status)
                      .putAllAnswers(response.answers())
                      .build(),
                  Document.RESPONSE));
    }
    clear();
    // Made completed, the drafts miss required answers: refused unless asked.
    assertThat(run("cohort", "assemble", dir.toString(), "--name", "Round 3")).isEqualTo(1);
    assertThat(out.toString()).as("nothing written").isEmpty();
    assertThat(err.toString())
        .contains("mnr: refused: 3 responses with validation errors (required-unanswered 3):")
        .contains("C01, C02, C03; nothing is written");
    clear();
    assertThat(run("cohort", "assemble", dir.toString(), "--name", "Round 3", "--allow-invalid"))
        .isZero();
    assertThat(err.toString())
        .contains("mnr: note: assembled, as --allow-invalid asks: 3 responses with validation");
    Cohort assembled = MnrJson.strict().read(out.toString(), Document.COHORT);
    assertThat(assembled.name()).isEqualTo("Round 3");
    assertThat(assembled.responses())
        .extracting(r -> r.jurisdiction().id())
        .containsExactly("C01", "C02", "C03");
    assertThat(err.toString()).contains("1 response in progress left out (see --drafts)");
    clear();
    assertThat(run("cohort", "assemble", dir.toString(), "--drafts", "--allow-invalid")).isZero();
    Cohort drafts = MnrJson.strict().read(out.toString(), Document.COHORT);
    assertThat(drafts.responses()).hasSize(4);
    assertThat(out.toString())
        .as("written one response at a time, as the whole cohort is written")
        .isEqualTo(MnrJson.strict().write(drafts, Document.COHORT) + System.lineSeparator());
    clear();
    Path other = temp.resolve("other");
    Files.createDirectory(other);
    Files.writeString(
        other.resolve("C09.json"),
        MnrJson.strict()
            .write(
                Response.builder()
                    .instrumentReference("another-survey@2024")
                    .jurisdiction(example.responses().get(8).jurisdiction())
                    .status(ResponseStatus.COMPLETED)
                    .build(),
                Document.RESPONSE));
    assertThat(run("cohort", "assemble", dir.toString(), other.toString(), "--allow-invalid"))
        .isEqualTo(2);
    assertThat(out.toString()).as("nothing written").isEmpty();
    assertThat(err.toString())
        .contains(
            "the responses answer 3 instruments (another-survey@2024,"
                + " end-violence-unicef-survey@2021, wpga-mnr-survey@2021); a cohort answers one, or"
                + " the review's two surveys");
    clear();
    Files.writeString(
        dir.resolve("again.json"),
        MnrJson.strict().write(example.responses().get(0), Document.RESPONSE));
    assertThat(run("cohort", "assemble", dir.toString())).isEqualTo(2);
    assertThat(out.toString()).as("nothing written").isEmpty();
    assertThat(err.toString()).contains("C01");
  }

  @Test
  void breakdownsAreSafeByDefaultAndOptionsMustMakeSense() {
    assertThat(run("tally", "example", "--by", "incomegroup")).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "no jurisdiction has the attribute 'incomegroup';"
                + " known: incomeGroup, region, instrument, status, received, data, safeOnline, survey");
    for (String[] useless :
        new String[][] {
          {"tally", "example", "--min-group-size", "0"},
          {"rank", "example", "--min-group-size", "-1"},
          {"rank", "example"},
          {"compare", "example", "example", "--format", "csv", "--table", "changes"},
          {"chart", "ranking", "example", "-o", "x.svg"},
          {"chart", "scorecard", "example", "--jurisdiction", "C01", "-o", "x.svg"},
          {"tally", "example", "--question", "q6", "--view", "capabilities"},
          {"tally", "example", "--format", "csv", "--wide"},
          {"compare", "example", "example", "--table", "rows"},
          {"chart", "figure1", "example", "-o", "x.svg", "--by", "region"},
          {"chart", "breakdown", "example", "-o", "x.svg"},
          {"chart", "figure1", "example", "-o", "x.gif"},
          {"chart", "figure1", "example", "-o", "x.svg", "--scale", "2"},
          {"chart", "figure1", "example", "-o", "x.png", "--scale", "5"}
        }) {
      clear();
      assertThat(run(useless)).as(String.join(" ", useless)).isEqualTo(2);
      assertThat(err.toString()).startsWith("mnr: ").contains("Usage: mnr");
    }
  }

  @Test
  void chartsAreWrittenAsSvgOrPng() throws IOException {
    Path svg = temp.resolve("figure1.svg");
    assertThat(run("chart", "figure1", "example", "-o", svg.toString())).isZero();
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("SYNTHETIC DATA");
    Path png = temp.resolve("income.png");
    assertThat(run("chart", "breakdown", "example", "--by", "incomeGroup", "-o", png.toString()))
        .isZero();
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(run("chart", "scorecard", "example", "-o", temp.resolve("s.svg").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("holds 42 responses: choose one with --jurisdiction");
    assertThat(Files.exists(temp.resolve("s.svg"))).isFalse();
    Path figure4 = temp.resolve("figure4.svg");
    assertThat(
            run(
                "chart",
                "options",
                "example",
                "--question",
                "q17",
                "--where",
                "incomeGroup=high",
                "--min-group-size",
                "1",
                "-o",
                figure4.toString()))
        .isZero();
    assertThat(Files.readString(figure4))
        .contains("example where incomeGroup=high")
        .contains("% of the 15 who answered")
        .contains("SYNTHETIC DATA")
        .contains("Shown by request with a minimum group size of 1");
    clear();
    assertThat(
            run(
                "chart",
                "scorecard",
                "example",
                "--where",
                "incomeGroup=high",
                "-o",
                temp.resolve("w.svg").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--where is for figure1, breakdown and options only");
  }

  /** A PNG can be drawn with more pixels for print; its layout stays that of scale 1. */
  @Test
  void pngChartsScale() throws IOException {
    Path png = temp.resolve("print.png");
    assertThat(run("chart", "figure1", "example", "--scale", "2", "-o", png.toString())).isZero();
    var image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1800);
  }

  /** A breakdown whose groups are all suppressed has nothing to show: refused, no file. */
  @Test
  void aBreakdownChartWithEveryGroupSuppressedIsRefused() {
    Path svg = temp.resolve("empty.svg");
    assertThat(
            run(
                "chart",
                "breakdown",
                "example",
                "--by",
                "region",
                "--min-group-size",
                "43",
                "-o",
                svg.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "mnr: nothing to draw: every group of --by region is suppressed (9 groups; minimum"
                + " group size 43); no chart was written\n");
    assertThat(Files.exists(svg)).isFalse();
  }

  @Test
  void completionCoversEveryCommand() {
    assertThat(run("completion")).isZero();
    assertThat(out.toString())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_mnr")
        .contains("chart")
        .contains("assemble")
        .contains("--min-group-size");
  }

  @Test
  void modelDefaultsToTextLikeTheOtherCommands() {
    assertThat(run("model", "staged")).isZero();
    assertThat(out.toString()).startsWith("mnr4j staged model");
  }
}
