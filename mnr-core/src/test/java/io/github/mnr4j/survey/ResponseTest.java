package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.testing.Surveys;
import org.junit.jupiter.api.Test;

class ResponseTest {
  private final Instrument survey = Instruments.mnrSurvey2021();

  @Test
  void anInstrumentsOrderSortsAnswersAndChoicesAndKeepsEverythingElse() {
    Response response =
        Surveys.draft(
            "q99", Answer.ofText("?"),
            "q17", Answer.ofChoices("x", "csam-possession", "penetrative-offences", "x"),
            "q7", Answer.ofChoice("yes").withCode("c"));
    Response ordered = response.inInstrumentOrder(survey);
    assertThat(ordered.answers().keySet()).containsExactly("q7", "q17", "q99");
    assertThat(ordered.answer("q17").orElseThrow().chosen())
        .containsExactly("penetrative-offences", "csam-possession", "x", "x");
    assertThat(ordered.answer("q7")).isEqualTo(response.answer("q7"));
    assertThat(ordered.inInstrumentOrder(survey)).isEqualTo(ordered);
    assertThat(Validator.of(survey).validate(ordered).findings())
        .hasSameSizeAs(Validator.of(survey).validate(response).findings());
  }

  @Test
  void textAndSingleChoicesAreAlreadyInOrder() {
    Answer text = Answer.ofText("t");
    assertThat(text.inOrderOf(survey.question("q1"))).isSameAs(text);
    Answer sorted = Answer.ofChoices("penetrative-offences", "csam-possession");
    assertThat(sorted.inOrderOf(survey.question("q17"))).isSameAs(sorted);
  }
}
