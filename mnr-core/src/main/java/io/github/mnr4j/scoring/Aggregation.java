package io.github.mnr4j.scoring;

import io.github.mnr4j.Identified;

/**
 * How values are combined into a domain's or the overall value.
 *
 * <p>Immutable and thread-safe.
 */
public enum Aggregation implements Identified {
  /** The weighted arithmetic mean: strengths make up for weaknesses. */
  ARITHMETIC("arithmetic", "weighted arithmetic mean"),
  /** The weighted geometric mean: a zero anywhere makes zero; weaknesses weigh more. */
  GEOMETRIC("geometric", "weighted geometric mean"),
  /** The minimum: a chain is as strong as its weakest link (weights only exclude, at 0). */
  MINIMUM("minimum", "minimum");

  private final String id;
  private final String description;

  Aggregation(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /**
   * Returns the id used in model documents.
   *
   * @return such as {@code geometric}
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the rule in words, for explanations.
   *
   * @return such as {@code weighted geometric mean}
   */
  public String description() {
    return description;
  }

  /** Combines values with weights: parts of weight 0 do not count; NaN when no part has weight. */
  double apply(double[] values, double[] weights) {
    double total = 0;
    double sum = 0;
    double logSum = 0;
    double min = Double.POSITIVE_INFINITY;
    boolean zero = false;
    for (int i = 0; i < values.length; i++) {
      if (weights[i] <= 0) {
        continue;
      }
      total += weights[i];
      sum += weights[i] * values[i];
      min = Math.min(min, values[i]);
      if (values[i] <= 0) {
        zero = true;
      } else if (this == GEOMETRIC) {
        logSum += weights[i] * Math.log(values[i]);
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    switch (this) {
      case ARITHMETIC:
        return Math.min(1, sum / total);
      case GEOMETRIC:
        return zero ? 0 : Math.min(1, Math.exp(logSum / total));
      default:
        return min;
    }
  }
}
