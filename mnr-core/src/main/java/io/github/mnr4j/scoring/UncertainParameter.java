package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.checks.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A choice a model's designer was unsure of, such as a threshold, a weight, whether a criterion
 * counts or how a missing answer is treated: its alternatives and how likely each is. An {@link
 * UncertainModel} declares them; {@link LevelStability} draws them to show how much a
 * jurisdiction's level depends on them.
 *
 * <pre>{@code
 * UncertainParameter threshold = UncertainParameter.of("coverage",
 *     "how much of q17 the legislation criterion asks for", new UncertainParameter.Uniform(0.25, 0.75));
 * UncertainParameter gate = UncertainParameter.of("hotline-gate", "whether q52 counts",
 *     UncertainParameter.Choice.of(List.of("counts", "does not count"), List.of(2.0, 1.0)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class UncertainParameter {
  UncertainParameter() {}

  /**
   * Returns the parameter's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what the parameter is, for people.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns its alternatives and their likelihoods.
   *
   * @return the distribution
   */
  public abstract Distribution distribution();

  /**
   * Creates a parameter.
   *
   * @param id the id
   * @param description what it is
   * @param distribution its alternatives
   * @return the parameter
   */
  public static UncertainParameter of(String id, String description, Distribution distribution) {
    return ImmutableUncertainParameter.builder()
        .id(id)
        .description(description)
        .distribution(distribution)
        .build();
  }

  @Value.Check
  void check() {
    Checks.of("uncertain parameter '" + id() + "'")
        .id("id", id())
        .notBlank("description", description())
        .throwIfAny();
  }

  /**
   * The value of this parameter at a quantile: the alternative whose cumulative weight first passes
   * it, or the point of the range.
   *
   * @param quantile in [0, 1)
   * @return the alternative's index, or the number
   */
  double at(double quantile) {
    return distribution().at(quantile);
  }

  /** Renders a value of this parameter, such as {@code coverage=0.42} or {@code gate=counts}. */
  String show(double value) {
    return id() + "=" + distribution().show(value);
  }

  @Override
  public String toString() {
    return "UncertainParameter[" + id() + ", " + distribution() + "]";
  }

  /** How a parameter's value is drawn: one of several alternatives, or a number in a range. */
  public sealed interface Distribution permits Choice, Uniform {
    /**
     * Returns the value at a quantile: the alternative whose cumulative weight first passes it, or
     * the point of the range.
     *
     * @param quantile in [0, 1)
     * @return an alternative's index, or a number
     */
    double at(double quantile);

    /**
     * Renders a value for people: the alternative's label, or the number.
     *
     * @param value an alternative's index, or a number
     * @return the text
     */
    String show(double value);
  }

  /**
   * Alternatives, each with a weight: each is drawn with probability its weight over the sum of
   * weights.
   *
   * @param alternatives the alternatives' labels, in order; at least one
   * @param weights a positive finite weight per alternative
   */
  public record Choice(List<String> alternatives, List<Double> weights) implements Distribution {
    /**
     * Checks and copies the alternatives.
     *
     * @param alternatives the labels
     * @param weights the weights
     */
    public Choice {
      alternatives = List.copyOf(alternatives);
      weights = List.copyOf(weights);
      if (alternatives.isEmpty()) {
        throw new MnrException("a choice needs at least one alternative");
      }
      if (weights.size() != alternatives.size()) {
        throw new MnrException(
            "a choice of "
                + alternatives.size()
                + " alternatives needs as many weights, not "
                + weights.size());
      }
      for (double weight : weights) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
          throw new MnrException("a choice's weights must be positive and finite, not " + weight);
        }
      }
    }

    /**
     * Alternatives of equal weight.
     *
     * @param alternatives the labels
     * @return the choice
     */
    public static Choice of(List<String> alternatives) {
      return new Choice(alternatives, alternatives.stream().map(a -> 1.0).toList());
    }

    /**
     * Alternatives with weights.
     *
     * @param alternatives the labels
     * @param weights a weight per alternative
     * @return the choice
     */
    public static Choice of(List<String> alternatives, List<Double> weights) {
      return new Choice(alternatives, weights);
    }

    @Override
    public double at(double quantile) {
      double total = 0;
      for (double weight : weights) {
        total += weight;
      }
      double target = quantile * total;
      double cumulative = 0;
      for (int i = 0; i < weights.size() - 1; i++) {
        cumulative += weights.get(i);
        if (target < cumulative) {
          return i;
        }
      }
      return weights.size() - 1;
    }

    @Override
    public String show(double value) {
      return alternatives.get((int) value);
    }
  }

  /**
   * A number drawn uniformly from a range.
   *
   * @param min the least value
   * @param max the greatest value, more than {@code min}
   */
  public record Uniform(double min, double max) implements Distribution {
    /**
     * Checks the range.
     *
     * @param min the least value
     * @param max the greatest value
     */
    public Uniform {
      if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
        throw new MnrException(
            "a range needs finite ends with min below max, not " + min + " to " + max);
      }
    }

    @Override
    public double at(double quantile) {
      return min + quantile * (max - min);
    }

    @Override
    public String show(double value) {
      return String.valueOf(value);
    }
  }
}
