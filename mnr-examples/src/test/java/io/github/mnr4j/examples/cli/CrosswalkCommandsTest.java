package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.examples.NextEdition;
import io.github.mnr4j.examples.ReviewSurveys;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mnr crosswalk show|check|derive, mnr lint on a crosswalk, mnr migrate. */
class CrosswalkCommandsTest extends CliTest {
  private static final String DIR = "../mnr-examples/crosswalks/";
  private static final String SURVEY_CROSSWALK = DIR + "survey-crosswalk.json";
  private static final String NEXT_SURVEY = DIR + "next-survey.json";

  @TempDir Path temp;

  /** Runs mnr migrate through the shipped survey crosswalk, to the draft survey. */
  private int migrate(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("migrate", "--crosswalk", SURVEY_CROSSWALK, "--end", NEXT_SURVEY));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /**
   * A cohort of two instruments of one's own, through a crosswalk given with --through: here the
   * UNICEF survey counted, the Alliance survey's responses through the crosswalk read backwards.
   */
  @Test
  void tallyReadsAnotherInstrumentThroughACrosswalk() throws IOException {
    Path unicef = temp.resolve("unicef.json");
    Files.writeString(
        unicef, MnrJson.strict().write(Instruments.unicefSurvey2021(), Document.INSTRUMENT));
    Path backwards = temp.resolve("alliance-to-unicef.json");
    Files.writeString(
        backwards, MnrJson.strict().write(ReviewSurveys.crosswalk().inverse(), Document.CROSSWALK));
    String[] both = {"--instrument", unicef.toString(), "--through", backwards.toString()};
    assertThat(
            run(concat(List.of("tally", "example", "--question", "u8", "--format", "csv"), both)))
        .isZero();
    assertThat(out.toString()).containsPattern("\npartial,22,25,88,yes\r?\n");
    clear();
    assertThat(run(concat(List.of("tally", "example", "--format", "csv"), both))).isZero();
    assertThat(out.toString()).containsPattern("\nLeadership,leadership,32,10,0,42,76,yes\r?\n");
    clear();
    // without the crosswalk, the Alliance survey's responses are refused, each by name
    assertThat(run("tally", "example", "--instrument", unicef.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "response 0 (C01): answers 'wpga-mnr-survey@2021', not"
                + " 'end-violence-unicef-survey@2021' (see --instrument and --through)")
        .contains("17 problems in all, so nothing is reported");
    clear();
    // a crosswalk that leads elsewhere, a source not given, an instrument without a crosswalk
    assertThat(run("tally", "example", "--through", backwards.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "leads to end-violence-unicef-survey@2021, not to wpga-mnr-survey@2021, the instrument"
                + " counted (see --instrument)");
    clear();
    Crosswalk strange =
        Crosswalk.builder()
            .id("strange")
            .title("From an instrument not given")
            .source(CrosswalkEnd.of(CrosswalkEnd.Kind.INSTRUMENT, "strange", "1"))
            .target(CrosswalkEnd.of(Instruments.mnrSurvey2021()))
            .provenance(Provenance.of("tests", LocalDate.of(2026, 12, 6), "a test"))
            .build();
    Path strangeFile = temp.resolve("strange.json");
    Files.writeString(strangeFile, MnrJson.strict().write(strange, Document.CROSSWALK));
    assertThat(run("tally", "example", "--through", strangeFile.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("starts at strange@1, which is not built in: give it with --other-instrument");
    clear();
    // a crosswalk from a third instrument keeps the built-in survey's UNICEF one
    Path third = temp.resolve("third.json");
    Files.writeString(
        third,
        MnrJson.strict()
            .write(Instruments.unicefSurvey2021(), Document.INSTRUMENT)
            .replace("\"id\": \"end-violence-unicef-survey\"", "\"id\": \"third\""));
    Path thirdToAlliance = temp.resolve("third-to-alliance.json");
    Files.writeString(
        thirdToAlliance,
        MnrJson.strict()
            .write(ReviewSurveys.crosswalk(), Document.CROSSWALK)
            .replace("\"id\": \"end-violence-unicef-survey\"", "\"id\": \"third\""));
    assertThat(
            run(
                "tally",
                "example",
                "--through",
                thirdToAlliance.toString(),
                "--other-instrument",
                third.toString(),
                "--format",
                "csv"))
        .isZero();
    assertThat(out.toString()).containsPattern("\nLeadership,leadership,32,10,0,42,76,yes\r?\n");
    clear();
    // the same crosswalk twice
    assertThat(run(concat(List.of("tally", "example", "--through", backwards.toString()), both)))
        .isEqualTo(2);
    assertThat(err.toString()).contains("two crosswalks lead from wpga-mnr-survey@2021");
    clear();
    assertThat(run("tally", "example", "--other-instrument", unicef.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("--other-instrument names the source of a --through crosswalk");
  }

  private static String[] concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void checkPassesTheShippedCrosswalksAndLintDoesTheSame() {
    assertThat(
            run(
                "crosswalk",
                "check",
                "--end",
                DIR + "next-framework.json",
                DIR + "framework-crosswalk.json"))
        .isZero();
    assertThat(out.toString())
        .endsWith("framework wpga-mnr -> framework wpga-mnr-next-draft: 0 errors, 0 warnings\n");
    clear();
    assertThat(run("lint", "--end", NEXT_SURVEY, SURVEY_CROSSWALK)).isZero();
    assertThat(out.toString())
        .endsWith("-> instrument wpga-mnr-survey@next-draft: 0 errors, 0 warnings\n");
  }

  @Test
  void checkFindsAMissingElementAndSaysWhereInJson() throws IOException {
    Path broken = temp.resolve("broken.json");
    Files.writeString(
        broken,
        Files.readString(Path.of(SURVEY_CROSSWALK))
            .replace(
                "\"relationship\": \"added\"", "\"relationship\": \"added\", \"rationale\": \"x\"")
            .replaceFirst("(?s)\\{\\s*\"sources\": \\[\\s*\"q83\".*?\\},", "")
            .replaceFirst(
                "(?s),\\s*\\{\\s*\"sources\": \\[\\],\\s*\"targets\": \\[\\s*\"q83\"\\s*\\].*?\\}\\s*\\]",
                "]"));
    assertThat(
            run("crosswalk", "check", "--end", NEXT_SURVEY, "--format", "json", broken.toString()))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("\"code\": \"target-unreached\"")
        .contains("question 'q83' of wpga-mnr-survey@next-draft is reached by no entry");
    SchemaCheck.assertValid("mnr4j.crosswalk-checks", out.toString());
  }

  @Test
  void anEndNeitherBuiltInNorGivenIsNamed() {
    assertThat(run("crosswalk", "check", SURVEY_CROSSWALK)).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "mnr: the crosswalk names instrument wpga-mnr-survey@next-draft, which is not built"
                + " in: give its document with --end FILE\n");
  }

  @Test
  void showPrintsEntriesAndTheDocument() {
    assertThat(run("crosswalk", "show", SURVEY_CROSSWALK)).isZero();
    assertThat(out.toString())
        .startsWith(
            "From the 2021 survey to a hypothetical next edition (wpga-mnr-survey-2021-to-next-draft)\n")
        .contains("  q61 equivalent q61 + q82\n")
        .contains("  q62/harmful-sexual-behaviour removed\n");
    clear();
    assertThat(run("crosswalk", "show", "--format", "json", SURVEY_CROSSWALK)).isZero();
    assertThat(MnrJson.strict().read(out.toString(), Document.CROSSWALK))
        .isEqualTo(NextEdition.surveyCrosswalk());
  }

  @Test
  void deriveWritesTheCrosswalkOfATailoredFramework() throws IOException {
    Path tailored = temp.resolve("tailored.json");
    Files.writeString(
        tailored, MnrJson.strict().write(NextEdition.framework(), Document.FRAMEWORK));
    assertThat(
            run(
                "crosswalk",
                "derive",
                "--author",
                "A tester",
                "--date",
                "2026-12-06",
                tailored.toString()))
        .isZero();
    Crosswalk derived = MnrJson.strict().read(out.toString(), Document.CROSSWALK);
    assertThat(derived.provenance().author()).isEqualTo("A tester");
    assertThat(derived.provenance().date()).hasToString("2026-12-06");
    assertThat(derived.check(Frameworks.mnr(), NextEdition.framework()).findings()).isEmpty();
    clear();
    assertThat(run("crosswalk", "derive", "--end", tailored.toString(), tailored.toString()))
        .isZero();
    clear();
    assertThat(run("crosswalk", "derive", "--date", "2026-12-06", NEXT_SURVEY)).isZero();
    Crosswalk evidence = MnrJson.strict().read(out.toString(), Document.CROSSWALK);
    assertThat(evidence.source().reference()).isEqualTo("wpga-mnr-survey@next-draft");
    assertThat(evidence.check(NextEdition.survey(), NextEdition.framework()).findings()).isEmpty();
    clear();
    Path evidenceFile = temp.resolve("evidence.json");
    Files.writeString(evidenceFile, MnrJson.strict().write(evidence, Document.CROSSWALK));
    assertThat(
            run(
                "crosswalk",
                "check",
                "--end",
                NEXT_SURVEY,
                "--end",
                DIR + "next-framework.json",
                evidenceFile.toString()))
        .isZero();
    clear();
    Path original = temp.resolve("mnr.json");
    Files.writeString(original, MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK));
    assertThat(run("crosswalk", "derive", original.toString())).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("mnr: framework 'wpga-mnr' records no base: only a tailored framework");
  }

  @Test
  void migrateWritesResponsesAndAReportInEachFormat() throws IOException {
    Path migrated = temp.resolve("migrated.jsonl");
    assertThat(migrate("--output", migrated.toString(), "example")).isZero();
    List<String> lines = Files.readAllLines(migrated);
    int cohortSize = SyntheticCohort.load().responses().size();
    assertThat(lines).hasSize(cohortSize);
    Response first = MnrJson.strict().read(lines.get(0), Document.RESPONSE);
    assertThat(first.instrumentReference()).isEqualTo("wpga-mnr-survey@next-draft");
    assertThat(first.jurisdiction().attributes()).containsEntry("data", "synthetic");
    assertThat(err.toString())
        .startsWith(
            "Migrated "
                + cohortSize
                + " responses from wpga-mnr-survey@2021 to"
                + " wpga-mnr-survey@next-draft through crosswalk")
        .contains(
            "25 responses answered end-violence-unicef-survey@2021 through crosswalk"
                + " 'end-violence-unicef-survey-2021-to-wpga-mnr-survey-2021' first")
        .contains("split         q61   q61 + q82")
        .contains("needs-review        q83             " + cohortSize);
    // question ids in the order people number them
    assertThat(err.toString().indexOf("carried       q6 "))
        .isLessThan(err.toString().indexOf("carried       q10 "));

    clear();
    Path report = temp.resolve("report.csv");
    assertThat(
            migrate(
                "--report",
                report.toString(),
                "--report-format",
                "csv",
                "--format",
                "cohort",
                "example"))
        .isZero();
    assertThat(MnrJson.strict().read(out.toString(), Document.COHORT).responses())
        .hasSize(cohortSize);
    List<String> csv = Files.readAllLines(report);
    assertThat(csv.get(0)).isEqualTo("jurisdiction,outcome,sources,targets,message");
    assertThat(csv)
        .contains("C01,needs-review,,q83,\"a new question, not asked in wpga-mnr-survey@2021\"");

    clear();
    assertThat(migrate("--report-format", "json", "--output", migrated.toString(), "example"))
        .isZero();
    SchemaCheck.assertValid("mnr4j.migration", err.toString());
    assertThat(err.toString()).contains("\"needingReview\": " + cohortSize);
  }

  @Test
  void migrateRefusesACrosswalkWithErrorsAndWritesNothing() throws IOException {
    Path broken = temp.resolve("broken.json");
    Files.writeString(
        broken, Files.readString(Path.of(SURVEY_CROSSWALK)).replace("\"q77\"", "\"q97\""));
    Path migrated = temp.resolve("migrated.jsonl");
    assertThat(
            run(
                "migrate",
                "--crosswalk",
                broken.toString(),
                "--end",
                NEXT_SURVEY,
                "--output",
                migrated.toString(),
                "example"))
        .isEqualTo(2);
    assertThat(err.toString())
        .startsWith("mnr: " + broken + ": crosswalk 'wpga-mnr-survey-2021-to-next-draft' has ")
        .contains("unknown-element")
        .endsWith("(mnr crosswalk check lists them all)\n");
    assertThat(migrated).doesNotExist();
  }

  /** The output is written into, as a shell's > would: a link (or a device) is not replaced. */
  @Test
  void migrateWritesIntoTheOutputRatherThanReplacingIt() throws IOException {
    Path real = temp.resolve("real.jsonl");
    Files.writeString(real, "old content that is longer than nothing\n".repeat(1000));
    Path link = Files.createSymbolicLink(temp.resolve("link.jsonl"), real);
    assertThat(
            migrate("--output", link.toString(), "--report", link.toString() + ".txt", "example"))
        .isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real))
        .hasSize(SyntheticCohort.load().responses().size())
        .allMatch(line -> line.startsWith("{\"format\":\"mnr4j.response\""));
  }

  /** A round on the draft survey compared with the 2021 round, through the framework crosswalk. */
  @Test
  void compareThroughACrosswalkListsWhatIsNotCompared() throws IOException {
    Path migrated = temp.resolve("migrated.jsonl");
    assertThat(migrate("--output", migrated.toString(), "example")).isZero();
    clear();
    assertThat(
            run(
                "compare",
                "example",
                migrated.toString(),
                "--crosswalk",
                DIR + "framework-crosswalk.json",
                "--end",
                NEXT_SURVEY,
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isZero();
    SchemaCheck.assertValid("mnr4j.comparison", out.toString());
    assertThat(out.toString())
        .contains(
            "\"notComparable\": [\n    \"law-enforcement-wellbeing: added law-enforcement-wellbeing\",")
        .doesNotContain("\"capability\": \"offender-support-systems\"")
        .doesNotContain("\"change\": \"gained\"");
    clear();
    assertThat(
            run(
                "compare",
                "example",
                migrated.toString(),
                "--crosswalk",
                SURVEY_CROSSWALK,
                "--end",
                NEXT_SURVEY))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("compare needs a crosswalk between two frameworks (capability level)");
    clear();
    assertThat(
            run(
                "compare",
                "example",
                migrated.toString(),
                "--crosswalk",
                DIR + "framework-crosswalk.json"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("no instrument on framework 'wpga-mnr-next-draft' is built in or given");
  }

  /** A response with validation errors is migrated as far as it goes, and the report says so. */
  @Test
  void migrateSaysWhichResponsesWereInvalidBefore() throws IOException {
    Instrument survey = Instruments.mnrSurvey2021();
    Crosswalk.Builder identity =
        Crosswalk.builder()
            .id("identity")
            .title("The 2021 survey to itself")
            .source(CrosswalkEnd.of(survey))
            .target(CrosswalkEnd.of(survey))
            .provenance(Provenance.of("tests", LocalDate.of(2026, 12, 6), "an identity"));
    survey
        .questions()
        .forEach(
            q -> identity.addEntry(CrosswalkEntry.of(q.id(), q.id(), Relationship.EQUIVALENT)));
    Path file = temp.resolve("identity.json");
    Files.writeString(file, MnrJson.strict().write(identity.build(), Document.CROSSWALK));
    assertThat(
            run(
                "migrate",
                "--crosswalk",
                file.toString(),
                "--output",
                temp.resolve("out.jsonl").toString(),
                "../mnr-examples/responses/country-31-defects.json"))
        .isZero();
    assertThat(err.toString())
        .contains("mnr: note: before migration, 1 response with validation errors (")
        .endsWith("their answers were migrated as they were\n");
  }
}
