package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round trips of responses and validation reports over generated responses. */
class SurveyJsonProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final MnrJson PERSONAL = MnrJson.strict().withPersonalData(true);

  /**
   * The writer puts answers and choices in the survey's order; a response whose choices were given
   * in any other order still reads back equal, since the order of choices carries no meaning.
   */
  @Test
  void responsesReadBackEqualWhateverTheOrderOfTheirChoices() {
    qt().withExamples(150)
        .forAll(ResponseGenerators.anyResponses(SURVEY), longs().all())
        .checkAssert(
            (generated, seed) -> {
              Response response = withChoicesShuffled(generated, new Random(seed));
              String json = PERSONAL.write(response, Document.RESPONSE);
              assertThat(PERSONAL.read(json, Document.RESPONSE)).isEqualTo(response);
              assertThat(SchemaCheck.errors("mnr4j.response", json)).isEmpty();
              String shared = MnrJson.strict().write(response, Document.RESPONSE);
              assertThat(MnrJson.strict().read(shared, Document.RESPONSE))
                  .isEqualTo(response.withoutPersonalData());
            });
  }

  private static Response withChoicesShuffled(Response response, Random random) {
    Map<String, Answer> shuffled = new LinkedHashMap<>();
    response
        .answers()
        .forEach(
            (questionId, answer) -> {
              if (answer instanceof Answer.Choices) {
                List<String> chosen = new ArrayList<>(answer.chosen());
                Collections.shuffle(chosen, random);
                Answer copy = Answer.ofChoices(chosen);
                copy = answer.otherText().map(copy::withOtherText).orElse(copy);
                answer = answer.code().map(copy::withCode).orElse(copy);
              }
              shuffled.put(questionId, answer);
            });
    Response.Builder builder =
        Response.builder()
            .instrumentReference(response.instrumentReference())
            .jurisdiction(response.jurisdiction())
            .status(response.status())
            .putAllAnswers(shuffled);
    response.respondent().ifPresent(builder::respondent);
    response.receivedOn().ifPresent(builder::receivedOn);
    return builder.build();
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
