package io.github.mnr4j.scoring;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
public final class CompiledRule {
  private final AggregationRule rule;
  private final Framework framework;
  private final int[][] members;
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
    this.ofCapabilities = rule.description() + " of capability values";
    this.ofDomains = rule.description() + " of domain values";
    this.capabilityWeights =
        framework.capabilities().stream()
            .mapToDouble(c -> rule.capabilityWeights().getOrDefault(c.id(), 1.0))
            .toArray();
  }

  /**
   * Returns the rule.
   *
   * @return the rule
   */
  public AggregationRule rule() {
    return rule;
  }

  /**
   * Returns the framework the rule is prepared for.
   *
   * @return the framework
   */
  public Framework framework() {
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
  public OptionalDouble overall(double[] capabilityValues) {
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
        covered(capabilityValues, null) ? combine(domainValues, null, domainWeights) : Double.NaN;
    return Double.isNaN(overall)
        ? OptionalDouble.empty()
        : OptionalDouble.of(overall * rule.scale());
  }

  /**
   * Whether enough of the capabilities at the indexes (all when null) have a value: always, when
   * unknown values count as zero, for then every capability has one.
   */
  private boolean covered(double[] values, int[] indexes) {
    if (rule.missing() == MissingValues.ZERO) {
      return true;
    }
    int parts = indexes == null ? values.length : indexes.length;
    int known = known(values, indexes);
    return known > 0 && known >= rule.minimumCoverage() * parts - 1e-9;
  }

  /** Scores one capability: its index in the framework, its evidence and the answers. */
  interface CapabilityScorer {
    CapabilityScore score(int capability, CapabilityEvidence evidence, Map<String, Answer> answers);
  }

  /** Scores each capability of an assessment in the framework's order, then makes the card. */
  Scorecard card(String model, Assessment assessment, CapabilityScorer scorer) {
    List<CapabilityEvidence> evidence = assessment.capabilities();
    List<CapabilityScore> scores = new ArrayList<>(evidence.size());
    for (int c = 0; c < evidence.size(); c++) {
      scores.add(scorer.score(c, evidence.get(c), assessment.answers()));
    }
    return card(model, assessment, scores);
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
    List<AggregateScore> domains = new ArrayList<>(members.length);
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
        covered(values, null) ? combine(domainValues, null, domainWeights) : Double.NaN;
    // One copy of each list, where the builder would add the scores one by one.
    return ImmutableScorecard.of(
        model,
        assessment.instrument(),
        assessment.jurisdiction(),
        rule.scale(),
        scores,
        domains,
        aggregate("overall", overall, known(values, null), values.length, ofDomains));
  }

  /** Combines the values at the indexes (all when null), NaN standing for unknown. */
  private double combine(double[] values, int[] indexes, double[] weights) {
    int n = indexes == null ? values.length : indexes.length;
    double[] parts = new double[n];
    double[] used = new double[n];
    for (int i = 0; i < n; i++) {
      int at = indexes == null ? i : indexes[i];
      boolean known = !Double.isNaN(values[at]);
      parts[i] = known ? values[at] : 0;
      used[i] = known || rule.missing() == MissingValues.ZERO ? weights[at] : 0;
    }
    return rule.aggregation().apply(parts, used);
  }

  private AggregateScore aggregate(
      String id, double value, int known, int parts, String howCombined) {
    AggregateScore.Builder score =
        AggregateScore.builder().id(id).known(known).parts(parts).rule(howCombined);
    if (!Double.isNaN(value)) {
      score.value(value * rule.scale());
    }
    return score.build();
  }

  private static int known(double[] values, int[] indexes) {
    int n = indexes == null ? values.length : indexes.length;
    int known = 0;
    for (int i = 0; i < n; i++) {
      known += Double.isNaN(values[indexes == null ? i : indexes[i]]) ? 0 : 1;
    }
    return known;
  }

  @Override
  public String toString() {
    return "CompiledRule[" + rule.description() + ", framework " + framework.id() + "]";
  }
}
