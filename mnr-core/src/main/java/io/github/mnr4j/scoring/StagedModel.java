package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.internal.Checks;
import io.github.mnr4j.survey.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A staged maturity model as data: ordered levels, each reached when all its criteria hold and
 * all lower levels are reached (gated, like national capability maturity models). A capability's
 * value is the ordinal of the level it reached over the highest ordinal that applies to it; an
 * unknown status has no level and no value. Domains take the mean of their known capability
 * values; overall, the mean of the known domain values.
 *
 * <p>{@link ScoringModels#staged()} and {@link ScoringModels#presence()} are built this way; the
 * {@code mnr4j.model} JSON document defines others, such as a four-phase model from "Building" to
 * "Maturity".
 *
 * <pre>{@code
 * StagedModel model = StagedModel.builder().id("two-step").title("Two steps")
 *     .addLevels(LevelDefinition.builder().level(Level.of("none", 0, "None")).build(),
 *         LevelDefinition.builder().level(Level.of("some", 1, "Some"))
 *             .addCriteria(Criterion.of("in place", Condition.status("in-place"))).build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class StagedModel implements ScoringModel {
  StagedModel() {}

  @Override
  public abstract String id();

  @Override
  public abstract String title();

  /**
   * Returns what the model is and where it comes from.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the levels, lowest first.
   *
   * @return the levels; ordinals start at 0 and increase
   */
  public abstract ImmutableList<LevelDefinition> levels();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Scorecard score(Assessment assessment) {
    List<CapabilityScore> scores = new ArrayList<>();
    for (CapabilityEvidence evidence : assessment.capabilities()) {
      scores.add(score(evidence, assessment.answers()));
    }
    return Scorecard.aggregate(id(), assessment, scores, Aggregation.ARITHMETIC,
        MissingValues.LEAVE_OUT, Map.of(), Map.of(), 1);
  }

  private CapabilityScore score(CapabilityEvidence evidence, Map<String, Answer> answers) {
    String capability = evidence.capabilityId();
    List<LevelDefinition> applicable = levels().stream()
        .filter(l -> l.appliesWhen().map(c -> c.test(answers, evidence)).orElse(true))
        .collect(Collectors.toList());
    CapabilityScore.Builder score = CapabilityScore.builder().capabilityId(capability)
        .status(evidence.status());
    if (!applicable.isEmpty()) {
      score.highest(applicable.get(applicable.size() - 1).level());
    }
    if (evidence.status() == CapabilityStatus.UNKNOWN || applicable.isEmpty()) {
      return score.reason("no level: the status is unknown (" + String.join("; ",
          evidence.readings()) + ")").build();
    }
    LevelDefinition reached = null;
    List<CriterionResult> reachedResults = List.of();
    LevelDefinition next = null;
    List<CriterionResult> nextResults = List.of();
    for (LevelDefinition level : applicable) {
      List<CriterionResult> results = new ArrayList<>();
      for (Criterion criterion : level.criteria()) {
        results.add(Readings.evaluate(criterion, answers, evidence));
      }
      for (Criterion criterion : level.capabilityCriteria().get(capability)) {
        results.add(Readings.evaluate(criterion, answers, evidence));
      }
      if (results.stream().allMatch(CriterionResult::met)) {
        reached = level;
        reachedResults = results;
      } else {
        next = level;
        nextResults = results;
        break;
      }
    }
    int highest = applicable.get(applicable.size() - 1).level().ordinal();
    double value = reached == null ? 0 : highest == 0 ? 1
        : (double) reached.level().ordinal() / highest;
    score.value(OptionalDouble.of(value)).reached(reachedResults).nextCriteria(nextResults);
    if (reached != null) {
      score.level(reached.level());
    }
    if (next != null) {
      score.next(next.level());
    }
    return score.reason(reason(reached, highest, next, nextResults)).build();
  }

  private static String reason(@Nullable LevelDefinition reached, int highest,
      @Nullable LevelDefinition next, List<CriterionResult> nextResults) {
    StringBuilder out = new StringBuilder();
    out.append(reached == null ? "no level reached" : reached.level().id() + " ("
        + reached.level().ordinal() + " of " + highest + ")");
    if (next != null) {
      List<String> unmet = nextResults.stream().filter(r -> !r.met())
          .map(CriterionResult::description).collect(Collectors.toList());
      out.append("; next, ").append(next.level().id()).append(", needs: ")
          .append(String.join("; ", unmet));
    } else {
      out.append("; the highest level");
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("staged model '" + id() + "'")
        .id("id", id())
        .notBlank("title", title());
    if (levels().isEmpty()) {
      checks.add("levels", "a staged model needs at least one level");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < levels().size(); i++) {
      Level level = levels().get(i).level();
      if (!ids.add(level.id())) {
        checks.add(List.of("levels", String.valueOf(i), "level", "id"),
            "duplicate level id '" + level.id() + "'");
      }
      int expected = i == 0 ? 0 : levels().get(i - 1).level().ordinal() + 1;
      if (i == 0 ? level.ordinal() != 0 : level.ordinal() < expected) {
        checks.add(List.of("levels", String.valueOf(i), "level", "ordinal"), "levels out of"
            + " order: level '" + level.id() + "' has ordinal " + level.ordinal() + "; the"
            + " first level has ordinal 0 and each next one a higher ordinal");
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "StagedModel " + id() + " (" + title() + "): " + levels().stream()
        .map(l -> l.level().id()).collect(Collectors.joining(" < "));
  }

  /** Builds a {@link StagedModel}; {@link #build()} checks the levels' order. */
  public static final class Builder extends ImmutableStagedModel.Builder {
    Builder() {}
  }
}
