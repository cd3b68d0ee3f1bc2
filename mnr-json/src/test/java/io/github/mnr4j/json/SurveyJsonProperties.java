package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import io.github.mnr4j.testing.ResponseGenerators;
import org.junit.jupiter.api.Test;

/** Round trips of responses and validation reports over generated responses. */
class SurveyJsonProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final MnrJson PERSONAL = MnrJson.strict().withPersonalData();

  @Test
  void responsesReadBackEqualAndValidUnderTheSchema() {
    qt().withExamples(150)
        .forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              String json = PERSONAL.write(response, Document.RESPONSE);
              // Order carries no meaning: the library writes answers and choices in the survey's.
              assertThat(PERSONAL.read(json, Document.RESPONSE))
                  .isEqualTo(response.inInstrumentOrder(SURVEY));
              assertThat(SchemaCheck.errors("mnr4j.response", json)).isEmpty();
              String shared = MnrJson.strict().write(response, Document.RESPONSE);
              assertThat(MnrJson.strict().read(shared, Document.RESPONSE))
                  .isEqualTo(response.withoutPersonalData().inInstrumentOrder(SURVEY));
            });
  }

  @Test
  void validationReportsReadBackEqualAndValidUnderTheSchema() {
    Validator validator = Validator.of(SURVEY);
    qt().withExamples(150)
        .forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              ValidationReport report = validator.validate(response);
              String json = MnrJson.strict().write(report, Document.VALIDATION);
              assertThat(MnrJson.strict().read(json, Document.VALIDATION)).isEqualTo(report);
              assertThat(SchemaCheck.errors("mnr4j.validation", json)).isEmpty();
            });
  }

  @Test
  void validationSurvivesTheRoundTrip() {
    Validator validator = Validator.of(SURVEY);
    qt().forAll(ResponseGenerators.validResponses(SURVEY))
        .checkAssert(
            response -> {
              Response shared =
                  MnrJson.strict()
                      .read(MnrJson.strict().write(response, Document.RESPONSE), Document.RESPONSE);
              assertThat(validator.validate(shared).findings()).isEmpty();
            });
  }
}
