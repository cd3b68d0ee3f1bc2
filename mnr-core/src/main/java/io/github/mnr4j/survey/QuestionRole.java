package io.github.mnr4j.survey;

import io.github.mnr4j.Identified;

/**
 * What a question's answer is evidence of.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuestionRole implements Identified {
  /** Who answers: the country, the contact person. */
  IDENTITY("identity"),
  /** Background, such as when a national strategy was first developed. */
  CONTEXT("context"),
  /** Whether a capability is in place: the primary indicator, such as q7 for leadership. */
  GATE("gate"),
  /** A second indicator of a capability, such as q10 (a national strategy) for leadership. */
  SECONDARY_GATE("secondary-gate"),
  /** Further information about a capability that is in place. */
  DETAIL("detail"),
  /** Which parts of a capability are in place ("select all that apply"). */
  CHECKLIST("checklist"),
  /** Challenges in developing a capability, or plans underway. */
  CHALLENGES("challenges"),
  /** Good practice to share with other countries. */
  GOOD_PRACTICE("good-practice"),
  /** Lessons learned, gaps, upcoming plans and recommendations. */
  LESSONS("lessons"),
  /** Any other comments. */
  COMMENTS("comments");

  private final String id;

  QuestionRole(String id) {
    this.id = id;
  }

  /**
   * Returns the id used in JSON documents, such as {@code secondary-gate}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }
}
