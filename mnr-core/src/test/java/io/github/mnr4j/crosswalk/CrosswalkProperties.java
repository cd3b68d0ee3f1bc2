package io.github.mnr4j.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.crosswalk.MigrationNote.Outcome;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.testing.FrameworkGenerators;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Invariants of crosswalks over generated crosswalks between editions of the 2021 survey and
 * generated responses: identity, no silent loss, the inverse, composition.
 */
class CrosswalkProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Instrument NEXT = edition(SURVEY, "2024");
  private static final Instrument LAST = edition(SURVEY, "2027");

  static Instrument edition(Instrument base, String edition) {
    return Instrument.builder()
        .id(base.id())
        .edition(edition)
        .title(base.title())
        .source(base.source())
        .framework(base.framework())
        .addAllSections(base.sections())
        .addAllQuestions(base.questions())
        .addAllSkipRules(base.skipRules())
        .build();
  }

  /** Every question maps to itself, its options by the rule on options. */
  static Crosswalk identity(Instrument from, Instrument to) {
    Crosswalk.Builder builder =
        Crosswalk.builder()
            .id("identity")
            .title("Identity")
            .source(CrosswalkEnd.of(from))
            .target(CrosswalkEnd.of(to))
            .provenance(TwoEditions.PROVENANCE);
    for (Question question : from.questions()) {
      builder.addEntry(CrosswalkEntry.of(question.id(), question.id(), Relationship.EQUIVALENT));
    }
    return builder.build();
  }

  /**
   * Crosswalks between two editions of one survey where some questions, and some options, are
   * replaced by new ones under the same ids (so the two are not of one lineage).
   */
  static Gen<Crosswalk> crosswalks(Instrument from, Instrument to) {
    return in -> crosswalk(from, to, in);
  }

  private static Crosswalk crosswalk(Instrument from, Instrument to, RandomnessSource in) {
    List<CrosswalkEntry> entries = new ArrayList<>();
    List<CrosswalkEntry> additions = new ArrayList<>();
    for (Question question : from.questions()) {
      String id = question.id();
      if (integers().between(0, 9).generate(in) == 0) {
        entries.add(CrosswalkEntry.removed(id).withRationale("replaced"));
        additions.add(CrosswalkEntry.added(id).withRationale("a replacement"));
        continue;
      }
      entries.add(CrosswalkEntry.of(id, id, Relationship.EQUIVALENT));
      for (Option option : question.options()) {
        if (integers().between(0, 5).generate(in) == 0) {
          String element = id + "/" + option.id();
          entries.add(CrosswalkEntry.removed(element).withRationale("replaced"));
          additions.add(CrosswalkEntry.added(element).withRationale("a replacement"));
        }
      }
    }
    entries.addAll(additions);
    return Crosswalk.builder()
        .id("generated")
        .title("Generated")
        .source(CrosswalkEnd.of(from))
        .target(CrosswalkEnd.of(to))
        .sameLineage(false)
        .provenance(TwoEditions.PROVENANCE)
        .addAllEntries(entries)
        .build();
  }

  @Test
  void migratingThroughTheIdentityGivesTheResponseBack() {
    Crosswalk identity = identity(SURVEY, NEXT);
    assertThat(identity.check(SURVEY, NEXT).findings()).isEmpty();
    Migration migration = Migration.of(identity, SURVEY, NEXT).withPersonalData(true);
    qt().withExamples(60)
        .forAll(ResponseGenerators.validResponses(SURVEY))
        .checkAssert(
            response -> {
              MigrationResult result = migration.migrate(response);
              assertThat(result.response().answers()).isEqualTo(response.answers());
              assertThat(result.response().status()).isEqualTo(response.status());
              assertThat(result.response().respondent()).isEqualTo(response.respondent());
              assertThat(result.notes()).allMatch(n -> n.outcome() == Outcome.CARRIED);
              assertThat(result.notes()).hasSize(response.answers().size());
            });
  }

  @Test
  void generatedCrosswalksAreCleanAndSoAreTheirInverses() {
    qt().withExamples(60)
        .forAll(crosswalks(SURVEY, NEXT))
        .checkAssert(
            crosswalk -> {
              assertThat(crosswalk.check(SURVEY, NEXT).findings()).isEmpty();
              assertThat(crosswalk.inverse().check(NEXT, SURVEY).findings()).isEmpty();
              assertThat(crosswalk.inverse().inverse()).isEqualTo(crosswalk);
            });
  }

  @Test
  void noAnswerDisappearsWithoutANote() {
    qt().withExamples(80)
        .forAll(crosswalks(SURVEY, NEXT), ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            (crosswalk, response) -> {
              MigrationResult result = Migration.of(crosswalk, SURVEY, NEXT).migrate(response);
              Set<String> noted = new HashSet<>();
              result.notes().forEach(note -> noted.addAll(note.sources()));
              assertThat(noted).containsAll(response.answers().keySet());
              if (result.needsReview()) {
                assertThat(result.response().status().id()).isEqualTo("in-progress");
              }
            });
  }

  /** Migrating there and back loses only what the notes say was dropped, narrowed or left. */
  @Test
  void migratingBackLosesOnlyWhatTheNotesSay() {
    qt().withExamples(80)
        .forAll(crosswalks(SURVEY, NEXT), ResponseGenerators.validResponses(SURVEY))
        .checkAssert(
            (crosswalk, response) -> {
              MigrationResult there = Migration.of(crosswalk, SURVEY, NEXT).migrate(response);
              Response back =
                  Migration.of(crosswalk.inverse(), NEXT, SURVEY)
                      .migrate(there.response())
                      .response();
              for (MigrationNote note : there.notes()) {
                for (String question : note.sources()) {
                  Answer original = response.answers().get(question);
                  Answer returned = back.answers().get(question);
                  if (note.outcome() == Outcome.CARRIED) {
                    assertThat(returned).isEqualTo(original);
                  } else if (returned != null) {
                    assertThat(note.outcome()).isIn(Outcome.NARROWED, Outcome.NEEDS_REVIEW);
                    assertThat(original.chosen()).containsAll(returned.chosen());
                  }
                }
              }
              for (Map.Entry<String, Answer> answer : back.answers().entrySet()) {
                assertThat(response.answers()).containsKey(answer.getKey());
              }
            });
  }

  @Test
  void composingThenMigratingEqualsMigratingTwice() {
    qt().withExamples(60)
        .forAll(
            crosswalks(SURVEY, NEXT),
            crosswalks(NEXT, LAST),
            ResponseGenerators.validResponses(SURVEY))
        .checkAssert(
            (first, second, response) -> {
              CrosswalkComposition composed = first.compose(second, TwoEditions.PROVENANCE);
              assertThat(composed.gaps()).isEmpty();
              assertThat(composed.crosswalk().check(SURVEY, LAST).errors()).isEmpty();
              Response twice =
                  Migration.of(second, NEXT, LAST)
                      .migrate(Migration.of(first, SURVEY, NEXT).migrate(response).response())
                      .response();
              Response once =
                  Migration.of(composed.crosswalk(), SURVEY, LAST).migrate(response).response();
              assertThat(once.answers()).isEqualTo(twice.answers());
              assertThat(once.status()).isEqualTo(twice.status());
            });
  }

  @Test
  void aDerivedCrosswalkIsCleanBothWaysAndComposes() {
    qt().withExamples(40)
        .forAll(FrameworkGenerators.frameworks(), integers().between(0, 1000))
        .checkAssert(
            (base, seed) -> {
              Framework variant = TailoredFrameworks.variant(base, seed);
              Crosswalk derived = Crosswalk.derive(base, variant, TwoEditions.PROVENANCE);
              assertThat(derived.check(base, variant).findings()).isEmpty();
              assertThat(derived.inverse().check(variant, base).findings()).isEmpty();
              Framework further = TailoredFrameworks.variant(variant, seed + 1);
              CrosswalkComposition composed =
                  derived.compose(
                      Crosswalk.derive(variant, further, TwoEditions.PROVENANCE),
                      TwoEditions.PROVENANCE);
              assertThat(composed.gaps()).isEmpty();
              assertThat(composed.crosswalk().check(base, further).errors()).isEmpty();
            });
  }
}
