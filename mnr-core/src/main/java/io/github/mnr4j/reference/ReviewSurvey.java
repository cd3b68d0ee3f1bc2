package io.github.mnr4j.reference;

import io.github.mnr4j.Identified;

/**
 * The two surveys whose answers the 2022 review drew on.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReviewSurvey implements Identified {
  /** The WeProtect Global Alliance's survey of governments, 2021 (17 countries). */
  ALLIANCE("alliance", "WeProtect Global Alliance government survey (2021)"),
  /** UNICEF's survey of low- and middle-income countries (25 countries). */
  UNICEF("unicef", "UNICEF survey of low- and middle-income countries");

  private final String id;
  private final String label;

  ReviewSurvey(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the survey's id, {@code alliance} or {@code unicef}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns a description of the survey.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
