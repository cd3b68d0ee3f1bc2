package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A value for each uncertain parameter of a model ({@link UncertainModel#valuesAt}): for a choice,
 * the index of the alternative; for a range, the number.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterValues {
  private final List<UncertainParameter> parameters;
  private final double[] values;

  ParameterValues(List<UncertainParameter> parameters, double[] values) {
    this.parameters = parameters;
    this.values = values;
  }

  List<UncertainParameter> parameters() {
    return parameters;
  }

  /**
   * Returns the alternative chosen for a choice parameter.
   *
   * @param parameterId the parameter's id
   * @return the index of the alternative, from 0
   * @throws MnrException if no choice parameter has the id
   */
  public int choice(String parameterId) {
    int p = indexOf(parameterId);
    if (!(parameters.get(p).distribution() instanceof UncertainParameter.Choice)) {
      throw new MnrException(
          "uncertain parameter " + Messages.quote(parameterId) + " is a range, not a choice");
    }
    return (int) values[p];
  }

  /**
   * Returns the number drawn for a range parameter.
   *
   * @param parameterId the parameter's id
   * @return the number
   * @throws MnrException if no range parameter has the id
   */
  public double number(String parameterId) {
    int p = indexOf(parameterId);
    if (!(parameters.get(p).distribution() instanceof UncertainParameter.Uniform)) {
      throw new MnrException(
          "uncertain parameter " + Messages.quote(parameterId) + " is a choice, not a range");
    }
    return values[p];
  }

  /**
   * Returns the value of the parameter at a position: an alternative's index or a number.
   *
   * @param position the parameter's position in the model's declaration
   * @return the value
   */
  public double value(int position) {
    return values[position];
  }

  private int indexOf(String parameterId) {
    for (int p = 0; p < parameters.size(); p++) {
      if (parameters.get(p).id().equals(parameterId)) {
        return p;
      }
    }
    List<String> known = new ArrayList<>();
    parameters.forEach(parameter -> known.add(parameter.id()));
    throw new MnrException(
        Messages.unknown("uncertain parameter", parameterId, "this model", known));
  }

  /** Renders the values as {@code coverage=0.42, gate=counts}. */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    for (int p = 0; p < values.length; p++) {
      shown.add(parameters.get(p).show(values[p]));
    }
    return String.join(", ", shown);
  }
}
