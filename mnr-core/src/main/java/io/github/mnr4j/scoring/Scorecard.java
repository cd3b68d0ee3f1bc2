package io.github.mnr4j.scoring;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Capability;
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
   * @throws MnrException if the scores do not follow the framework's capabilities in order
   */
  public static Scorecard aggregate(String model, Assessment assessment,
      List<CapabilityScore> capabilities, Aggregation aggregation, MissingValues missing,
      Map<String, Double> capabilityWeights, Map<String, Double> domainWeights, double scale) {
    List<Capability> expected = assessment.framework().capabilities();
    for (int c = 0; c < expected.size(); c++) {
      if (c >= capabilities.size()
          || !capabilities.get(c).capabilityId().equals(expected.get(c).id())) {
        throw new MnrException("a scorecard has one score per capability of framework '"
            + assessment.framework().id() + "', in its order; score " + c + " should be '"
            + expected.get(c).id() + "'");
      }
    }
    if (capabilities.size() != expected.size()) {
      throw new MnrException("a scorecard has " + expected.size() + " capability scores, not "
          + capabilities.size());
    }
    return new Aggregator(assessment.framework(), aggregation, missing, capabilityWeights,
        domainWeights, scale).card(model, assessment, capabilities);
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
