package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;
import java.util.EnumSet;
import java.util.Set;

/**
 * What kind of answer a question takes.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuestionKind implements Identified {
  /** Free text: {@code {"text": "..."}}. */
  TEXT("text", "a text ({\"text\": ...})"),
  /** Yes or no: {@code {"choice": "yes"}}; the options {@code yes} and {@code no} are implied. */
  YES_NO("yes-no", "a choice ({\"choice\": ...})"),
  /** One option of several: {@code {"choice": "partial"}}. */
  SINGLE_CHOICE("single-choice", "a choice ({\"choice\": ...})"),
  /** Any number of options ("select all that apply"): {@code {"choices": [...]}}. */
  MULTI_CHOICE("multi-choice", "choices ({\"choices\": [...]})");

  private final String id;
  private final String answerForm;

  QuestionKind(String id, String answerForm) {
    this.id = id;
    this.answerForm = answerForm;
  }

  /**
   * Describes the answer the kind takes, for messages.
   *
   * @return such as {@code a choice ({"choice": ...})}
   */
  public String answerForm() {
    return answerForm;
  }

  /**
   * Returns the id used in JSON documents, such as {@code yes-no}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether an answer is of the form this kind takes: a text for a text question, a choice
   * for yes-no and single-choice questions, choices for multi-choice.
   *
   * @param answer the answer
   * @return true if the form fits
   */
  public boolean takes(Answer answer) {
    return answer.accept(KINDS_TAKING).contains(this);
  }

  /** The question kinds that take each kind of answer. */
  private static final Answer.Visitor<Set<QuestionKind>> KINDS_TAKING =
      new Answer.Visitor<>() {
        private final Set<QuestionKind> choice = EnumSet.of(YES_NO, SINGLE_CHOICE);
        private final Set<QuestionKind> choices = EnumSet.of(MULTI_CHOICE);
        private final Set<QuestionKind> text = EnumSet.of(TEXT);

        @Override
        public Set<QuestionKind> choice(Answer.Choice answer) {
          return choice;
        }

        @Override
        public Set<QuestionKind> choices(Answer.Choices answer) {
          return choices;
        }

        @Override
        public Set<QuestionKind> text(Answer.Text answer) {
          return text;
        }
      };

  /**
   * Tells whether answers name options (yes-no, single and multi-choice).
   *
   * @return true for the choice kinds
   */
  public boolean hasOptions() {
    return this != TEXT;
  }
}
