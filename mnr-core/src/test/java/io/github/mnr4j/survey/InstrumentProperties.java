package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.testing.InstrumentGenerators;
import java.util.ArrayList;
import java.util.List;
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
                assertThat(InstrumentChecks.run(instrument))
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
              assertThat(InstrumentChecks.run(looping))
                  .filteredOn(f -> f.code() == expected)
                  .extracting(f -> f.questionIds().get(0))
                  .contains(source.id());
            });
  }
}
