package io.github.mnr4j.scoring;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.checks.Checks;
import io.github.mnr4j.survey.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A staged maturity model as data: ordered levels, each reached when all its criteria hold and all
 * lower levels are reached (gated, like national capability maturity models). A capability's value
 * is the ordinal of the level it reached over the highest ordinal that applies to it; an unknown
 * status has no level and no value. Domains take the mean of their known capability values;
 * overall, the mean of the known domain values.
 *
 * <p>{@link ScoringModels#staged()} and {@link ScoringModels#presence()} are built this way; the
 * {@code mnr4j.model} JSON document defines others, such as mnr4j's example four-phase model.
 *
 * <pre>{@code
 * StagedModel model = StagedModel.builder().id("two-step").title("Two steps")
 *     .description("None, or in place.")
 *     .addLevel(LevelDefinition.builder().level(Level.of("none", 0, "None")).build())
 *     .addLevel(LevelDefinition.builder().level(Level.of("some", 1, "Some"))
 *         .addCriterion(Criterion.of("in place",
 *             EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
// exports: Immutables' annotations are compile-time only.
// EnumOrdinal: statuses are packed and indexed by their ordinal, a byte or bit per status.
@SuppressWarnings({"exports", "EnumOrdinal"})
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
  public abstract List<LevelDefinition> levels();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableStagedModel.builder();
  }

  @Override
  public Scorecard score(Assessment assessment) {
    return compile(assessment.framework()).score(assessment);
  }

  /**
   * Prepares the model for a framework: each capability's criteria, level by level, by dense index.
   * Where every condition a capability's levels test reads the status alone (as in {@link
   * ScoringModels#presence()}), its score is worked out here for each status, so that scoring an
   * assessment reads the statuses and no other evidence.
   *
   * @param framework the framework
   * @return the compiled model
   */
  @Override
  public CompiledModel compile(Framework framework) {
    CompiledRule rule = AggregationRule.defaults().compile(framework);
    Criterion[][][] criteria = new Criterion[framework.capabilities().size()][][];
    Outcome[][] byStatus = new Outcome[criteria.length][];
    for (int c = 0; c < criteria.length; c++) {
      String capability = framework.capabilities().get(c).id();
      criteria[c] =
          levels().stream()
              .map(level -> level.criteriaFor(capability).toArray(new Criterion[0]))
              .toArray(Criterion[][]::new);
      byStatus[c] = outcomesByStatus(criteria[c]);
    }
    return new CompiledModel(
        this,
        framework,
        assessment -> {
          CapabilityScore.Explainer explainer =
              (score, c) ->
                  explain(
                      score, assessment.capabilities().get(c), criteria[c], assessment.answers());
          return rule.card(
              id(),
              assessment,
              (c, scored) -> {
                if (byStatus[c] != null) {
                  CapabilityStatus status = scored.statuses().get(c);
                  return byStatus[c][status.ordinal()].score(
                      framework.capabilities().get(c).id(), status, explainer, c);
                }
                return score(
                    c, scored.capabilities().get(c), criteria[c], scored.answers(), explainer);
              });
        });
  }

  /** The levels a capability reached, and its value: a score without its capability and status. */
  private record Outcome(
      @Nullable Level level, @Nullable Level highest, double value, @Nullable Level next) {
    CapabilityScore score(
        String capabilityId,
        CapabilityStatus status,
        CapabilityScore.Explainer explainer,
        int capability) {
      return CapabilityScore.of(
          capabilityId, status, level, highest, value, next, explainer, capability);
    }
  }

  /**
   * A capability's outcome for each status (by ordinal), or null when one of the conditions its
   * levels test reads more than the status.
   */
  private Outcome @Nullable [] outcomesByStatus(Criterion[][] criteria) {
    int[] applying = new int[criteria.length];
    int[] meeting = new int[criteria.length];
    for (int l = 0; l < criteria.length; l++) {
      Optional<EvidenceCondition> when = levels().get(l).appliesWhen();
      applying[l] = when.isEmpty() ? ALL_STATUSES : statusesWhere(when.get());
      if (applying[l] == READS_MORE) {
        return null;
      }
      meeting[l] = ALL_STATUSES;
      for (Criterion criterion : criteria[l]) {
        int holds = statusesWhere(criterion.when());
        if (holds == READS_MORE) {
          return null;
        }
        meeting[l] &= holds;
      }
    }
    CapabilityStatus[] statuses = CapabilityStatus.values();
    Outcome[] outcomes = new Outcome[statuses.length];
    for (CapabilityStatus status : statuses) {
      outcomes[status.ordinal()] = outcome(status, applying, meeting);
    }
    return outcomes;
  }

  /**
   * The outcome for a status, found as {@link #score} finds it from the evidence (the property
   * tests hold the two to the same scorecards): the highest level that applies is the top; the
   * level reached is the last of the consecutive applying levels, from the lowest, that are met.
   *
   * @param applying per level, the statuses it applies to
   * @param meeting per level, the statuses that meet all its criteria
   */
  private Outcome outcome(CapabilityStatus status, int[] applying, int[] meeting) {
    int bit = 1 << status.ordinal();
    List<LevelDefinition> levels = levels();
    int highest = levels.size() - 1;
    while (highest >= 0 && (applying[highest] & bit) == 0) {
      highest--;
    }
    Level top = highest >= 0 ? levels.get(highest).level() : null;
    if (status == CapabilityStatus.UNKNOWN || top == null || top.ordinal() == 0) {
      return new Outcome(null, top, Double.NaN, null);
    }
    int reached = -1;
    int next = -1;
    for (int l = 0; l <= highest && next < 0; l++) {
      if ((applying[l] & bit) != 0) {
        if ((meeting[l] & bit) != 0) {
          reached = l;
        } else {
          next = l;
        }
      }
    }
    return new Outcome(
        reached < 0 ? null : levels.get(reached).level(),
        top,
        reached < 0 ? 0 : (double) levels.get(reached).level().ordinal() / top.ordinal(),
        next < 0 ? null : levels.get(next).level());
  }

  /** Every status, as a set of bits by ordinal. */
  private static final int ALL_STATUSES = (1 << CapabilityStatus.values().length) - 1;

  /** What {@link #statusesWhere} gives a condition that reads more than the status. */
  private static final int READS_MORE = -1;

  /**
   * The statuses for which a condition holds, a bit per status by ordinal, or {@link #READS_MORE}
   * when it reads more than the status: the capability's links or the answers.
   */
  private static int statusesWhere(EvidenceCondition condition) {
    if (condition instanceof EvidenceCondition.StatusIs is) {
      return 1 << is.status().ordinal();
    }
    if (condition instanceof EvidenceCondition.Not not) {
      int operand = statusesWhere(not.operand());
      return operand == READS_MORE ? READS_MORE : ~operand & ALL_STATUSES;
    }
    boolean all = condition instanceof EvidenceCondition.All;
    List<EvidenceCondition> operands =
        all
            ? ((EvidenceCondition.All) condition).operands()
            : condition instanceof EvidenceCondition.Any any ? any.operands() : null;
    if (operands == null) {
      return READS_MORE;
    }
    int holds = all ? ALL_STATUSES : 0;
    for (EvidenceCondition operand : operands) {
      int each = statusesWhere(operand);
      if (each == READS_MORE) {
        return READS_MORE;
      }
      holds = all ? holds & each : holds | each;
    }
    return holds;
  }

  /**
   * Scores one capability: the level reached is the highest of the consecutive levels, from the
   * lowest, whose criteria are all met (a level that does not apply is passed over). Only the
   * criteria's truth is worked out here; the explainer works out the rest when it is asked.
   */
  private CapabilityScore score(
      int capability,
      CapabilityEvidence evidence,
      Criterion[][] criteria,
      Map<String, Answer> answers,
      CapabilityScore.Explainer explainer) {
    List<LevelDefinition> levels = levels();
    int highest = -1;
    for (int l = levels.size() - 1; l >= 0 && highest < 0; l--) {
      if (applies(levels.get(l), evidence, answers)) {
        highest = l;
      }
    }
    Level top = highest >= 0 ? levels.get(highest).level() : null;
    if (evidence.status() == CapabilityStatus.UNKNOWN || top == null || top.ordinal() == 0) {
      // With no level above 0, a value would be 0 of 0: explain() says so rather than make one up.
      return CapabilityScore.withoutValue(evidence, top, explainer, capability);
    }
    int reached = -1;
    int next = -1;
    for (int l = 0; l <= highest; l++) {
      if (!applies(levels.get(l), evidence, answers)) {
        continue;
      }
      if (allMet(criteria[l], evidence, answers)) {
        reached = l;
      } else {
        next = l;
        break;
      }
    }
    return CapabilityScore.of(
        evidence.capabilityId(),
        evidence.status(),
        reached < 0 ? null : levels.get(reached).level(),
        top,
        reached < 0 ? 0 : (double) levels.get(reached).level().ordinal() / top.ordinal(),
        next < 0 ? null : levels.get(next).level(),
        explainer,
        capability);
  }

  /** The explanation of a score made by {@link #score}: its levels' criteria, read again. */
  private CapabilityScore.Explanation explain(
      CapabilityScore score,
      CapabilityEvidence evidence,
      Criterion[][] criteria,
      Map<String, Answer> answers) {
    Level top = score.highest().orElse(null);
    if (evidence.status() == CapabilityStatus.UNKNOWN) {
      return CapabilityScore.because(
          "no level: the status is unknown (" + String.join("; ", evidence.readings()) + ")");
    }
    if (top == null) {
      return CapabilityScore.because(
          "no level: none of the model's levels applies to this capability (status "
              + evidence.status().id()
              + ")");
    }
    if (top.ordinal() == 0) {
      return CapabilityScore.because(
          "no value: no level above '" + top.id() + "' applies to this capability");
    }
    int reached = levelIndex(score.level().orElse(null));
    int next = levelIndex(score.next().orElse(null));
    List<CriterionResult> nextResults =
        results(next < 0 ? null : criteria[next], evidence, answers);
    return new CapabilityScore.Explanation(
        results(reached < 0 ? null : criteria[reached], evidence, answers),
        nextResults,
        reason(
            reached < 0 ? null : levels().get(reached),
            top.ordinal(),
            next < 0 ? null : levels().get(next),
            nextResults));
  }

  /** The index among the levels of the level defined for a level, or -1 for none. */
  private int levelIndex(@Nullable Level level) {
    for (int l = 0; level != null && l < levels().size(); l++) {
      if (levels().get(l).level().equals(level)) {
        return l;
      }
    }
    return -1;
  }

  private static boolean allMet(
      Criterion[] criteria, CapabilityEvidence evidence, Map<String, Answer> answers) {
    for (Criterion criterion : criteria) {
      if (!criterion.when().test(evidence, answers)) {
        return false;
      }
    }
    return true;
  }

  /** The results of a level's criteria; none when there is no such level (null). */
  private static List<CriterionResult> results(
      Criterion @Nullable [] criteria, CapabilityEvidence evidence, Map<String, Answer> answers) {
    if (criteria == null) {
      return List.of();
    }
    List<CriterionResult> results = new ArrayList<>(criteria.length);
    for (Criterion criterion : criteria) {
      results.add(Readings.evaluate(criterion, answers, evidence));
    }
    return results;
  }

  private static boolean applies(
      LevelDefinition level, CapabilityEvidence evidence, Map<String, Answer> answers) {
    Optional<EvidenceCondition> when = level.appliesWhen();
    return when.isEmpty() || when.get().test(evidence, answers);
  }

  private static String reason(
      @Nullable LevelDefinition reached,
      int highest,
      @Nullable LevelDefinition next,
      List<CriterionResult> nextResults) {
    StringBuilder out = new StringBuilder();
    out.append(
        reached == null
            ? "no level reached"
            : reached.level().id() + " (" + reached.level().ordinal() + " of " + highest + ")");
    if (next != null) {
      List<String> unmet =
          nextResults.stream()
              .filter(r -> !r.isMet())
              .map(CriterionResult::description)
              .collect(Collectors.toList());
      out.append("; next, ")
          .append(next.level().id())
          .append(", needs: ")
          .append(String.join("; ", unmet));
    } else {
      out.append("; the highest level");
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("staged model '" + id() + "'").id("id", id()).notBlank("title", title());
    if (levels().isEmpty()) {
      checks.add("levels", "a staged model needs at least one level");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < levels().size(); i++) {
      Level level = levels().get(i).level();
      if (!ids.add(level.id())) {
        checks.add(
            List.of("levels", String.valueOf(i), "level", "id"),
            "duplicate level id '" + level.id() + "'");
      }
      int expected = i == 0 ? 0 : levels().get(i - 1).level().ordinal() + 1;
      if (i == 0 ? level.ordinal() != 0 : level.ordinal() < expected) {
        checks.add(
            List.of("levels", String.valueOf(i), "level", "ordinal"),
            "levels out of"
                + " order: level '"
                + level.id()
                + "' has ordinal "
                + level.ordinal()
                + "; the"
                + " first level has ordinal 0 and each next one a higher ordinal");
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "StagedModel "
        + id()
        + " ("
        + title()
        + "): "
        + levels().stream().map(l -> l.level().id()).collect(Collectors.joining(" < "));
  }

  /** Builds a {@link StagedModel}; {@link #build()} checks the levels' order. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code staged}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title for people
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets what the model is and where it comes from.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Adds a level, above those added before.
     *
     * @param level the level
     * @return this builder
     */
    Builder addLevel(LevelDefinition level);

    /**
     * Adds levels, lowest first.
     *
     * @param levels the levels
     * @return this builder
     */
    Builder addAllLevels(Iterable<? extends LevelDefinition> levels);

    /**
     * Builds the model.
     *
     * @return the model
     * @throws io.github.mnr4j.InvalidDefinitionException listing every problem
     */
    StagedModel build();
  }
}
