package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A scoring model with the choices its designer was unsure of declared ({@link
 * UncertainParameter}): the model as written (nominal), and a variant of it for any values of the
 * parameters. An {@code mnr4j.model} document declares them in its {@code uncertain} field, which
 * mnr4j's JSON module reads into one of these; in Java, give the parameters and how to build each
 * variant:
 *
 * <pre>{@code
 * UncertainParameter threshold = UncertainParameter.of("coverage", "q17 coverage asked for",
 *     new UncertainParameter.Uniform(0.25, 0.75));
 * UncertainModel model = UncertainModel.of(myModel(0.5), List.of(threshold),
 *     values -> myModel(values.number("coverage")));
 * }</pre>
 *
 * <p>A model without parameters ({@link #certain}) has one variant, the nominal model. Variants
 * must keep the nominal model's levels (ids and ordinals): a parameter changes how a level is
 * reached, not which levels there are.
 *
 * <p>Immutable and thread-safe if the variant function is.
 */
public final class UncertainModel {
  private final ScoringModel nominal;
  private final List<UncertainParameter> parameters;
  private final Function<ParameterValues, ScoringModel> variants;

  private UncertainModel(
      ScoringModel nominal,
      List<UncertainParameter> parameters,
      Function<ParameterValues, ScoringModel> variants) {
    this.nominal = nominal;
    this.parameters = parameters;
    this.variants = variants;
  }

  /**
   * Declares a model's uncertain parameters.
   *
   * @param nominal the model as written
   * @param parameters the parameters, with distinct ids
   * @param variants the model for given values of the parameters; immutable, thread-safe, and
   *     deterministic
   * @return the uncertain model
   * @throws MnrException if two parameters share an id
   */
  public static UncertainModel of(
      ScoringModel nominal,
      List<UncertainParameter> parameters,
      Function<ParameterValues, ScoringModel> variants) {
    Set<String> ids = new HashSet<>();
    for (UncertainParameter parameter : parameters) {
      if (!ids.add(parameter.id())) {
        throw new MnrException(
            "model '"
                + nominal.id()
                + "' declares the uncertain parameter "
                + Messages.quote(parameter.id())
                + " twice");
      }
    }
    return new UncertainModel(nominal, List.copyOf(parameters), variants);
  }

  /**
   * A model with nothing uncertain: every variant is the model itself.
   *
   * @param model the model
   * @return the uncertain model, without parameters
   */
  public static UncertainModel certain(ScoringModel model) {
    return new UncertainModel(model, List.of(), values -> model);
  }

  /**
   * Returns the model as written.
   *
   * @return the nominal model
   */
  public ScoringModel nominal() {
    return nominal;
  }

  /**
   * Returns the uncertain parameters, in the order declared.
   *
   * @return the parameters; empty for a certain model
   */
  public List<UncertainParameter> parameters() {
    return parameters;
  }

  /**
   * Returns the model for values of the parameters.
   *
   * @param values a value for each parameter
   * @return the variant
   * @throws MnrException if the values are for other parameters, or the variant cannot be built
   */
  public ScoringModel variant(ParameterValues values) {
    if (!values.parameters().equals(parameters)) {
      throw new MnrException(
          "values for " + values.parameters() + " given to model '" + nominal.id() + "'");
    }
    return variants.apply(values);
  }

  /**
   * Returns the values of the parameters at quantiles, one per parameter in [0, 1): each
   * parameter's alternative whose cumulative weight first passes its quantile, or the point of its
   * range.
   *
   * @param quantiles a quantile per parameter
   * @return the values
   */
  public ParameterValues valuesAt(double... quantiles) {
    if (quantiles.length != parameters.size()) {
      throw new MnrException(
          "model '"
              + nominal.id()
              + "' has "
              + parameters.size()
              + " uncertain parameters, not "
              + quantiles.length);
    }
    double[] values = new double[quantiles.length];
    for (int p = 0; p < values.length; p++) {
      if (!(quantiles[p] >= 0 && quantiles[p] < 1)) {
        throw new MnrException("a quantile must be in [0, 1), not " + quantiles[p]);
      }
      values[p] = parameters.get(p).at(quantiles[p]);
    }
    return new ParameterValues(parameters, values);
  }

  /**
   * Returns every value a parameter can take at its extremes and alternatives, each with the other
   * parameters at their first alternative or the start of their range: what a check of the model
   * builds to see that every variant can be built.
   *
   * @return the values to check
   */
  public List<ParameterValues> corners() {
    List<ParameterValues> corners = new ArrayList<>();
    double[] base = new double[parameters.size()];
    for (int p = 0; p < parameters.size(); p++) {
      base[p] = parameters.get(p).at(0);
    }
    for (int p = 0; p < parameters.size(); p++) {
      UncertainParameter.Distribution distribution = parameters.get(p).distribution();
      List<Double> values = new ArrayList<>();
      if (distribution instanceof UncertainParameter.Choice choice) {
        for (int i = 0; i < choice.alternatives().size(); i++) {
          values.add((double) i);
        }
      } else {
        UncertainParameter.Uniform range = (UncertainParameter.Uniform) distribution;
        values.add(range.min());
        values.add(range.max());
      }
      for (double value : values) {
        double[] corner = base.clone();
        corner[p] = value;
        corners.add(new ParameterValues(parameters, corner));
      }
    }
    return corners;
  }

  @Override
  public String toString() {
    return "UncertainModel[" + nominal.id() + ", " + parameters.size() + " parameters]";
  }
}
