package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.ValidationFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mnr survey, mnr lint and mnr validate, on the example responses under responses/. */
class SurveyCommandsTest extends CliTest {

  @TempDir Path temp;

  @Test
  void surveyJsonIsTheInstrumentDocument() {
    assertThat(run("survey", "--format", "json")).isZero();
    Instrument printed = MnrJson.strict().read(out.toString(), Document.INSTRUMENT);
    assertThat(printed).isEqualTo(Instruments.mnrSurvey2021());
    assertThat(printed.questions()).hasSize(81);
  }

  @Test
  void surveyTextListsEveryQuestion() {
    assertThat(run("survey")).isZero();
    assertThat(out.toString()).isEqualTo(Instruments.mnrSurvey2021().toOutline());
    for (int n = 1; n <= 81; n++) {
      assertThat(out.toString()).contains("\nq" + n + (n == 81 ? " [" : ""));
    }
    assertThat(out.toString()).contains("    if q33 = no, skip to q35\n");
  }

  /** The UNICEF survey, reconstructed: printed, and clean under lint. */
  @Test
  void printsTheUnicefSurveyReconstructed() throws IOException {
    assertThat(run("survey", "--unicef")).isZero();
    assertThat(out.toString())
        .isEqualTo(Instruments.unicefSurvey2021().toOutline())
        .contains("u8* [single-choice, detail of legislation]")
        .contains("[Is the legislation perceived to be comprehensive or partial?]");
    out.getBuffer().setLength(0);
    Path unicef = temp.resolve("unicef.json");
    assertThat(run("survey", "--unicef", "--format", "json")).isZero();
    Files.writeString(unicef, out.toString());
    out.getBuffer().setLength(0);
    assertThat(run("lint", unicef.toString())).isZero();
    assertThat(out.toString())
        .endsWith(": end-violence-unicef-survey@2021: 0 errors, 0 warnings\n");
    out.getBuffer().setLength(0);
    assertThat(run("survey", "--unicef", "--as-printed")).isEqualTo(2);
  }

