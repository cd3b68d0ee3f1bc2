package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks that read one jurisdiction's answers despite the minimum group size, each tried on
 * the example cohort (one jurisdiction in south-asia, one of low income): a filter, a subtraction,
 * an output of jurisdictions one by one. Each is refused or suppressed without the opt-in, and
 * shown with it, saying so.
 */
class DisclosureCommandsTest extends CliTest {
  @TempDir Path temp;

  private static final String REQUEST = "Shown by request with a minimum group size of 1";

  @Test
  void aFilterThatKeepsOneJurisdictionIsRefusedInEveryOutput() {
    for (String[] command :
        List.of(
            new String[] {"tally", "example", "--where", "region=south-asia"},
            new String[] {"tally", "example", "--where", "region=south-asia", "--question", "q17"},
            new String[] {"tally", "example", "--where", "incomeGroup=low", "--format", "json"},
            new String[] {"tally", "example", "--where", "region=south-asia", "--by", "status"},
            new String[] {
              "chart", "figure1", "example", "--where", "region=south-asia", "-o", "f.svg"
            },
            new String[] {
              "chart",
              "options",
              "example",
              "--question",
              "q6",
              "--where",
              "region=south-asia",
              "-o",
              "o.svg"
            })) {
      clear();
      assertThat(run(command)).as(String.join(" ", command)).isEqualTo(2);
      assertThat(out.toString()).as(String.join(" ", command)).isEmpty();
      assertThat(err.toString())
          .as(String.join(" ", command))
          .startsWith("mnr: the disclosure policy refuses counts of 1 ")
          .contains("fewer than the minimum group size of 5")
          .doesNotContain("Exception");
    }
    clear();
    assertThat(run("tally", "example", "--where", "region=south-asia", "--min-group-size", "1"))
        .isZero();
    assertThat(out.toString().replace("\n", " ")).contains(REQUEST);
  }

  /** A filter whose complement is one jurisdiction: the whole cohort minus it would be that one. */
  @Test
  void aFilterThatLeavesOutOneJurisdictionIsRefused() throws Exception {
    Cohort example = SyntheticCohort.load();
    Cohort.Builder marked = Cohort.builder().name("Marked");
    for (Response response : example.responses()) {
      Jurisdiction j = response.jurisdiction();
      Jurisdiction.Builder copy =
          Jurisdiction.builder().id(j.id()).name(j.name()).putAllAttributes(j.attributes());
      j.incomeGroup().ifPresent(copy::incomeGroup);
      j.region().ifPresent(copy::region);
      copy.putAttribute("part", j.id().equals("C01") ? "alone" : "rest");
      marked.addAllResponses(List.of(response.withJurisdiction(copy.build())));
    }
    Path cohort = temp.resolve("marked.json");
    Files.writeString(cohort, MnrJson.strict().write(marked.build(), Document.COHORT));
    assertThat(run("tally", cohort.toString(), "--where", "part=rest")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .startsWith(
            "mnr: the disclosure policy refuses counts where part=rest: they leave out 1"
                + " jurisdictions, fewer than the minimum group size of 5");
    clear();
    assertThat(run("tally", cohort.toString(), "--where", "part=rest", "--by", "incomeGroup"))
        .isEqualTo(2);
    clear();
    assertThat(run("tally", cohort.toString(), "--where", "data=synthetic")).isZero();
    assertThat(out.toString())
        .as("a filter that keeps everyone leaves no one to isolate")
        .contains("Leadership");
  }

  /**
   * The plain tally minus the groups shown by --by gives only the sum of two or more suppressed
   * groups, never the one low-income jurisdiction.
   */
  @Test
  void subtractingTheShownGroupsFromThePlainTallyGivesNoSingleJurisdiction() {
    assertThat(run("tally", "example", "--by", "incomeGroup", "--format", "csv")).isZero();
    List<String> suppressed =
        lines().stream()
            .filter(line -> line.contains(",,true,"))
            .map(line -> line.substring(0, line.indexOf(',')))
            .toList();
    assertThat(suppressed).containsExactly("lower-middle", "low");
    int shownSize =
        lines().stream()
            .filter(line -> line.contains(",false,Leadership,"))
            .mapToInt(line -> Integer.parseInt(line.split(",")[1]))
            .sum();
    assertThat(42 - shownSize).as("what subtraction gives counts 12 jurisdictions").isEqualTo(12);
    clear();
    assertThat(
            run("tally", "example", "--by", "incomeGroup", "--question", "q6", "--format", "csv"))
        .isZero();
    assertThat(lines().stream().filter(line -> line.contains(",,true,")).count())
        .as("q6 by income group: no lone suppressed group either")
        .isNotEqualTo(1);
  }

  @Test
  void outputsOfJurisdictionsOneByOneNeedTheOptInAndSaySo() {
    for (String[] command :
        List.of(
            new String[] {"rank", "example", "--draws", "10"},
            new String[] {"score", "example", "--table", "overall", "--format", "csv"},
            new String[] {"score", "example"},
            new String[] {"compare", "example", "example", "--format", "json"},
            new String[] {"compare", "example", "example", "--format", "csv", "--table", "changes"},
            new String[] {"chart", "ranking", "example", "-o", temp.resolve("r.svg").toString()},
            new String[] {
              "chart",
              "scorecard",
              "example",
              "--jurisdiction",
              "C01",
              "-o",
              temp.resolve("s.svg").toString()
            })) {
      clear();
      assertThat(run(command)).as(String.join(" ", command)).isEqualTo(2);
      assertThat(out.toString()).as(String.join(" ", command)).isEmpty();
      assertThat(err.toString())
          .as(String.join(" ", command))
          .contains("shows jurisdictions one by one, which is only by request")
          .contains("--min-group-size 1");
    }
    assertThat(temp.resolve("r.svg")).doesNotExist();
    assertThat(temp.resolve("s.svg")).doesNotExist();
    clear();
    assertThat(run("score", "example", "--table", "overall", "--min-group-size", "1")).isZero();
    assertThat(out.toString().replace("\n", " ")).contains(REQUEST);
    clear();
    assertThat(
            run(
                "chart",
                "scorecard",
                "example",
                "--jurisdiction",
                "C01",
                "--min-group-size",
                "1",
                "-o",
                temp.resolve("s.svg").toString()))
        .isZero();
    assertThat(temp.resolve("s.svg")).content().contains("Shown by request");
    clear();
    // One response is the user's own to score: no opt-in needed.
    assertThat(run("score", "responses/country-07-completed.json")).isZero();
    assertThat(out.toString()).doesNotContain("Shown by request");
  }

  @Test
  void textComparisonsLeaveOutTheChangesPerJurisdiction() {
    assertThat(run("compare", "example", "example")).isZero();
    assertThat(out.toString())
        .contains("Leadership")
        .contains("The changes per jurisdiction are not shown")
        .doesNotContain("jurisdiction  capability");
  }
}
