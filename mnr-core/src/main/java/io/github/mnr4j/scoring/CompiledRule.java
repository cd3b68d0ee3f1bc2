package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * An {@link AggregationRule} prepared for one framework ({@link AggregationRule#compile}): the
 * framework's structure and the weights are resolved to arrays once, so that combining values reads
 * no id and allocates little. Keep one to combine many jurisdictions' values, as a ranking's
 * simulation does.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledRule {
  private final AggregationRule rule;
  private final Framework framework;
  private final int[][] members;

  /** The indexes of every domain, 0 to n - 1, for combining the domains' values. */
  private final int[] allDomains;

  /** The indexes of every capability, for counting the known values. */
  private final int[] allCapabilities;

  private final double[] capabilityWeights;
  private final double[] domainWeights;

  /** How each level's values are combined, for the aggregates' {@code rule}. */
  private final String ofCapabilities;

  private final String ofDomains;

  CompiledRule(AggregationRule rule, Framework framework) {
    this.rule = rule;
    this.framework = framework;
    int domains = framework.domains().size();
    this.members = new int[domains][];
    this.domainWeights = new double[domains];
    for (int d = 0; d < domains; d++) {
      String domainId = framework.domains().get(d).id();
      members[d] =
          IntStream.range(0, framework.capabilities().size())
              .filter(c -> framework.capabilities().get(c).domainId().equals(domainId))
              .toArray();
      domainWeights[d] = rule.domainWeights().getOrDefault(domainId, 1.0);
    }
    this.allDomains = IntStream.range(0, domains).toArray();
    this.allCapabilities = IntStream.range(0, framework.capabilities().size()).toArray();
    this.ofCapabilities = rule.description() + " of capability values";
    this.ofDomains = rule.description() + " of domain values";
    this.capabilityWeights =
        framework.capabilities().stream()
            .mapToDouble(c -> rule.capabilityWeights().getOrDefault(c.id(), 1.0))
            .toArray();
    for (int[] domain : members) {
      scaleToLargest(capabilityWeights, domain);
    }
    scaleToLargest(domainWeights, allDomains);
  }

  /**
   * Divides the weights at the indexes, which are combined together, by the largest of them: a
   * weighted mean does not change, but weights as small as 4.9E-324, which the checks allow, no
   * longer underflow to 0 when multiplied by a value (all such weights gave an index of 0).
   */
  private static void scaleToLargest(double[] weights, int[] indexes) {
    double largest = 0;
    for (int at : indexes) {
      largest = Math.max(largest, weights[at]);
    }
    if (largest > 0) {
      for (int at : indexes) {
        weights[at] /= largest;
      }
    }
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  AggregationRule rule() {
    return rule;
  }

  /**
   * Returns the framework the rule is prepared for.
   *
   * @return the framework
   */
  Framework framework() {
    return framework;
  }

  /**
   * Combines capability values into the overall value.
   *
   * @param capabilityValues one value in [0, 1] per capability of the framework, in its order;
   *     {@code NaN} where the value is unknown
   * @return the overall value on the rule's scale, or empty when no domain has a value
   * @throws MnrException if there is not one value per capability
   */
  OptionalDouble overall(double[] capabilityValues) {
    if (capabilityValues.length != capabilityWeights.length) {
      throw new MnrException(
          "expected "
              + capabilityWeights.length
              + " capability values, one"
              + " per capability of framework '"
              + framework.id()
              + "', not "
              + capabilityValues.length);
    }
    double[] domainValues = new double[members.length];
    for (int d = 0; d < members.length; d++) {
      domainValues[d] =
          covered(capabilityValues, members[d])
              ? combine(capabilityValues, members[d], capabilityWeights)
              : Double.NaN;
    }
    double overall =
        covered(capabilityValues, allCapabilities)
            ? combine(domainValues, allDomains, domainWeights)
            : Double.NaN;
    return Double.isNaN(overall)
        ? OptionalDouble.empty()
        : OptionalDouble.of(overall * rule.scale());
  }

  /**
   * Whether enough of the capabilities at the indexes have a value: always, when unknown values
   * count as zero, for then every capability has one.
   */
  private boolean covered(double[] values, int[] indexes) {
    if (rule.missing() == MissingValues.ZERO) {
      return true;
    }
    int known = known(values, indexes);
    return known > 0 && known >= rule.minimumCoverage() * indexes.length - 1e-9;
  }

  /**
   * Scores one capability of an assessment, given its index in the framework; it reads the
   * capability's evidence from the assessment only if its criteria need more than the status.
   */
  interface CapabilityScorer {
    CapabilityScore score(int capability, Assessment assessment);
  }

  /** Scores each capability of an assessment in the framework's order, then makes the card. */
  Scorecard card(String model, Assessment assessment, CapabilityScorer scorer) {
    int capabilities = framework.capabilities().size();
    // Built to size as an ImmutableList, which the scorecard keeps rather than copy.
    ImmutableList.Builder<CapabilityScore> scores =
        ImmutableList.builderWithExpectedSize(capabilities);
    for (int c = 0; c < capabilities; c++) {
      scores.add(scorer.score(c, assessment));
    }
    return card(model, assessment, scores.build());
  }

  /** Builds a scorecard; {@code scores} has one entry per capability, in the framework's order. */
  Scorecard card(String model, Assessment assessment, List<CapabilityScore> scores) {
    List<Capability> expected = framework.capabilities();
    if (scores.size() != expected.size()) {
      throw new MnrException(
          "a scorecard has one score per capability of framework '"
              + framework.id()
              + "': "
              + expected.size()
              + ", not "
              + scores.size());
    }
    double[] values = new double[scores.size()];
    for (int c = 0; c < values.length; c++) {
      CapabilityScore score = scores.get(c);
      if (!score.capabilityId().equals(expected.get(c).id())) {
        throw new MnrException(
            "a scorecard has one score per capability of framework '"
                + framework.id()
                + "', in its order; score "
                + c
                + " should be '"
                + expected.get(c).id()
                + "', not '"
                + score.capabilityId()
                + "'");
      }
      values[c] = score.valueOrNaN();
    }
    ImmutableList.Builder<AggregateScore> domains =
        ImmutableList.builderWithExpectedSize(members.length);
    double[] domainValues = new double[members.length];
    for (int d = 0; d < members.length; d++) {
      domainValues[d] =
          covered(values, members[d]) ? combine(values, members[d], capabilityWeights) : Double.NaN;
      domains.add(
          aggregate(
              framework.domains().get(d).id(),
              domainValues[d],
              known(values, members[d]),
              members[d].length,
              ofCapabilities));
    }
    double overall =
        covered(values, allCapabilities)
            ? combine(domainValues, allDomains, domainWeights)
            : Double.NaN;
    // The scorecard keeps a list it is given as an ImmutableList, where it would copy another.
    return ImmutableScorecard.of(
        model,
        assessment.instrumentReference(),
        assessment.jurisdiction(),
        rule.scale(),
        scores,
        domains.build(),
        aggregate("overall", overall, known(values, allCapabilities), values.length, ofDomains),
        InvalidResponses.of(List.of(assessment.validation())));
  }

  /** Combines the values at the indexes, NaN standing for unknown. */
  private double combine(double[] values, int[] indexes, double[] weights) {
    return rule.aggregation().apply(values, indexes, weights, rule.missing() == MissingValues.ZERO);
  }

  private AggregateScore aggregate(
      String id, double value, int known, int parts, String howCombined) {
    return Double.isNaN(value)
        ? AggregateScore.of(id, known, parts, howCombined)
        : AggregateScore.of(id, value * rule.scale(), known, parts, howCombined);
  }

  private static int known(double[] values, int[] indexes) {
    int known = 0;
    for (int at : indexes) {
      known += Double.isNaN(values[at]) ? 0 : 1;
    }
    return known;
  }

  @Override
  public String toString() {
    return "CompiledRule[" + rule.description() + ", framework " + framework.id() + "]";
  }
}
