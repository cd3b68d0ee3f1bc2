package io.github.mnr4j.scoring;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
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
  /** The model compiled for the last framework it scored. */
  @SuppressWarnings("immutables:incompat") // a cache, not state: not part of the value
  private final PerFramework<Compiled> compiled = new PerFramework<>();

  StagedModel() {}

  /** Each capability's criteria, level by level, and the aggregation, by dense index. */
  private static final class Compiled {
    final Aggregator aggregator;
    /** {@code criteria[capability][level]}: the level's criteria for every capability, then
     *  those for this one. */
    final Criterion[][][] criteria;

    Compiled(StagedModel model, Framework framework) {
      this.aggregator = new Aggregator(framework, Aggregation.ARITHMETIC,
          MissingValues.LEAVE_OUT, Map.of(), Map.of(), 1);
      List<LevelDefinition> levels = model.levels();
      this.criteria = new Criterion[framework.capabilities().size()][levels.size()][];
      for (int c = 0; c < criteria.length; c++) {
        String capability = framework.capabilities().get(c).id();
        for (int l = 0; l < levels.size(); l++) {
          List<Criterion> all = new ArrayList<>(levels.get(l).criteria());
          all.addAll(levels.get(l).capabilityCriteria().get(capability));
          criteria[c][l] = all.toArray(new Criterion[0]);
        }
      }
    }
  }


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
    Compiled model = compiled.get(assessment.framework(), f -> new Compiled(this, f));
    List<CapabilityEvidence> evidence = assessment.capabilities();
    List<CapabilityScore> scores = new ArrayList<>(evidence.size());
    for (int c = 0; c < evidence.size(); c++) {
      scores.add(score(evidence.get(c), model.criteria[c], assessment.answers()));
    }
    return model.aggregator.card(id(), assessment, scores);
  }

  private CapabilityScore score(CapabilityEvidence evidence, Criterion[][] criteria,
      Map<String, Answer> answers) {
    List<LevelDefinition> levels = levels();
    CapabilityScore.Builder score = CapabilityScore.builder()
        .capabilityId(evidence.capabilityId()).status(evidence.status());
    int highest = -1;
    for (int l = levels.size() - 1; l >= 0 && highest < 0; l--) {
      if (applies(levels.get(l), evidence, answers)) {
        highest = l;
      }
    }
    if (highest >= 0) {
      score.highest(levels.get(highest).level());
    }
    if (evidence.status() == CapabilityStatus.UNKNOWN || highest < 0) {
      return score.reason("no level: the status is unknown (" + String.join("; ",
          evidence.readings()) + ")").build();
    }
    LevelDefinition reached = null;
    List<CriterionResult> reachedResults = List.of();
    LevelDefinition next = null;
    List<CriterionResult> nextResults = List.of();
    for (int l = 0; l <= highest; l++) {
      LevelDefinition level = levels.get(l);
      if (!applies(level, evidence, answers)) {
        continue;
      }
      List<CriterionResult> results = new ArrayList<>(criteria[l].length);
      boolean met = true;
      for (Criterion criterion : criteria[l]) {
        CriterionResult result = Readings.evaluate(criterion, answers, evidence);
        results.add(result);
        met &= result.met();
      }
      if (met) {
        reached = level;
        reachedResults = results;
      } else {
        next = level;
        nextResults = results;
        break;
      }
    }
    int top = levels.get(highest).level().ordinal();
    double value = reached == null ? 0 : top == 0 ? 1
        : (double) reached.level().ordinal() / top;
    score.value(OptionalDouble.of(value)).reached(reachedResults).nextCriteria(nextResults);
    if (reached != null) {
      score.level(reached.level());
    }
    if (next != null) {
      score.next(next.level());
    }
    return score.reason(reason(reached, top, next, nextResults)).build();
  }

  private static boolean applies(LevelDefinition level, CapabilityEvidence evidence,
      Map<String, Answer> answers) {
    return level.appliesWhen().map(c -> c.test(answers, evidence)).orElse(true);
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
