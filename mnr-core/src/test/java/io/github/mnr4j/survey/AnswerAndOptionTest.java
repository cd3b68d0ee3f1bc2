package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers and options: what they say of themselves, and the values they refuse. */
class AnswerAndOptionTest {

  @Test
  void onlyABlankTextIsBlank() {
    assertThat(Answer.ofText(" \t").isBlank()).isTrue();
    assertThat(Answer.ofText("x").isBlank()).isFalse();
    assertThat(Answer.ofChoice("yes").isBlank()).isFalse();
    assertThat(Answer.ofChoices("a", "b").isBlank()).isFalse();
  }

  @Test
  void codesAreSummarisedAndMustNotBeBlank() {
    assertThat(Answer.ofChoice("yes").withCode("inhope").summary()).isEqualTo("yes (code inhope)");
    assertThat(Answer.ofChoices("a", "b").summary()).isEqualTo("a, b");
    assertThat(Answer.ofText("t").withCode("c1").summary()).isEqualTo("answered (code c1)");
    assertThat(Answer.ofText("secret").withOtherText("more").withCode("c1"))
        .hasToString("Answer[text (6 characters); other text (4 characters); code c1]");
    assertThatThrownBy(() -> Answer.ofChoice("yes").withCode(" ")).hasMessageContaining("code");
    assertThatThrownBy(() -> Answer.ofText("t").withCode("")).hasMessageContaining("code");
  }

  @Test
  void answersAreEqualWhenTheirKindAndEveryPartAre() {
    Answer coded = Answer.ofChoice("yes").withCode("inhope");
    assertThat(coded).isEqualTo(Answer.ofChoice("yes").withCode("inhope"));
    assertThat(coded).hasSameHashCodeAs(Answer.ofChoice("yes").withCode("inhope"));
    assertThat(coded.code()).contains("inhope");
    assertThat(coded.otherText()).isEmpty();
    assertThat(coded)
        .isNotEqualTo(Answer.ofChoice("yes"))
        .isNotEqualTo(Answer.ofChoice("no").withCode("inhope"))
        .isNotEqualTo(Answer.ofChoice("yes").withOtherText("inhope"))
        .isNotEqualTo(Answer.ofChoices("yes").withCode("inhope"));
    assertThat(Answer.ofChoices("a", "b").withOtherText("x"))
        .as("the order of choices carries no meaning")
        .isEqualTo(Answer.ofChoices(List.of("a", "b")).withOtherText("x"))
        .isEqualTo(Answer.ofChoices("b", "a").withOtherText("x"))
        .hasSameHashCodeAs(Answer.ofChoices("b", "a").withOtherText("x"))
        .isNotEqualTo(Answer.ofChoices("a", "b", "b").withOtherText("x"))
        .isNotEqualTo(Answer.ofChoices("a", "c").withOtherText("x"))
        .isNotEqualTo(Answer.ofChoices("a").withOtherText("x"));
    assertThat(Answer.ofChoices("a", "b", "a")).isEqualTo(Answer.ofChoices("b", "a", "a"));
    assertThat(Answer.ofChoices("b", "a").chosen()).as("kept as given").containsExactly("b", "a");
    assertThat(Answer.ofText("t")).isEqualTo(Answer.ofText("t")).isNotEqualTo(Answer.ofText("u"));
    assertThat(Answer.ofText("t").withOtherText("o").otherText()).contains("o");
    assertThat(Answer.ofText("t")).isNotEqualTo(Answer.ofChoice("t"));
  }

  @Test
  void answerKindsAreMadeOnlyByTheFactories() {
    for (Class<?> kind : Answer.class.getPermittedSubclasses()) {
      assertThat(kind.getConstructors()).as(kind.getSimpleName()).isEmpty();
    }
  }

  @Test
  void answersRefuseMissingParts() {
    assertThatThrownBy(() -> Answer.ofChoice(null)).hasMessageContaining("option id");
    assertThatThrownBy(() -> Answer.ofText(null)).hasMessageContaining("text");
    assertThatThrownBy(() -> Answer.ofText("t").withOtherText(null))
        .hasMessageContaining("other text");
  }

  @Test
  void optionsDefaultToPlainAndSayWhatTheyAre() {
    Option plain = Option.of("a", "A");
    assertThat(plain.isExclusive()).isFalse();
    assertThat(plain.carriesText()).isFalse();
    assertThat(plain.verdict()).isEqualTo(Verdict.NEUTRAL);
    assertThat(plain).hasToString("Option a");
    Option none =
        Option.builder()
            .id("none")
            .text("None")
            .exclusive(true)
            .carriesText(true)
            .verdict(Verdict.DENIES)
            .build();
    assertThat(none).hasToString("Option none (exclusive) (carries text) (denies)");
    assertThatThrownBy(() -> Option.of("Not An Id", "x")).hasMessageContaining("option");
    assertThatThrownBy(() -> Option.of("a", " ")).hasMessageContaining("text");
  }
}
