package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.internal.checks.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One capability's score: its status, the level reached (none when the status is unknown, or when a
 * model has no levels), a value in [0, 1] (none when unknown), and the explanation: the criteria of
 * the level reached and of the next level, each met or not, with the answers read.
 *
 * <p>A built-in model works out the explanation when it is first asked for, so that scoring many
 * responses for their values does not pay for sentences nobody reads; the explanation is the same
 * whenever it is made. Two scores are equal when every accessor returns equal values.
 *
 * <p>Immutable and thread-safe.
 */
public final class CapabilityScore {
  private final String capabilityId;
  private final CapabilityStatus status;
  private final @Nullable Level level;
  private final @Nullable Level highest;

  /** NaN for none. */
  private final double value;

  private final @Nullable Level next;

  /**
   * Works out the explanation; shared by the scores of a scorecard, so that a score costs no object
   * of its own for an explanation that is seldom asked for.
   */
  private final Explainer explainer;

  /** The capability's index in the framework, for the explainer. */
  private final int capability;

  /** Made when first asked for; a race makes equal explanations, so that either may win. */
  private volatile @Nullable Explanation explanation;

  /**
   * Works out the explanation of a score a model made, from the score and its capability's index.
   */
  interface Explainer {
    Explanation explain(CapabilityScore score, int capability);
  }

  /** The criteria of the level reached and of the next, and the reason in a line. */
  static final class Explanation {
    final List<CriterionResult> reached;
    final List<CriterionResult> nextCriteria;
    final String reason;

    Explanation(List<CriterionResult> reached, List<CriterionResult> nextCriteria, String reason) {
      this.reached = List.copyOf(reached);
      this.nextCriteria = List.copyOf(nextCriteria);
      this.reason = reason;
    }
  }

  private CapabilityScore(
      String capabilityId,
      CapabilityStatus status,
      @Nullable Level level,
      @Nullable Level highest,
      double value,
      @Nullable Level next,
      Explainer explainer,
      int capability) {
    if (!Double.isNaN(value) && !(value >= 0 && value <= 1)) {
      Checks.of("score of", capabilityId)
          .add("value", "a capability's value lies in [0, 1]," + " not " + value)
          .throwIfAny();
    }
    this.capabilityId = Objects.requireNonNull(capabilityId, "capabilityId");
    this.status = Objects.requireNonNull(status, "status");
    this.level = level;
    this.highest = highest;
    this.value = value;
    this.next = next;
    this.explainer = explainer;
    this.capability = capability;
  }

  /**
   * A score with no value (the status is unknown, or no level can give one): no level reached or
   * next; its explanation, only a reason, worked out when asked for.
   */
  static CapabilityScore withoutValue(
      CapabilityEvidence evidence, @Nullable Level highest, Explainer explainer, int capability) {
    return of(
        evidence.capabilityId(),
        evidence.status(),
        null,
        highest,
        Double.NaN,
        null,
        explainer,
        capability);
  }

  /**
   * A score whose explanation a model works out when it is asked for.
   *
   * @param value the value, NaN for none
   * @param capability the capability's index in the framework, which the explainer is given
   */
  static CapabilityScore of(
      String capabilityId,
      CapabilityStatus status,
      @Nullable Level level,
      @Nullable Level highest,
      double value,
      @Nullable Level next,
      Explainer explainer,
      int capability) {
    return new CapabilityScore(
        capabilityId, status, level, highest, value, next, explainer, capability);
  }

  /** An explanation with no criteria, only a reason. */
  static Explanation because(String reason) {
    return new Explanation(List.of(), List.of(), reason);
  }

  /**
   * Returns the capability's id.
   *
   * @return the id
   */
  public String capabilityId() {
    return capabilityId;
  }

  /**
   * Returns the capability's status.
   *
   * @return the status
   */
  public CapabilityStatus status() {
    return status;
  }

  /**
   * Returns the level reached.
   *
   * @return the level, or empty
   */
  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  /**
   * Returns the highest level the capability can reach under the model.
   *
   * @return the level, or empty for a model without levels
   */
  public Optional<Level> highest() {
    return Optional.ofNullable(highest);
  }

