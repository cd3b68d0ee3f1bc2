package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mnr4j.testing.InstrumentGenerators;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of instrument checks over generated instruments. */
class InstrumentProperties {

  /** Forward skips that read their own question can neither loop nor depend on themselves. */
  @Test
  void forwardSkipsNeverLoop() {
    qt().forAll(InstrumentGenerators.instruments()).checkAssert(instrument ->
        assertThat(InstrumentChecks.check(instrument)).extracting(InstrumentFinding::code)
            .doesNotContainAnyElementsOf(Set.of(InstrumentFinding.Code.SKIP_BACKWARD,
                InstrumentFinding.Code.SKIP_TO_SELF, InstrumentFinding.Code.ENABLEMENT_CYCLE)));
  }

  @Test
  void checksAreDeterministic() {
    qt().forAll(InstrumentGenerators.instruments()).checkAssert(instrument ->
        assertThat(InstrumentChecks.check(instrument))
            .isEqualTo(InstrumentChecks.check(instrument)));
  }
}
