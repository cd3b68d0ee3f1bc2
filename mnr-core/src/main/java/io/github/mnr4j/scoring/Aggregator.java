package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Combines capability scores into domain and overall scores for one framework, with the
 * framework's structure and the weights resolved to dense arrays once, so that aggregating a
 * scorecard reads no id.
 */
final class Aggregator {
  private final Framework framework;
  private final int[][] members;
  private final double[] capabilityWeights;
  private final double[] domainWeights;
  private final Aggregation aggregation;
  private final MissingValues missing;
  private final double scale;
  private final String rule;

  Aggregator(Framework framework, Aggregation aggregation, MissingValues missing,
      Map<String, Double> capabilityWeights, Map<String, Double> domainWeights, double scale) {
    this.framework = framework;
    this.aggregation = aggregation;
    this.missing = missing;
    this.scale = scale;
    this.rule = aggregation.description() + " (" + missing.description() + ")";
    int domains = framework.domains().size();
    this.members = new int[domains][];
    this.domainWeights = new double[domains];
    for (int d = 0; d < domains; d++) {
      String domainId = framework.domains().get(d).id();
      members[d] = IntStream.range(0, framework.capabilities().size())
          .filter(c -> framework.capabilities().get(c).domainId().equals(domainId)).toArray();
      this.domainWeights[d] = domainWeights.getOrDefault(domainId, 1.0);
    }
    this.capabilityWeights = framework.capabilities().stream()
        .mapToDouble(c -> capabilityWeights.getOrDefault(c.id(), 1.0)).toArray();
  }

  /** Builds the card; {@code scores} has one entry per capability, in the framework's order. */
  Scorecard card(String model, Assessment assessment, List<CapabilityScore> scores) {
    ImmutableList.Builder<AggregateScore> domains = ImmutableList.builder();
    double[] domainValues = new double[members.length];
    boolean[] domainKnown = new boolean[members.length];
    for (int d = 0; d < members.length; d++) {
      int[] capabilities = members[d];
      double[] values = new double[capabilities.length];
      boolean[] known = new boolean[capabilities.length];
      double[] weights = new double[capabilities.length];
      for (int i = 0; i < capabilities.length; i++) {
        OptionalDouble value = scores.get(capabilities[i]).value();
        known[i] = value.isPresent();
        values[i] = value.orElse(0);
        weights[i] = capabilityWeights[capabilities[i]];
      }
      OptionalDouble value = combine(values, known, weights);
      domainKnown[d] = value.isPresent();
      domainValues[d] = value.orElse(0);
      domains.add(AggregateScore.of(framework.domains().get(d).id(), scaled(value),
          count(known), capabilities.length, rule + " of capability values"));
    }
    OptionalDouble overall = combine(domainValues, domainKnown, domainWeights);
    return Scorecard.builder()
        .model(model)
        .instrument(assessment.instrument())
        .jurisdiction(assessment.jurisdiction())
        .scale(scale)
        .capabilities(scores)
        .domains(domains.build())
        .overall(AggregateScore.of("overall", scaled(overall), count(domainKnown),
            domainValues.length, rule + " of domain values"))
        .build();
  }

  private OptionalDouble combine(double[] values, boolean[] known, double[] weights) {
    double[] used = weights.clone();
    for (int i = 0; i < values.length; i++) {
      if (!known[i] && missing == MissingValues.LEAVE_OUT) {
        used[i] = 0;
      }
    }
    double result = aggregation.apply(values, used);
    return Double.isNaN(result) ? OptionalDouble.empty() : OptionalDouble.of(result);
  }

  private OptionalDouble scaled(OptionalDouble value) {
    return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * scale) : value;
  }

  private static int count(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      count += flag ? 1 : 0;
    }
    return count;
  }
}