  /**
   * Returns the score.
   *
   * @return a value in [0, 1], or empty when the status is unknown
   */
  public OptionalDouble value() {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The value, NaN for none: for the scorecard, which combines values as doubles. */
  double valueOrNaN() {
    return value;
  }

  /**
   * Returns the criteria of the level reached (or, for a points model, the criteria met).
   *
   * @return the results, an immutable list
   */
  public List<CriterionResult> reached() {
    return explanation().reached;
  }

  /**
   * Returns the next level, if there is one above the level reached.
   *
   * @return the next level, or empty
   */
  public Optional<Level> next() {
    return Optional.ofNullable(next);
  }

  /**
   * Returns the criteria of the next level (or, for a points model, the criteria not met).
   *
   * @return the results, an immutable list
   */
  public List<CriterionResult> nextCriteria() {
    return explanation().nextCriteria;
  }

  /**
   * Returns the explanation in one line, such as {@code established (3 of 4); next comprehensive
   * needs: full checklist coverage ...}.
   *
   * @return the reason
   */
  public String reason() {
    return explanation().reason;
  }

  private Explanation explanation() {
    Explanation made = explanation;
    if (made == null) {
      made = explainer.explain(this, capability);
      explanation = made;
    }
    return made;
  }

  /**
   * Returns a builder, for models of one's own.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Given();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CapabilityScore that)) {
      return false;
    }

    return capabilityId.equals(that.capabilityId)
        && status == that.status
        && Objects.equals(level, that.level)
        && Objects.equals(highest, that.highest)
        && Double.compare(value, that.value) == 0
        && Objects.equals(next, that.next)
        && reached().equals(that.reached())
        && nextCriteria().equals(that.nextCriteria())
        && reason().equals(that.reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(capabilityId, status, level, highest, value, next, reason());
  }

  @Override
  public String toString() {
    return capabilityId
        + ": "
        + status.id()
        + ", "
        + (level == null ? "no level" : level.id())
        + ", "
        + (Double.isNaN(value) ? "no value" : String.format(Locale.ROOT, "%.3f", value));
  }

  /** Builds a {@link CapabilityScore}. */
  public interface Builder {
    /**
     * Sets the capability.
     *
     * @param capabilityId its id
     * @return this builder
     */
    Builder capabilityId(String capabilityId);

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    Builder status(CapabilityStatus status);

    /**
     * Sets the level reached; leave it unset for none.
     *
     * @param level the level
     * @return this builder
     */
    Builder level(Level level);

    /**
     * Sets the highest level the capability can reach; leave it unset for a model without levels.
     *
     * @param highest the level
     * @return this builder
     */
    Builder highest(Level highest);

    /**
     * Sets the value; leave it unset when the status is unknown.
     *
     * @param value in [0, 1]
     * @return this builder
     */
    Builder value(double value);

    /**
     * Adds a result of the level reached (or, for a points model, a criterion met).
     *
     * @param result the result
     * @return this builder
     */
    Builder addReached(CriterionResult result);

    /**
     * Adds results of the level reached.
     *
     * @param results the results
     * @return this builder
     */
    Builder addAllReached(Iterable<? extends CriterionResult> results);

    /**
     * Sets the next level; leave it unset at the highest.
     *
     * @param next the level
     * @return this builder
     */
    Builder next(Level next);

    /**
     * Adds a result of the next level (or, for a points model, a criterion not met).
     *
     * @param result the result
     * @return this builder
     */
    Builder addNextCriterion(CriterionResult result);

    /**
     * Adds results of the next level.
     *
     * @param results the results
     * @return this builder
     */
    Builder addAllNextCriteria(Iterable<? extends CriterionResult> results);

    /**
     * Sets the explanation in one line.
     *
     * @param reason the reason
     * @return this builder
     */
    Builder reason(String reason);

    /**
     * Builds the score.
     *
     * @return the score
     * @throws io.github.mnr4j.InvalidDefinitionException if the value is outside [0, 1]
     */
    CapabilityScore build();
  }

  /** The builder of scores whose explanation is given. */
  private static final class Given implements Builder {
    private @Nullable String capabilityId;
    private @Nullable CapabilityStatus status;
    private @Nullable Level level;
    private @Nullable Level highest;
    private double value = Double.NaN;
    private @Nullable Level next;
    private final List<CriterionResult> reached = new ArrayList<>();
    private final List<CriterionResult> nextCriteria = new ArrayList<>();
    private @Nullable String reason;

    @Override
    public Builder capabilityId(String capabilityId) {
      this.capabilityId = Objects.requireNonNull(capabilityId, "capabilityId");
      return this;
    }

    @Override
    public Builder status(CapabilityStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @Override
    public Builder level(Level level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    @Override
    public Builder highest(Level highest) {
      this.highest = Objects.requireNonNull(highest, "highest");
      return this;
    }

    @Override
    public Builder value(double value) {
      if (Double.isNaN(value)) {
        Checks.of("score of", String.valueOf(capabilityId))
            .add(
                "value",
                "a capability's" + " value lies in [0, 1], not NaN; leave it unset for none")
            .throwIfAny();
      }
      this.value = value;
      return this;
    }

    @Override
    public Builder addReached(CriterionResult result) {
      reached.add(Objects.requireNonNull(result, "result"));
      return this;
    }

    @Override
    public Builder addAllReached(Iterable<? extends CriterionResult> results) {
      results.forEach(this::addReached);
      return this;
    }

    @Override
    public Builder next(Level next) {
      this.next = Objects.requireNonNull(next, "next");
      return this;
    }

    @Override
    public Builder addNextCriterion(CriterionResult result) {
      nextCriteria.add(Objects.requireNonNull(result, "result"));
      return this;
    }

    @Override
    public Builder addAllNextCriteria(Iterable<? extends CriterionResult> results) {
      results.forEach(this::addNextCriterion);
      return this;
    }

    @Override
    public Builder reason(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    @Override
    public CapabilityScore build() {
      List<String> missing = new ArrayList<>();
      if (capabilityId == null) {
        missing.add("capabilityId");
      }
      if (status == null) {
        missing.add("status");
      }
      if (reason == null) {
        missing.add("reason");
      }
      if (capabilityId == null || status == null || reason == null) {
        throw new IllegalStateException(
            "Cannot build CapabilityScore, some of required"
                + " attributes are not set "
                + missing);
      }
      Explanation explanation = new Explanation(reached, nextCriteria, reason);
      return of(capabilityId, status, level, highest, value, next, (score, c) -> explanation, -1);
    }
  }
}
