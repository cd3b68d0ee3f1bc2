package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.cohort.Round;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.crosswalk.MigrationNote;
import io.github.mnr4j.crosswalk.MigrationNote.Outcome;
import io.github.mnr4j.crosswalk.MigrationResult;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InstrumentChecks;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hypothetical next edition: its documents, its crosswalks, the cohort migrated. */
class NextEditionTest {
  private static final Path SHIPPED = Docs.ROOT.resolve("mnr-examples/crosswalks");

  @Test
  void theShippedDocumentsAreTheOnesTheExampleBuilds() throws IOException {
    MnrJson json = MnrJson.strict();
    assertThat(read("next-framework.json"))
        .isEqualTo(json.write(NextEdition.framework(), Document.FRAMEWORK) + "\n");
    assertThat(read("framework-crosswalk.json"))
        .isEqualTo(json.write(NextEdition.frameworkCrosswalk(), Document.CROSSWALK) + "\n");
    assertThat(read("next-survey.json"))
        .isEqualTo(json.write(NextEdition.survey(), Document.INSTRUMENT) + "\n");
    assertThat(read("survey-crosswalk.json"))
        .isEqualTo(json.write(NextEdition.surveyCrosswalk(), Document.CROSSWALK) + "\n");
  }

  private static String read(String name) throws IOException {
    return Files.readString(SHIPPED.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void everyChangeIsLabelledAndQuotesTheCallToAction() {
    Framework draft = NextEdition.framework();
    assertThat(draft.notes())
        .anyMatch(
            note -> note.id().equals("hypothetical") && note.text().startsWith("Hypothetical"));
    assertThat(NextEdition.frameworkCrosswalk().check(Frameworks.mnr(), draft).findings())
        .isEmpty();
    List<CrosswalkEntry> changed =
        NextEdition.frameworkCrosswalk().entries().stream()
            .filter(e -> e.rationale().isPresent())
            .toList();
    // one entry per change the call to action names: the split, well-being, remedies,
    // the industry model response, international cooperation
    assertThat(changed).hasSize(5);
    for (CrosswalkEntry entry : changed) {
      String rationale = entry.rationale().orElseThrow();
      String quoted = rationale.substring(rationale.indexOf('"') + 1, rationale.lastIndexOf('"'));
      assertThat(rationale).contains("Framing the future (2022), Call to action, priority 5");
      assertThat(Frameworks.mnr().passages()).anyMatch(p -> p.text().equals(quoted));
    }
    CrosswalkEntry split =
        changed.stream()
            .filter(e -> e.sources().contains("offender-support-systems"))
            .findFirst()
            .orElseThrow();
    assertThat(split.targets())
        .containsExactly("offender-support-systems", "harmful-sexual-behaviour-support");
    assertThat(split.relationship()).isEqualTo(Relationship.EQUIVALENT);
  }

  @Test
  void theDraftSurveyAndItsCrosswalkAreClean() {
    Instrument draft = NextEdition.survey();
    assertThat(InstrumentChecks.check(draft).errors()).isEmpty();
    assertThat(NextEdition.surveyCrosswalk().check(Instruments.mnrSurvey2021(), draft).findings())
        .isEmpty();
  }

  /** Each answer's fate follows from the cohort's own answers, counted here independently. */
  @Test
  void theSyntheticCohortMigratesWithANoteForEveryAnswer() {
    Instrument draft = NextEdition.survey();
    Migration migration =
        Migration.of(NextEdition.surveyCrosswalk(), Instruments.mnrSurvey2021(), draft);
    Validator validator = Validator.of(draft);
    long split = 0;
    long narrowed = 0;
    for (Response response : allianceResponses()) {
      MigrationResult result = migration.migrate(response);
      Response migrated = result.response();
      assertThat(migrated.status()).isEqualTo(ResponseStatus.IN_PROGRESS); // q83 is new to all
      assertThat(validator.validate(migrated).errors()).isEmpty();
      assertThat(result.notes())
          .filteredOn(n -> n.outcome() == Outcome.NEEDS_REVIEW && n.sources().isEmpty())
          .extracting(MigrationNote::targets)
          .containsExactly(List.of("q83"));
      for (String question : response.answers().keySet()) {
        assertThat(result.notes()).anyMatch(n -> n.sources().contains(question));
        if (!question.equals("q61") && !question.equals("q62")) {
          assertThat(migrated.answers().get(question)).isEqualTo(response.answers().get(question));
        }
      }
      assertThat(migrated.answers()).doesNotContainKeys("q61", "q82", "q83");
      if (response.answers().containsKey("q61")) {
        split++;
      }
      List<String> q62 = response.findAnswer("q62").map(a -> a.chosen()).orElse(List.of());
      if (q62.contains("harmful-sexual-behaviour") && q62.size() > 1) {
        narrowed++;
        assertThat(migrated.answers().get("q62").chosen())
            .containsExactlyElementsOf(
                q62.stream().filter(o -> !o.equals("harmful-sexual-behaviour")).toList());
      }
    }
    assertThat(split).isPositive();
    assertThat(narrowed).isPositive();
  }

  /**
   * The 2021 round against the same cohort migrated to the draft survey, through the framework
   * crosswalk: the split capability and the new ones are listed, never counted as changes, and the
   * rest compare as unchanged, since migration carried their answers as they were.
   */
  @Test
  void roundsOnTwoEditionsCompareThroughTheFrameworkCrosswalk() {
    Instrument draft = NextEdition.survey();
    Migration migration =
        Migration.of(NextEdition.surveyCrosswalk(), Instruments.mnrSurvey2021(), draft);
    Assessor before = Assessor.of(Instruments.mnrSurvey2021());
    Assessor after = Assessor.of(draft);
    Accumulator<Assessment, Round> earlier = Round.accumulator("Round 2021", Frameworks.mnr());
    Accumulator<Assessment, Round> later = Round.accumulator("Draft round", draft.framework());
    for (Response response : allianceResponses()) {
      earlier.add(before.assess(response));
      later.add(after.assess(migration.migrate(response).response()));
    }
    RoundComparison comparison =
        RoundComparison.compare(earlier.result(), later.result(), NextEdition.frameworkCrosswalk());
    assertThat(comparison.notComparable())
        .extracting(line -> line.substring(0, line.indexOf(':')))
        .containsExactly(
            "law-enforcement-wellbeing",
            "offender-support-systems",
            "harmful-sexual-behaviour-support",
            "industry-model-response",
            "offender-support-systems (earlier round)");
    assertThat(comparison.changes())
        .noneMatch(c -> c.capabilityId().equals("offender-support-systems"))
        .allMatch(c -> c.change() == RoundComparison.Change.UNCHANGED);
    assertThat(comparison.changes()).hasSize(17 * 21 - 17); // 20 capabilities a jurisdiction
    assertThat(comparison.rows())
        .extracting(RoundComparison.RowChange::label)
        .doesNotContain("Offender support systems")
        .hasSize(TallyView.figure1().rows().size() - 1);
    assertThat(comparison.rows())
        .allMatch(
            row ->
                row.before().yesCount() == row.after().yesCount()
                    && row.before().denominator() == row.after().denominator());
    assertThat(comparison.toRowTable().notes())
        .anyMatch(note -> note.startsWith("5 capabilities not compared, counted in no change"));
    // a crosswalk that does not map the rounds' frameworks is refused
    assertThatThrownBy(
            () ->
                RoundComparison.compare(
                    later.result(), earlier.result(), NextEdition.frameworkCrosswalk()))
        .hasMessageContaining("are not compared through crosswalk 'wpga-mnr-to-next-draft'")
        .hasMessageContaining("end-mismatch");
  }

  /** The example's responses to the 2021 survey, which the draft revises (not the UNICEF one). */
  private static List<Response> allianceResponses() {
    return SyntheticCohort.load().responses().stream()
        .filter(r -> r.instrumentReference().equals(Instruments.mnrSurvey2021().reference()))
        .toList();
  }
}
