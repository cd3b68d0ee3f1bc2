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
  private final Taker taker;

  QuestionKind(String id, String answerForm) {
    this.id = id;
    this.answerForm = answerForm;
    this.taker = new Taker(this);
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
    return answer.accept(taker);
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

  /** Tells whether its kind takes the answer visited; one for each kind, made with it. */
  private static final class Taker implements Answer.Visitor<Boolean> {
    private final QuestionKind kind;

    Taker(QuestionKind kind) {
      this.kind = kind;
    }

    @Override
    public Boolean choice(Answer.Choice answer) {
      return kind.takesChoice();
    }

    @Override
    public Boolean choices(Answer.Choices answer) {
      return kind.takesChoices();
    }

    @Override
    public Boolean text(Answer.Text answer) {
      return kind.takesText();
    }
  }

  /**
   * Tells whether answers name options (yes-no, single and multi-choice).
   *
   * @return true for the choice kinds
   */
  public boolean hasOptions() {
    return this != TEXT;
  }
}
