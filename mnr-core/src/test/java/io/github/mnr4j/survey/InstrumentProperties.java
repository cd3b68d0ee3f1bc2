package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.testing.InstrumentGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of instrument checks over generated instruments. */
class InstrumentProperties {

  /** Forward skips that read their own question can neither loop nor depend on themselves. */
  @Test
  void forwardSkipsNeverLoop() {
    qt().forAll(InstrumentGenerators.instruments())
        .checkAssert(
            instrument ->
                assertThat(InstrumentChecks.check(instrument).findings())
                    .extracting(InstrumentFinding::code)
                    .doesNotContainAnyElementsOf(
                        Set.of(
                            InstrumentFinding.Code.SKIP_BACKWARD,
                            InstrumentFinding.Code.SKIP_TO_SELF,
                            InstrumentFinding.Code.ENABLEMENT_CYCLE)));
  }

  /** A skip back to an earlier question, or to the rule's own, is always found and named. */
  @Test
  void everyBackwardSkipIsFound() {
    qt().forAll(
            InstrumentGenerators.instruments(),
            integers().between(0, 1000),
            integers().between(0, 1000))
        .checkAssert(
            (instrument, from, to) -> {
              List<Question> questions = instrument.questions();
              Question source = questions.get(from % questions.size());
              Question target = questions.get(to % (from % questions.size() + 1));
              List<SkipRule> rules = new ArrayList<>(instrument.skipRules());
              rules.add(SkipRule.of(source.id(), Condition.answered(source.id()), target.id()));
              Instrument looping =
                  Instrument.builder()
                      .id(instrument.id())
                      .edition(instrument.edition())
                      .title(instrument.title())
                      .source(instrument.source())
                      .framework(instrument.framework())
                      .addAllSections(instrument.sections())
                      .addAllQuestions(questions)
                      .addAllSkipRules(rules)
                      .build();
              InstrumentFinding.Code expected =
                  source.equals(target)
                      ? InstrumentFinding.Code.SKIP_TO_SELF
                      : InstrumentFinding.Code.SKIP_BACKWARD;
              assertThat(InstrumentChecks.check(looping).findings())
                  .filteredOn(f -> f.code() == expected)
                  .extracting(f -> f.questionIds().get(0))
                  .contains(source.id());
            });
  }

  /**
   * The checks find what the checks as first written find (each question's covering rules listed,
   * the dependency graph built edge by edge), on instruments of many overlapping rules in either
   * direction, over several sections, whose conditions read any questions and kinds: cycles,
   * unreachable questions, options never selectable, skips outside a section.
   */
  @Test
  void theChecksFindWhatTheirDefinitionFinds() {
    qt().withExamples(300)
        .forAll(integers().between(1, 40), integers().between(0, 40), integers().all())
        .checkAssert(
            (questions, ruleCount, seed) -> {
              Instrument instrument = instrument(questions, ruleCount, new Random(seed));
              assertThat(InstrumentChecks.check(instrument).findings())
                  .filteredOn(finding -> CHANGED.contains(finding.code()))
                  .isEqualTo(ReferenceInstrumentChecks.run(instrument));
            });
  }

  /** The checks that no longer list each question's covering rules. */
  private static final Set<InstrumentFinding.Code> CHANGED =
      Set.of(
          InstrumentFinding.Code.SKIP_OUTSIDE_SECTION,
          InstrumentFinding.Code.ENABLEMENT_CYCLE,
          InstrumentFinding.Code.UNREACHABLE_QUESTION,
          InstrumentFinding.Code.REQUIRED_NEVER_ENABLED,
          InstrumentFinding.Code.OPTION_NEVER_SELECTABLE);

  /** An instrument of yes/no, single and multiple choice questions in sections that interleave. */
  private static Instrument instrument(int questions, int ruleCount, Random random) {
    Instrument.Builder builder =
        Instrument.builder()
            .id("rules")
            .edition("1")
            .title("Rules")
            .source("Us")
            .framework(Frameworks.mnr())
            .addAllSections(
                List.of(
                    Section.builder().id("a").number(1).title("A").build(),
                    Section.builder().id("b").number(2).title("B").build(),
                    Section.builder().id("c").number(3).title("C").build()));
    List<Question> built = new ArrayList<>();
    for (int i = 0; i < questions; i++) {
      QuestionKind kind =
          List.of(QuestionKind.YES_NO, QuestionKind.SINGLE_CHOICE, QuestionKind.MULTI_CHOICE)
              .get(random.nextInt(3));
      Question.Builder question =
          Question.builder()
              .id("q" + i)
              .number(i + 1)
              .sectionId(List.of("a", "b", "c").get(random.nextInt(4) == 0 ? random.nextInt(3) : 0))
              .text("Q" + i + "?")
              .kind(kind)
              .required(random.nextBoolean())
              .role(QuestionRole.DETAIL);
      if (kind != QuestionKind.YES_NO) {
        question.addAllOptions(List.of(Option.of("x", "X"), Option.of("y", "Y")));
      }
      built.add(question.build());
    }
    builder.addAllQuestions(built);
    for (int r = 0; r < ruleCount; r++) {
      int from = random.nextInt(questions);
      int to = random.nextInt(questions);
      builder.addAllSkipRules(
          List.of(SkipRule.of("q" + from, condition(built, random, 2), "q" + to)));
    }
    return builder.build();
  }

  private static Condition condition(List<Question> questions, Random random, int depth) {
    Question question = questions.get(random.nextInt(questions.size()));
    String option = question.kind() == QuestionKind.YES_NO ? "no" : "x";
    switch (depth == 0 ? random.nextInt(4) : random.nextInt(7)) {
      case 0:
        return Condition.answered(question.id());
      case 1:
        return Condition.is(question.id(), option);
      case 2:
        return Condition.includes(question.id(), option);
      case 3:
        return Condition.chosenAtLeast(question.id(), 1 + random.nextInt(2));
      case 4:
        return Condition.not(condition(questions, random, depth - 1));
      case 5:
        return Condition.any(
            condition(questions, random, depth - 1), condition(questions, random, depth - 1));
      default:
        return Condition.all(
            condition(questions, random, depth - 1), condition(questions, random, depth - 1));
    }
  }
}
