package io.github.mnr4j.reference;

import org.immutables.value.Value;

/**
 * One of the 42 countries of the 2022 review: its name, code, income group (as of 2021), UNICEF
 * region and the survey that covered it. The report publishes only aggregates, so a review country
 * carries no answers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class ReviewCountry {
  ReviewCountry() {}

  /**
   * Returns the country's name as the report prints it, such as {@code Republic of Korea}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the country's code: ISO 3166-1 alpha-2 ({@code KR}), or {@code GB-EAW} for England and
   * Wales, which answered for itself.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the World Bank income group of July 2021.
   *
   * @return the income group
   */
  public abstract IncomeGroup incomeGroup();

  /**
   * Returns the UNICEF region.
   *
   * @return the region
   */
  public abstract Region region();

  /**
   * Returns the survey that covered the country.
   *
   * @return the survey
   */
  public abstract ReviewSurvey survey();

  static ReviewCountry of(
      String name, String code, IncomeGroup incomeGroup, Region region, ReviewSurvey survey) {
    return ImmutableReviewCountry.builder()
        .name(name)
        .code(code)
        .incomeGroup(incomeGroup)
        .region(region)
        .survey(survey)
        .build();
  }

  @Override
  public String toString() {
    return code()
        + " "
        + name()
        + " ("
        + incomeGroup().id()
        + ", "
        + region().id()
        + ", "
        + survey().id()
        + ")";
  }
}
