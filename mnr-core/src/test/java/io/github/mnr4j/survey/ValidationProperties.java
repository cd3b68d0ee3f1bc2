package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.testing.ResponseGenerators;
import io.github.mnr4j.testing.Surveys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Invariants of validation over generated responses to the built-in survey. */
class ValidationProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Validator VALIDATOR = Validator.of(SURVEY);

  @Test
  void validResponsesHaveNoFindings() {
    qt().forAll(ResponseGenerators.validResponses(SURVEY))
        .checkAssert(response -> assertThat(VALIDATOR.validate(response).findings()).isEmpty());
  }

  @Test
  void validationIsDeterministicAndIndependentOfAnswerOrder() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY), integers().all())
        .checkAssert(
            (response, seed) -> {
              List<Map.Entry<String, Answer>> entries =
                  new ArrayList<>(response.answers().entrySet());
              Collections.shuffle(entries, new Random(seed));
              Map<String, Answer> answers = new LinkedHashMap<>();
              entries.forEach(entry -> answers.put(entry.getKey(), entry.getValue()));
              Response shuffled = Surveys.withAnswers(response, answers);
              ValidationReport report = VALIDATOR.validate(response);
              assertThat(Validator.of(SURVEY).validate(shuffled).findings())
                  .isEqualTo(report.findings());
            });
  }

  /** Nothing is silently accepted: every answer to a disabled or unknown question is reported. */
  @Test
  void everyAnswerOutsideTheEnabledQuestionsIsReported() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              ValidationReport report = VALIDATOR.validate(response);
              Enablement enablement = VALIDATOR.enablement(response);
              for (String id : response.answers().keySet()) {
                boolean known = SURVEY.findQuestion(id).isPresent();
                if (!known || !enablement.isEnabled(id)) {
                  assertThat(report.findingsFor(id))
                      .extracting(ValidationFinding::code)
                      .containsAnyOf(
                          ValidationFinding.Code.UNKNOWN_QUESTION,
                          ValidationFinding.Code.ANSWER_TO_DISABLED_QUESTION);
                }
              }
              for (ValidationFinding finding : report.findings()) {
                assertThat(finding.pointer())
                    .matches("/instrument|/respondent|/answers/q[0-9]+(/.*)?");
              }
            });
  }

  /** Breaking one answer of a valid response always brings a finding about that question. */
  @Test
  void aBrokenAnswerIsAlwaysFound() {
    qt().forAll(ResponseGenerators.validResponses(SURVEY), integers().between(0, 3))
        .checkAssert(
            (response, damage) -> {
              String id = response.answers().keySet().iterator().next();
              Answer original = response.answers().get(id);
              Answer broken;
              switch (damage) {
                case 0:
                  broken =
                      original instanceof Answer.Text
                          ? Answer.ofChoice("yes")
                          : Answer.ofText("text");
                  break;
                case 1:
                  broken = original.withCode("no-such-code");
                  break;
                case 2:
                  broken = original.withOtherText("unasked");
                  break;
                default:
                  broken =
                      original instanceof Answer.Choice
                          ? Answer.ofChoice("unknown")
                          : original instanceof Answer.Choices
                              ? Answer.ofChoices("unknown")
                              : Answer.ofText(" ");
              }
              Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
              answers.put(id, broken);
              Response damaged = Surveys.withAnswers(response, answers);
              if (SURVEY.question(id).codes().isEmpty() || damage != 1) {
                assertThat(VALIDATOR.validate(damaged).findingsFor(id)).isNotEmpty();
              }
            });
  }

  /**
   * However many skip rules an instrument has, in either direction and overlapping, a question is
   * disabled by the first rule in the instrument's order that covers it and fires, and a rule that
   * skips forward fires only when its own question is enabled: the definition read literally,
   * position by position.
   */
  @Test
  void enablementFollowsTheDefinitionForAnyRules() {
    qt().forAll(integers().between(2, 150), integers().between(0, 140), integers().all())
        .checkAssert(
            (questions, ruleCount, seed) -> {
              Random random = new Random(seed);
              Instrument.Builder builder =
                  Instrument.builder()
                      .id("rules")
                      .edition("1")
                      .title("Rules")
                      .source("Us")
                      .framework(SURVEY.framework())
                      .addAllSections(
                          List.of(Section.builder().id("s").number(1).title("S").build()));
              for (int i = 0; i < questions; i++) {
                builder.addAllQuestions(
                    List.of(
                        Question.builder()
                            .id("q" + i)
                            .number(i + 1)
                            .sectionId("s")
                            .text("Q" + i + "?")
                            .kind(QuestionKind.YES_NO)
                            .role(QuestionRole.DETAIL)
                            .build()));
              }
              for (int r = 0; r < ruleCount; r++) {
                int from = random.nextInt(questions);
                int to = random.nextInt(questions);
                builder.addAllSkipRules(List.of(SkipRule.ifNo("q" + from, "q" + to)));
              }
              Instrument instrument = builder.build();
              Response.Builder response =
                  Response.builder()
                      .instrumentReference("rules@1")
                      .jurisdiction(Jurisdiction.of("C01", "Country 01"))
                      .status(ResponseStatus.IN_PROGRESS);
              for (int i = 0; i < questions; i++) {
                int pick = random.nextInt(3);
                if (pick < 2) {
                  response.putAnswer("q" + i, Answer.ofChoice(pick == 0 ? "no" : "yes"));
                }
              }
              Response built = response.build();
              Enablement enablement = Validator.of(instrument).enablement(built);
              List<SkipRule> expected = disabledByDefinition(instrument, built);
              for (int p = 0; p < questions; p++) {
                assertThat(enablement.findDisablingRule("q" + p))
                    .as("q%d", p)
                    .isEqualTo(Optional.ofNullable(expected.get(p)));
                assertThat(enablement.isEnabled(p)).isEqualTo(expected.get(p) == null);
              }
            });
  }

  /** Position by position, the first covering rule in the instrument's order that fires. */
  private static List<@Nullable SkipRule> disabledByDefinition(
      Instrument instrument, Response response) {
    List<@Nullable SkipRule> disabledBy = new ArrayList<>();
    for (int p = 0; p < instrument.questions().size(); p++) {
      SkipRule found = null;
      for (SkipRule rule : instrument.skipRules()) {
        int from = instrument.position(rule.questionId());
        int to = instrument.position(rule.targetId());
        boolean covers = from < to ? from < p && p < to : to <= p && p <= from;
        boolean fires =
            covers
                && (from >= to || disabledBy.get(from) == null)
                && rule.when().test(response.answers());
        if (fires) {
          found = rule;
          break;
        }
      }
      disabledBy.add(found);
    }
    return disabledBy;
  }
}
