package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    Response ordered = response.inOrderOf(survey);
    assertThat(ordered.answers().keySet()).containsExactly("q7", "q17", "q99");
    assertThat(ordered.findAnswer("q17").orElseThrow().chosen())
        .containsExactly("penetrative-offences", "csam-possession", "x", "x");
    assertThat(ordered.findAnswer("q7")).isEqualTo(response.findAnswer("q7"));
    assertThat(ordered.inOrderOf(survey)).isEqualTo(ordered);
    assertThat(Validator.of(survey).validate(ordered).findings())
        .hasSameSizeAs(Validator.of(survey).validate(response).findings());
  }

  @Test
  void textAndSingleChoicesAreAlreadyInOrder() {
    Answer.Choices sorted =
        (Answer.Choices) Answer.ofChoices("penetrative-offences", "csam-possession");
    assertThat(sorted.inOrderOf(survey.question("q17"))).isSameAs(sorted);
  }

  @Test
  void answersKeepTheirOrderAndCannotChange() {
    Response response =
        Surveys.draft("q9", Answer.ofText("a"), "q7", Answer.ofChoice("no"), "q8", NO_TEXT);
    assertThat(response.answers().keySet()).containsExactly("q9", "q7", "q8");
    assertThatThrownBy(() -> response.answers().put("q1", Answer.ofText("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * An attribute may not hold the value a breakdown gives jurisdictions without it: the two would
   * be shown as one group, though each is too small to show alone.
   */
  @Test
  void anAttributeValueThatMeansNoValueIsRefused() {
    assertThatThrownBy(
            () ->
                Jurisdiction.builder()
                    .id("C01")
                    .name("Country 01")
                    .putAttribute("tier", Jurisdiction.NO_ATTRIBUTE_VALUE)
                    .build())
        .isInstanceOf(io.github.mnr4j.InvalidDefinitionException.class)
        .hasMessageContaining("the value '(none)' stands for no value in breakdowns; give another");
    assertThat(
            Jurisdiction.builder()
                .id("C01")
                .name("Country 01")
                .putAttribute("tier", "(none yet)")
                .build()
                .attributes())
        .containsEntry("tier", "(none yet)");
  }

  @Test
  void aQuestionAnsweredTwiceIsRefusedWithoutItsAnswers() {
    assertThatThrownBy(
            () ->
                Response.builder()
                    .instrumentReference("x@1")
                    .jurisdiction(Jurisdiction.of("C01", "Country 01"))
                    .status(ResponseStatus.COMPLETED)
                    .putAnswer("q7", Answer.ofText("first secret"))
                    .putAnswer("q8", Answer.ofChoice("yes"))
                    .putAnswer("q7", Answer.ofText("second secret"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a response answers each question once, but 'q7' comes twice");
  }

  private static final Answer NO_TEXT = Answer.ofText("");
}
