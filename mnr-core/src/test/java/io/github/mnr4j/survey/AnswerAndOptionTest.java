package io.github.mnr4j.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void optionsDefaultToPlainAndSayWhatTheyAre() {
    Option plain = Option.of("a", "A");
    assertThat(plain.exclusive()).isFalse();
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
