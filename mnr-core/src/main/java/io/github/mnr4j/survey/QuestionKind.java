package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;

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
  String answerForm() {
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
    // By the answer's class rather than a visitor: the assessor asks this of every gate's answer,
    // and a call site that sees all three kinds of answer is not inlined.
    return answer instanceof Answer.Choice
        ? takesChoice()
        : answer instanceof Answer.Choices ? takesChoices() : takesText();
  }

  /** Whether a question of this kind takes a choice: yes-no and single-choice questions do. */
  boolean takesChoice() {
    return this == YES_NO || this == SINGLE_CHOICE;
  }

  /** Whether a question of this kind takes choices: multi-choice questions do. */
  boolean takesChoices() {
    return this == MULTI_CHOICE;
  }

  /** Whether a question of this kind takes a text: text questions do. */
  boolean takesText() {
    return this == TEXT;
  }
}
