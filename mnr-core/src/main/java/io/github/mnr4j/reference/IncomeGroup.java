package io.github.mnr4j.reference;

import io.github.mnr4j.Identified;

/**
 * The World Bank's income groups, in their natural order from high to low income. Countries move
 * between groups from year to year; the review countries carry their 2021 group.
 *
 * <p>Immutable and thread-safe.
 */
public enum IncomeGroup implements Identified {
  /** High income. */
  HIGH("high", "High income"),
  /** Upper-middle income. */
  UPPER_MIDDLE("upper-middle", "Upper-middle income"),
  /** Lower-middle income. */
  LOWER_MIDDLE("lower-middle", "Lower-middle income"),
  /** Low income. */
  LOW("low", "Low income");

  private final String id;
  private final String label;

  IncomeGroup(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the id used in JSON documents, such as {@code upper-middle}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the group's display label, such as {@code Upper-middle income}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether the report counts the group among "low- and middle-income countries": every group
   * but high income.
   *
   * @return true for upper-middle, lower-middle and low income
   */
  public boolean isLowOrMiddle() {
    return this != HIGH;
  }
}
