package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InstrumentChecks;
import io.github.mnr4j.testing.InstrumentGenerators;
import org.junit.jupiter.api.Test;

/** Round trips of generated instruments. */
class InstrumentJsonProperties {

  @Test
  void everyInstrumentReadsBackEqualAndIsValidUnderTheSchema() {
    qt().withExamples(150)
        .forAll(InstrumentGenerators.instruments())
        .checkAssert(
            instrument -> {
              String json = MnrJson.strict().write(instrument, Document.INSTRUMENT);
              Instrument back = MnrJson.strict().read(json, Document.INSTRUMENT);
              assertThat(back).isEqualTo(instrument);
              assertThat(MnrJson.strict().write(back, Document.INSTRUMENT)).isEqualTo(json);
              assertThat(SchemaCheck.errors("mnr4j.instrument", json)).isEmpty();
              assertThat(InstrumentChecks.check(back).findings())
                  .isEqualTo(InstrumentChecks.check(instrument).findings());
            });
  }
}
