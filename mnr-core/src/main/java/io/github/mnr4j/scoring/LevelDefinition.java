package io.github.mnr4j.scoring;

import static java.util.stream.Collectors.toUnmodifiableList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A level of a {@link StagedModel} and what reaching it takes: criteria for every capability,
 * further criteria for particular capabilities, and optionally a condition on the capability's
 * evidence that says whether the level applies to it at all (mnr4j's {@code comprehensive} applies
 * only to capabilities with a checklist or a secondary gate).
 *
 * <pre>{@code
 * LevelDefinition.builder().level(Level.of("initial", 2, "Initial"))
 *     .addCriterion(Criterion.of("in place", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class LevelDefinition {
  LevelDefinition() {}

  /**
   * Returns the level.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * Returns what the level means, for people.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the condition under which the level applies to a capability.
   *
   * @return the condition, or empty when the level applies to every capability
   */
  public abstract Optional<EvidenceCondition> appliesWhen();

  /**
   * Returns the criteria every capability must meet to reach the level.
   *
   * @return the criteria
   */
  public abstract List<Criterion> criteria();

  /**
   * Returns further criteria for particular capabilities, by capability id.
   *
   * @return the criteria by capability id, an immutable map of immutable lists
   */
  public abstract Map<String, List<Criterion>> capabilityCriteria();

  /**
   * Returns the criteria a capability must meet: those for every capability, then its own.
   *
   * @param capabilityId the capability's id
   * @return the criteria
   */
  List<Criterion> criteriaFor(String capabilityId) {
    List<Criterion> own = capabilityCriteria().get(capabilityId);
    if (own == null) {
      return criteria();
    }
    return Stream.concat(criteria().stream(), own.stream()).collect(toUnmodifiableList());
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableLevelDefinition.builder();
  }

  /** Makes the lists of capability criteria immutable, whatever the caller passed. */
  @Value.Check
  LevelDefinition normalize() {
    if (capabilityCriteria().values().stream().allMatch(list -> List.copyOf(list) == list)) {
      return this;
    }
    Map<String, List<Criterion>> copy = new LinkedHashMap<>();
    capabilityCriteria().forEach((id, list) -> copy.put(id, List.copyOf(list)));
    Builder builder =
        builder().level(level()).addAllCriteria(criteria()).putAllCapabilityCriteria(copy);
    description().ifPresent(builder::description);
    appliesWhen().ifPresent(builder::appliesWhen);
    return builder.build();
  }

  @Override
  public String toString() {
    return "LevelDefinition[" + level() + ", " + criteria().size() + " criteria]";
  }

  /** Builds a {@link LevelDefinition}. */
  public interface Builder {
    /**
     * Sets the level.
     *
     * @param level the level
     * @return this builder
     */
    Builder level(Level level);

    /**
     * Sets what the level means.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the condition under which the level applies to a capability; by default it applies to
     * every capability.
     *
     * @param condition the condition
     * @return this builder
     */
    Builder appliesWhen(EvidenceCondition condition);

    /**
     * Adds a criterion for every capability.
     *
     * @param criterion the criterion
     * @return this builder
     */
    Builder addCriterion(Criterion criterion);

    /**
     * Adds criteria for every capability.
     *
     * @param criteria the criteria
     * @return this builder
     */
    Builder addAllCriteria(Iterable<? extends Criterion> criteria);

    /**
     * Sets further criteria for one capability.
     *
     * @param capabilityId the capability's id
     * @param criteria its criteria
     * @return this builder
     */
    Builder putCapabilityCriterion(String capabilityId, List<Criterion> criteria);

    /**
     * Sets further criteria for capabilities.
     *
     * @param criteria criteria by capability id
     * @return this builder
     */
    Builder putAllCapabilityCriteria(Map<String, ? extends List<Criterion>> criteria);

    /**
     * Builds the level.
     *
     * @return the level
     */
    LevelDefinition build();
  }
}
