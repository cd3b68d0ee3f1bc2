package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;
import java.util.Optional;

/**
 * What kind of answer a question takes.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuestionKind implements Identified {
  /** Free text: {@code {"text": "..."}}. */
  TEXT("text"),
  /** Yes or no: {@code {"choice": "yes"}}; the options {@code yes} and {@code no} are implied. */
  YES_NO("yes-no"),
  /** One option of several: {@code {"choice": "partial"}}. */
  SINGLE_CHOICE("single-choice"),
  /** Any number of options ("select all that apply"): {@code {"choices": [...]}}. */
  MULTI_CHOICE("multi-choice");

  private final String id;

  QuestionKind(String id) {
    this.id = id;
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
   * Tells whether answers name options (yes-no, single and multi-choice).
   *
   * @return true for the choice kinds
   */
  public boolean hasOptions() {
    return this != TEXT;
  }

  /**
   * Finds a kind by id.
   *
   * @param id an id such as {@code multi-choice}
   * @return the kind, or empty
   */
  public static Optional<QuestionKind> find(String id) {
    return Identified.find(QuestionKind.class, id);
  }
}
