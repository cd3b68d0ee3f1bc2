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

  /**
   * Combines the values at the indexes with their weights (both arrays indexed alike): parts of
   * weight 0 do not count, nor do unknown (NaN) values unless {@code unknownAsZero}; NaN when no
   * part counts.
   */
  double apply(double[] values, int[] indexes, double[] weights, boolean unknownAsZero) {
    double total = 0;
    double sum = 0;
    double logSum = 0;
    double min = Double.POSITIVE_INFINITY;
    boolean zero = false;
    for (int at : indexes) {
      boolean known = !Double.isNaN(values[at]);
      double weight = weights[at];
      if (weight <= 0 || !(known || unknownAsZero)) {
        continue;
      }
      double value = known ? values[at] : 0;
      total += weight;
      sum += weight * value;
      min = Math.min(min, value);
      if (value <= 0) {
        zero = true;
      } else if (this == GEOMETRIC) {
        logSum += weight * Math.log(value);
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    return switch (this) {
      case ARITHMETIC -> Math.min(1, sum / total);
      case GEOMETRIC -> zero ? 0 : Math.min(1, Math.exp(logSum / total));
      default -> min;
    };
  }
}
