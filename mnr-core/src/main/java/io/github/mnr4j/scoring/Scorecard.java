package io.github.mnr4j.scoring;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of scoring one assessment with one model: per capability the status, level, value
 * and reason; per domain and overall the value and the rule that aggregated it. Capability values
 * are in [0, 1]; domain and overall values are on the card's {@link #scale()} (1, or 100 for an
 * index).
 *
 * <pre>{@code
 * Scorecard card = ScoringModels.staged().score(assessment);
 * System.out.print(card.table());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Scorecard {
  Scorecard() {}

  /**
   * Returns the id of the model that scored.
   *
   * @return such as {@code staged}
   */
  public abstract String model();

  /**
   * Returns the reference of the instrument the assessed response answered.
   *
   * @return such as {@code wpga-mnr-survey@2021}
   */
  public abstract String instrument();

  /**
   * Returns who the scores are about.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the largest value domains and overall can take: 1, or 100 for an index.
   *
   * @return the scale
   */
  public abstract double scale();

  /**
   * Returns the capability scores, in the framework's order.
   *
   * @return the scores
   */
  public abstract ImmutableList<CapabilityScore> capabilities();

  /**
   * Returns the domain scores, in the framework's order.
   *
   * @return the scores
   */
  public abstract ImmutableList<AggregateScore> domains();

  /**
   * Returns the overall score.
   *
   * @return the score, id {@code overall}
   */
  public abstract AggregateScore overall();

  /**
   * Returns a builder, for models of one's own; {@link #aggregate} builds most cards.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a capability's score.
   *
   * @param capabilityId a capability id
   * @return the score
   * @throws MnrException naming the id if the card has no such capability
   */
  public CapabilityScore capability(String capabilityId) {
    return capabilities().stream().filter(c -> c.capabilityId().equals(capabilityId))
        .findFirst().orElseThrow(() -> new MnrException("no capability '" + capabilityId
            + "' on this scorecard"));
  }

  /**
   * Returns a domain's score.
   *
   * @param domainId a domain id
   * @return the score
   * @throws MnrException naming the id if the card has no such domain
   */
  public AggregateScore domain(String domainId) {
    return domains().stream().filter(d -> d.id().equals(domainId)).findFirst()
        .orElseThrow(() -> new MnrException("no domain '" + domainId + "' on this scorecard"));
  }

  /**
   * Builds a scorecard from capability scores, aggregating them into domains and overall: each
   * domain combines its capabilities' values, the overall value combines the domains', both by
   * the same rule, then both are multiplied by the scale. Equal weights (1) unless given.
   *
   * @param model the model's id
   * @param assessment the assessment scored
   * @param capabilities one score per capability of the framework, in its order
   * @param aggregation how values combine
   * @param missing what unknown values count as
   * @param capabilityWeights weights by capability id; 1 for those not given
   * @param domainWeights weights by domain id; 1 for those not given
   * @param scale 1, or 100 for an index
   * @return the scorecard
   */
  public static Scorecard aggregate(String model, Assessment assessment,
      List<CapabilityScore> capabilities, Aggregation aggregation, MissingValues missing,
      Map<String, Double> capabilityWeights, Map<String, Double> domainWeights, double scale) {
    Framework framework = assessment.framework();
    Map<String, CapabilityScore> byId = capabilities.stream()
        .collect(ImmutableMap.toImmutableMap(CapabilityScore::capabilityId, c -> c));
    String rule = aggregation.description() + " (" + missing.description() + ")";
    ImmutableList.Builder<AggregateScore> domains = ImmutableList.builder();
    double[] domainValues = new double[framework.domains().size()];
    boolean[] domainKnown = new boolean[domainValues.length];
    for (int d = 0; d < domainValues.length; d++) {
      Domain domain = framework.domains().get(d);
      List<Capability> members = framework.capabilitiesOf(domain.id());
      double[] values = new double[members.size()];
      boolean[] known = new boolean[members.size()];
      double[] weights = new double[members.size()];
      for (int i = 0; i < members.size(); i++) {
        OptionalDouble value = byId.get(members.get(i).id()).value();
        known[i] = value.isPresent();
        values[i] = value.orElse(0);
        weights[i] = capabilityWeights.getOrDefault(members.get(i).id(), 1.0);
      }
      OptionalDouble value = combine(aggregation, missing, values, known, weights);
      domainKnown[d] = value.isPresent();
      domainValues[d] = value.orElse(0);
      domains.add(AggregateScore.of(domain.id(), scaled(value, scale), count(known),
          members.size(), rule + " of capability values"));
    }
    double[] weights = framework.domains().stream()
        .mapToDouble(d -> domainWeights.getOrDefault(d.id(), 1.0)).toArray();
    OptionalDouble overall = combine(aggregation, missing, domainValues, domainKnown, weights);
    return builder()
        .model(model)
        .instrument(assessment.instrument())
        .jurisdiction(assessment.jurisdiction())
        .scale(scale)
        .capabilities(capabilities)
        .domains(domains.build())
        .overall(AggregateScore.of("overall", scaled(overall, scale), count(domainKnown),
            domainValues.length, rule + " of domain values"))
        .build();
  }

  private static OptionalDouble combine(Aggregation aggregation, MissingValues missing,
      double[] values, boolean[] known, double[] weights) {
    double[] used = weights.clone();
    for (int i = 0; i < values.length; i++) {
      if (!known[i] && missing == MissingValues.LEAVE_OUT) {
        used[i] = 0;
      }
    }
    double result = aggregation.apply(values, used);
    return Double.isNaN(result) ? OptionalDouble.empty() : OptionalDouble.of(result);
  }

  private static OptionalDouble scaled(OptionalDouble value, double scale) {
    return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * scale) : value;
  }

  private static int count(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      count += flag ? 1 : 0;
    }
    return count;
  }

  /**
   * Renders the card as an aligned text table: one row per capability (number, id, status,
   * level, value, reason), then the domains and the overall value.
   *
   * @return the table, lines ended by {@code \n}
   */
  public String table() {
    int width = capabilities().stream().mapToInt(c -> c.capabilityId().length()).max().orElse(10);
    StringBuilder out = new StringBuilder();
    out.append("Scorecard of ").append(jurisdiction()).append(" (").append(instrument())
        .append("), model ").append(model()).append('\n');
    out.append(String.format(Locale.ROOT, "%-" + width + "s  %-12s  %-15s  %5s  %s%n",
        "capability", "status", "level", "value", "reason"));
    for (CapabilityScore score : capabilities()) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s  %-12s  %-15s  %5s  %s%n",
          score.capabilityId(), score.status().id(),
          score.level().map(Level::id).orElse("-"), format(score.value(), 2),
          score.reason()));
    }
    out.append('\n');
    for (AggregateScore domain : domains()) {
      out.append(Strings.padEnd(domain.id(), width, ' ')).append("  ")
          .append(format(domain.value(), scale() > 1 ? 1 : 2)).append("  (")
          .append(domain.known()).append(" of ").append(domain.parts())
          .append(" capabilities known)\n");
    }
    out.append(Strings.padEnd("overall", width, ' ')).append("  ")
        .append(format(overall().value(), scale() > 1 ? 1 : 2)).append("  (")
        .append(overall().rule()).append(")\n");
    return out.toString();
  }

  private static String format(OptionalDouble value, int decimals) {
    return value.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f",
        value.getAsDouble()) : "-";
  }

  @Override
  public String toString() {
    return "Scorecard[" + model() + ", " + jurisdiction() + ": overall "
        + format(overall().value(), 3) + "]";
  }

  /** Builds a {@link Scorecard}. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
