package io.github.mnr4j.reference;

import io.github.mnr4j.Identified;

/**
 * The two surveys whose answers the 2022 review drew on.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReviewSurvey implements Identified {
  /** The WeProtect Global Alliance's survey of governments, 2021 (17 countries). */
  ALLIANCE(
      "alliance", "WeProtect Global Alliance government survey (2021)", "wpga-mnr-survey@2021"),
  /** UNICEF's survey of low- and middle-income countries (25 countries). */
  UNICEF(
      "unicef",
      "UNICEF survey of low- and middle-income countries",
      "end-violence-unicef-survey@2021");

  private final String id;
  private final String label;
  private final String instrumentReference;

  ReviewSurvey(String id, String label, String instrumentReference) {
    this.id = id;
    this.label = label;
    this.instrumentReference = instrumentReference;
  }

  /**
   * Returns the reference of the built-in instrument that holds the survey: {@code
   * wpga-mnr-survey@2021} ({@link io.github.mnr4j.survey.Instruments#mnrSurvey2021()}) or {@code
   * end-violence-unicef-survey@2021} ({@link
   * io.github.mnr4j.survey.Instruments#unicefSurvey2021()}, a reconstruction: the report does not
   * print it).
   *
   * @return the instrument's reference
   */
  public String instrumentReference() {
    return instrumentReference;
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
