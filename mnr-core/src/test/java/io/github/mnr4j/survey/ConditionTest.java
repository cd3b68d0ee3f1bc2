package io.github.mnr4j.survey;

import static io.github.mnr4j.survey.Condition.all;
import static io.github.mnr4j.survey.Condition.answered;
import static io.github.mnr4j.survey.Condition.any;
import static io.github.mnr4j.survey.Condition.chosenAtLeast;
import static io.github.mnr4j.survey.Condition.codeIs;
import static io.github.mnr4j.survey.Condition.includes;
import static io.github.mnr4j.survey.Condition.is;
import static io.github.mnr4j.survey.Condition.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.MnrException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
  private final Map<String, Answer> answers =
      Map.of(
          "q7", Answer.ofChoice("no"),
          "q17",
              Answer.ofChoices(
                  "csam-possession", "technology-facilitated-abuse", "csam-possession"),
          "q78", Answer.ofText("Adopted in 2020").withCode("yes"));

  @Test
  void leavesReadTheirQuestion() {
    assertThat(is("q7", "no").test(answers)).isTrue();
    assertThat(is("q7", "yes").test(answers)).isFalse();
    assertThat(includes("q17", "csam-possession").test(answers)).isTrue();
    assertThat(includes("q17", "background-checks").test(answers)).isFalse();
    assertThat(chosenAtLeast("q17", 2).test(answers)).isTrue();
    assertThat(chosenAtLeast("q17", 3).test(answers)).as("repeats count once").isFalse();
    assertThat(codeIs("q78", "yes").test(answers)).isTrue();
    assertThat(codeIs("q78", "no").test(answers)).isFalse();
    assertThat(answered("q78").test(answers)).isTrue();
  }

  @Test
  void anUnansweredQuestionSatisfiesNoLeaf() {
    assertThat(answered("q8").test(answers)).isFalse();
    assertThat(is("q8", "no").test(answers)).isFalse();
    assertThat(is("q8", "yes").test(answers)).isFalse();
    assertThat(includes("q8", "x").test(answers)).isFalse();
    assertThat(chosenAtLeast("q8", 1).test(answers)).isFalse();
    assertThat(codeIs("q8", "no").test(answers)).isFalse();
  }

  @Test
  void combinatorsCombine() {
    assertThat(all(is("q7", "no"), answered("q78")).test(answers)).isTrue();
    assertThat(all(is("q7", "no"), answered("q8")).test(answers)).isFalse();
    assertThat(any(answered("q8"), is("q7", "no")).test(answers)).isTrue();
    assertThat(any(answered("q8"), is("q7", "yes")).test(answers)).isFalse();
    assertThat(not(answered("q8")).test(answers)).isTrue();
  }

  @Test
  void rendersAsExpressionsAndListsTheQuestionsItReads() {
    Condition condition =
        all(
            is("q16", "yes"),
            not(chosenAtLeast("q17", 6)),
            any(codeIs("q78", "yes"), includes("q6", "other"), answered("q8")));
    assertThat(condition)
        .hasToString(
            "all(q16 = yes, not(count(q17) >= 6),"
                + " any(code(q78) = yes, q6 includes other, answered(q8)))");
    assertThat(condition.questionIds()).containsExactly("q16", "q17", "q78", "q6", "q8");
    assertThat(condition)
        .isEqualTo(
            all(
                is("q16", "yes"),
                not(chosenAtLeast("q17", 6)),
                any(codeIs("q78", "yes"), includes("q6", "other"), answered("q8"))));
    assertThat(condition).isNotEqualTo(all(is("q16", "no")));
  }

  @Test
  void rejectsMalformedConditions() {
    assertThatThrownBy(() -> chosenAtLeast("q17", 0))
        .isInstanceOf(MnrException.class)
        .hasMessage("chosenAtLeast needs a count of 1 or more, not 0");
    assertThatThrownBy(() -> Condition.all()).hasMessage("all(...) needs at least one condition");
    assertThatThrownBy(() -> is("", "no")).hasMessage("a condition needs a non-blank question id");
    assertThatThrownBy(() -> is("q7", " ")).hasMessageContaining("non-blank option");
  }
}