  @Test
  void lintFindsErratumE1InThePrintedForm() throws IOException {
    Path printed = temp.resolve("printed.json");
    assertThat(run("survey", "--as-printed", "--format", "json")).isZero();
    Files.writeString(printed, out.toString());
    out.getBuffer().setLength(0);
    assertThat(run("lint", printed.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("error skip-backward /skipRules/8 q33, q32: q33 skips back to q32")
        .endsWith(": wpga-mnr-survey@2021: 2 errors, 1 warning\n");
  }

  @Test
  void lintPassesTheBuiltInSurvey() throws IOException {
    Path survey = temp.resolve("survey.json");
    Files.writeString(
        survey, MnrJson.strict().write(Instruments.mnrSurvey2021(), Document.INSTRUMENT));
    assertThat(run("lint", survey.toString())).isZero();
    assertThat(out.toString()).endsWith(": wpga-mnr-survey@2021: 0 errors, 0 warnings\n");
  }

  @Test
  void lintReportsUnresolvedReferencesAsUnreadable() throws IOException {
    Path broken = temp.resolve("broken.json");
    Files.writeString(
        broken,
        MnrJson.strict()
            .write(Instruments.mnrSurvey2021(), Document.INSTRUMENT)
            .replace("\"target\": \"q9\"", "\"target\": \"q90\""));
    assertThat(run("lint", broken.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("unknown skip target 'q90'")
        .contains("at /skipRules/0/target (line")
        .doesNotContain("Exception");
  }

  /**
   * Real responses beside made-up ones: the label counts the made-up, rather than calling all so.
   */
  @Test
  void validateCountsTheSyntheticAmongRealResponses() throws IOException {
    Path real = temp.resolve("real.json");
    Files.writeString(
        real,
        Files.readString(Path.of("responses/country-07-completed.json"))
            .replace("\"data\": \"synthetic\"", "\"data\": \"survey\""));
    assertThat(
            run(
                "validate",
                real.toString(),
                "responses/country-07-completed.json",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(out.toString())
        .contains(real + ": C07 Country 07, wpga-mnr-survey@2021, completed: valid")
        .contains("\nShown by request with a minimum group size of 1: ")
        .endsWith(
            "SYNTHETIC DATA: 1 of 2 responses is synthetic: made up, with invented answers that"
                + " imitate published aggregates; the others' data are not marked synthetic.\n");
  }

  @Test
  void validateAcceptsTheCompletedExample() {
    assertThat(run("validate", "responses/country-07-completed.json")).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "responses/country-07-completed.json: C07 Country 07,"
                + " wpga-mnr-survey@2021, synthetic, completed: valid (0 errors, 0 warnings)\n"
                + "1 of 1 response is of made-up jurisdictions. "
                + Jurisdiction.SYNTHETIC_NOTE
                + "\n");
  }

  @Test
  void validateWarnsAboutTheDraft() {
    assertThat(run("validate", "responses/country-12-draft.json")).isZero();
    assertThat(out.toString())
        .contains("in-progress: valid (0 errors, 33 warnings)")
        .contains("  warning required-unanswered q3 /answers/q3: q3 is required but unanswered");
  }

  @Test
  void validateReportsEveryKindOfDefectWithQuestionAndPointer() {
    assertThat(run("validate", "responses/country-31-defects.json")).isEqualTo(1);
    String output = out.toString();
    assertThat(output)
        .contains(
            "  error answer-to-disabled-question q8 /answers/q8: q8 is"
                + " answered, but it is disabled: if q7 = no, skip to q9")
        .contains("  error unknown-option q17 /answers/q17/choices/1:")
        .contains("  error unknown-question q90 /answers/q90:");
    Arrays.stream(ValidationFinding.Code.values())
        .filter(code -> code != ValidationFinding.Code.INSTRUMENT_MISMATCH)
        .forEach(code -> assertThat(output).contains(" " + code.id() + " "));
  }

  @Test
  void validateNamesUnreadableFilesAndExits2() throws IOException {
    Path bad = temp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"mnr4j.response\",\n \"version\": 1,\n \"answers\": {]");
    assertThat(
            run(
                "validate",
                "responses/country-31-defects.json",
                bad.toString(),
                temp.resolve("missing.json").toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(bad + ": malformed JSON:")
        .contains("(line 3, column")
        .contains("missing.json: no such file")
        .doesNotContain("at io.github");
    assertThat(out.toString()).contains("country-31-defects.json: C31 Country 31");
  }

  /**
   * Cohorts and JSON Lines are validated response by response, each named by its index; a line that
   * cannot be read is located and the others are validated.
   */
  @Test
  void validateReadsCohortsAndJsonLinesResponseByResponse() throws IOException {
    assertThat(run("validate", "example", "--min-group-size", "1")).isZero();
    List<String> verdicts = out.toString().lines().filter(l -> !l.startsWith("  ")).toList();
    assertThat(verdicts).hasSize(44);
    assertThat(verdicts.get(42)).startsWith("Shown by request with a minimum group size of 1:");
    assertThat(verdicts.get(43))
        .isEqualTo(
            "42 of 42 responses are of made-up jurisdictions. " + Jurisdiction.SYNTHETIC_NOTE);
    assertThat(verdicts.get(0))
        .startsWith("example #0: C01 Country 01, wpga-mnr-survey@2021, synthetic,");
    assertThat(verdicts.get(41)).startsWith("example #41: C42 Country 42,");

    String defects = Files.readString(Path.of("responses/country-31-defects.json"));
    String completed = Files.readString(Path.of("responses/country-07-completed.json"));
    Path lines = temp.resolve("round.jsonl");
    Files.writeString(
        lines,
        defects.replaceAll("\\s*\n\\s*", " ")
            + "\n{\"format\": \"mnr4j.response\", \"answers\": {]\n"
            + completed.replaceAll("\\s*\n\\s*", " ")
            + "\n");
    clear();
    assertThat(run("validate", lines.toString(), "--min-group-size", "1")).isEqualTo(2);
    assertThat(out.toString())
        .contains(
            lines + " #0: C31 Country 31, wpga-mnr-survey@2021, synthetic, completed: invalid")
        .contains("  error unknown-question q90 /answers/q90:")
        .contains(lines + " #2: C07 Country 07, wpga-mnr-survey@2021, synthetic, completed: valid");
    assertThat(err.toString()).contains(lines.toString()).contains("line 2, column");
    clear();
    assertThat(run("validate", lines.toString(), "--format", "json", "--min-group-size", "1"))
        .isEqualTo(2);
    List<String> reports = out.toString().lines().toList();
    assertThat(reports).as("one document a line").hasSize(2);
    reports.forEach(line -> SchemaCheck.assertValid("mnr4j.validation", line));
    assertThat(err.toString()).contains("mnr: Shown by request with a minimum group size of 1:");
  }

  /**
   * Findings tell of a jurisdiction's answers: more than one response is validated only by request,
   * and without it nothing is printed, however the responses come.
   */
  @Test
  void validatingMoreThanOneResponseIsByRequest() {
    for (List<String> inputs :
        List.of(
            List.of("example"),
            List.of("responses/country-07-completed.json", "responses/country-12-draft.json"),
            List.of("responses"))) {
      clear();
      List<String> args = new java.util.ArrayList<>(List.of("validate"));
      args.addAll(inputs);
      assertThat(run(args.toArray(String[]::new))).as("%s", inputs).isEqualTo(2);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString())
          .startsWith(
              "mnr: validating more than one response shows jurisdictions one by one, which is"
                  + " only by request: add --min-group-size 1 if you may show these data that"
                  + " way\n");
      clear();
      args.addAll(List.of("--format", "json"));
      assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
      assertThat(out.toString()).isEmpty();
    }
    // one response needs no opt-in, and says nothing of the policy
    clear();
    assertThat(run("validate", "responses/country-12-draft.json")).isZero();
    assertThat(out.toString()).doesNotContain("Shown by request");
  }

  /**
   * Against the printed form, Country 07's No on q33 disables q33 itself (erratum E1): the response
   * that the corrected survey accepts cannot be valid.
   */
  @Test
  void validateTakesAnInstrumentOfOnesOwn() throws IOException {
    Path printed = temp.resolve("printed.json");
    Files.writeString(
        printed, MnrJson.strict().write(Instruments.mnrSurvey2021AsPrinted(), Document.INSTRUMENT));
    assertThat(
            run(
                "validate",
                "--instrument",
                printed.toString(),
                "responses/country-07-completed.json"))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "  error answer-to-disabled-question q33 /answers/q33: q33"
                + " is answered, but it is disabled: if q33 = no, skip to q32");
  }
}
