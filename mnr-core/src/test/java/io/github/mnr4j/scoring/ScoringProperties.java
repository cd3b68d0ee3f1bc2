package io.github.mnr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.testing.ResponseGenerators;
import io.github.mnr4j.testing.Surveys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the built-in models over generated responses. */
class ScoringProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Assessor ASSESSOR = Assessor.of(SURVEY);
  private static final List<ScoringModel> MODELS =
      List.of(ScoringModels.presence(), ScoringModels.staged(), ScoringModels.index());

  private static Scorecard score(ScoringModel model, Response response) {
    return model.score(ASSESSOR.assess(response));
  }

  @Test
  void valuesStayInRange() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              for (ScoringModel model : MODELS) {
                Scorecard card = score(model, response);
                for (CapabilityScore capability : card.capabilities()) {
                  capability.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
                  assertThat(capability.value().isPresent())
                      .isEqualTo(capability.status() != CapabilityStatus.UNKNOWN);
                }
                List<AggregateScore> aggregates = new ArrayList<>(card.domains());
                aggregates.add(card.overall());
                for (AggregateScore aggregate : aggregates) {
                  aggregate.value().ifPresent(v -> assertThat(v).isBetween(0.0, card.scale()));
                }
              }
            });
  }

  /**
   * A weighted mean does not change when every weight is multiplied by one positive factor: not
   * even when the factor makes them subnormal (4.9E-324 is a weight the checks allow), which gave
   * an index of 0 before weights were scaled to their largest.
   */
  @Test
  void scalingEveryWeightByOneFactorChangesNoScore() {
    qt().withExamples(60)
        .forAll(
            ResponseGenerators.anyResponses(SURVEY),
            lists().of(integers().between(0, 9)).ofSize(27),
            integers().between(0, 2))
        .checkAssert(
            (response, multiples, aggregation) -> {
              IndexModel.Builder plain = weighted("plain", aggregation);
              IndexModel.Builder tiny = weighted("tiny", aggregation);
              var framework = SURVEY.framework();
              for (int c = 0; c < framework.capabilities().size(); c++) {
                String id = framework.capabilities().get(c).id();
                plain.putCapabilityWeight(id, multiples.get(c));
                tiny.putCapabilityWeight(id, multiples.get(c) * Double.MIN_VALUE);
              }
              for (int d = 0; d < framework.domains().size(); d++) {
                String id = framework.domains().get(d).id();
                plain.putDomainWeight(id, 1 + multiples.get(21 + d));
                tiny.putDomainWeight(id, (1 + multiples.get(21 + d)) * Double.MIN_VALUE);
              }
              Scorecard expected = score(plain.build(), response);
              Scorecard actual = score(tiny.build(), response);
              List<AggregateScore> wanted = new ArrayList<>(expected.domains());
              wanted.add(expected.overall());
              List<AggregateScore> got = new ArrayList<>(actual.domains());
              got.add(actual.overall());
              for (int i = 0; i < wanted.size(); i++) {
                assertThat(got.get(i).value().isPresent())
                    .isEqualTo(wanted.get(i).value().isPresent());
                if (wanted.get(i).value().isPresent()) {
                  assertThat(got.get(i).value().getAsDouble())
                      .isCloseTo(
                          wanted.get(i).value().getAsDouble(),
                          org.assertj.core.data.Offset.offset(1e-9));
                }
              }
            });
  }

  private static IndexModel.Builder weighted(String id, int aggregation) {
    return IndexModel.builder()
        .id(id)
        .title("Index " + id)
        .description("Weighted")
        .base(ScoringModels.staged())
        .aggregation(Aggregation.values()[aggregation])
        .minimumCoverage(0);
  }

  @Test
  void presenceAgreesWithTheGateAnswersExactly() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              Scorecard card = score(ScoringModels.presence(), response);
              var enablement = io.github.mnr4j.survey.Validator.of(SURVEY).enablement(response);
              for (CapabilityEvidence evidence : ASSESSOR.assess(response).capabilities()) {
                String gate = evidence.primaryGateId().orElseThrow();
                Answer answer = response.answers().get(gate);
                Question question = SURVEY.question(gate);
                String said =
                    answer == null || !enablement.isEnabled(gate) || !question.kind().takes(answer)
                        ? ""
                        : question.kind() == QuestionKind.TEXT
                            ? answer.code().orElse("")
                            : answer.chosen().get(0);
                OptionalDouble expected =
                    said.equals("yes")
                        ? OptionalDouble.of(1)
                        : said.equals("no") ? OptionalDouble.of(0) : OptionalDouble.empty();
                assertThat(card.capability(evidence.capabilityId()).value())
                    .as(evidence.capabilityId())
                    .isEqualTo(expected);
              }
            });
  }

  @Test
  void scoringIsDeterministicAndIndependentOfAnswerOrder() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY), integers().all())
        .checkAssert(
            (response, seed) -> {
              List<Map.Entry<String, Answer>> entries =
                  new ArrayList<>(response.answers().entrySet());
              Collections.shuffle(entries, new Random(seed));
              Map<String, Answer> answers = new LinkedHashMap<>();
              entries.forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
              Response shuffled = Surveys.withAnswers(response, answers);
              for (ScoringModel model : MODELS) {
                Scorecard card = score(model, response);
                assertThat(model.compile(SURVEY.framework()).score(ASSESSOR.assess(shuffled)))
                    .isEqualTo(card);
              }
            });
  }

  /**
   * A staged model whose conditions read the status alone is scored from outcomes worked out per
   * status when it is compiled; it must give the scorecards, explanations included, that it gives
   * when a level's condition also reads the capability's links (an always-true test of them), which
   * sends it down the path that reads the whole evidence.
   */
  @Test
  void modelsReadingTheStatusAloneScoreAsFromTheWholeEvidence() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY), integers().all())
        .checkAssert(
            (response, seed) -> {
              Assessment assessment = ASSESSOR.assess(response);
              Scorecard fromStatuses = statusModel(seed, false).score(assessment);
              Scorecard fromEvidence = statusModel(seed, true).score(assessment);
              assertThat(fromStatuses).isEqualTo(fromEvidence);
              for (int c = 0; c < fromStatuses.capabilities().size(); c++) {
                assertThat(fromStatuses.capabilities().get(c).reason())
                    .isEqualTo(fromEvidence.capabilities().get(c).reason());
              }
            });
  }

  /**
   * A random staged model of one to four levels whose conditions test the status alone; with {@code
   * readingLinks}, every level's condition also tests (always true) whether the capability has
   * details.
   */
  private static StagedModel statusModel(int seed, boolean readingLinks) {
    Random random = new Random(seed);
    EvidenceCondition always =
        EvidenceCondition.any(
            EvidenceCondition.holds(EvidenceCondition.Fact.HAS_DETAILS),
            EvidenceCondition.not(EvidenceCondition.holds(EvidenceCondition.Fact.HAS_DETAILS)));
    StagedModel.Builder model = StagedModel.builder().id("status-only").title("Status only");
    int levels = 1 + random.nextInt(4);
    for (int l = 0; l < levels; l++) {
      LevelDefinition.Builder level =
          LevelDefinition.builder().level(Level.of("level-" + l, l, "Level " + l));
      EvidenceCondition applies = random.nextBoolean() ? statusCondition(random, 2) : null;
      if (readingLinks) {
        level.appliesWhen(applies == null ? always : EvidenceCondition.all(applies, always));
      } else if (applies != null) {
        level.appliesWhen(applies);
      }
      for (int criteria = random.nextInt(3); criteria > 0; criteria--) {
        level.addCriterion(Criterion.of("criterion " + criteria, statusCondition(random, 2)));
      }
      model.addLevel(level.build());
    }
    return model.description("Levels that test the status alone").build();
  }

  private static EvidenceCondition statusCondition(Random random, int depth) {
    switch (depth == 0 ? 0 : random.nextInt(4)) {
      case 1:
        return EvidenceCondition.not(statusCondition(random, depth - 1));
      case 2:
        return EvidenceCondition.all(
            statusCondition(random, depth - 1), statusCondition(random, depth - 1));
      case 3:
        return EvidenceCondition.any(
            statusCondition(random, depth - 1), statusCondition(random, depth - 1));
      default:
        CapabilityStatus[] statuses = CapabilityStatus.values();
        return EvidenceCondition.statusIs(statuses[random.nextInt(statuses.length)]);
    }
  }

  /**
   * Adding a Yes to an unanswered or No gate, a detail answer, or a checklist option never lowers
   * any capability's value under the built-in models.
   */
  @Test
  void addingEvidenceNeverLowersAValue() {
    qt().forAll(ResponseGenerators.validResponses(SURVEY), integers().between(0, 1_000_000))
        .checkAssert(
            (response, choice) -> {
              Response more = withMoreEvidence(response, choice);
              for (ScoringModel model : MODELS) {
                Scorecard before = score(model, response);
                Scorecard after = score(model, more);
                for (CapabilityScore was : before.capabilities()) {
                  CapabilityScore now = after.capability(was.capabilityId());
                  if (was.value().isPresent()) {
                    assertThat(now.value()).as(model.id() + " " + was.capabilityId()).isPresent();
                    assertThat(now.value().getAsDouble())
                        .as(model.id() + " " + was.capabilityId())
                        .isGreaterThanOrEqualTo(was.value().getAsDouble());
                  }
                }
              }
            });
  }

  /** Adds one piece of evidence to a valid response: a Yes, a detail, or a checklist option. */
  private static Response withMoreEvidence(Response response, int choice) {
    List<Question> candidates = new ArrayList<>();
    for (Question question : SURVEY.questions()) {
      QuestionRole role = question.role();
      boolean gate =
          (role == QuestionRole.GATE || role == QuestionRole.SECONDARY_GATE)
              && question.kind() == QuestionKind.YES_NO;
      if (gate || role == QuestionRole.DETAIL || role == QuestionRole.CHECKLIST) {
        candidates.add(question);
      }
    }
    Question question = candidates.get(choice % candidates.size());
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    Answer old = answers.get(question.id());
    switch (question.role()) {
      case DETAIL:
        answers.put(question.id(), Answer.ofText("More detail"));
        break;
      case CHECKLIST:
        List<String> chosen = new ArrayList<>(old == null ? List.of() : old.chosen());
        question.options().stream()
            .map(Option::id)
            .filter(id -> !chosen.contains(id))
            .filter(id -> !question.option(id).isExclusive() && !question.option(id).carriesText())
            .findFirst()
            .ifPresent(chosen::add);
        answers.put(question.id(), Answer.ofChoices(chosen));
        break;
      default:
        answers.put(question.id(), Answer.ofChoice("yes"));
    }
    return Surveys.withAnswers(response, answers);
  }
}
