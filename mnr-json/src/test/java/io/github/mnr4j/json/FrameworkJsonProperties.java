package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.testing.FrameworkGenerators;
import org.junit.jupiter.api.Test;

/** Round trips and schema validity over generated frameworks. */
class FrameworkJsonProperties {

  @Test
  void everyFrameworkReadsBackEqual() {
    qt().forAll(FrameworkGenerators.frameworks())
        .checkAssert(
            framework -> {
              String json = MnrJson.strict().write(framework, Document.FRAMEWORK);
              assertThat(MnrJson.strict().read(json, Document.FRAMEWORK)).isEqualTo(framework);
            });
  }

  @Test
  void writingIsDeterministic() {
    qt().forAll(FrameworkGenerators.frameworks())
        .checkAssert(
            framework -> {
              String json = MnrJson.strict().write(framework, Document.FRAMEWORK);
              Framework back = MnrJson.strict().read(json, Document.FRAMEWORK);
              assertThat(MnrJson.strict().write(back, Document.FRAMEWORK)).isEqualTo(json);
            });
  }

  @Test
  void everyWrittenFrameworkIsValidUnderTheSchema() {
    qt().withExamples(200)
        .forAll(FrameworkGenerators.frameworks())
        .checkAssert(
            framework ->
                assertThat(
                        SchemaCheck.errors(
                            "mnr4j.framework",
                            MnrJson.strict().write(framework, Document.FRAMEWORK)))
                    .isEmpty());
  }
}
