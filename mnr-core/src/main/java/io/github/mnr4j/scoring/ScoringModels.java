package io.github.mnr4j.scoring;

import static io.github.mnr4j.assessment.CapabilityStatus.IN_PLACE;
import static io.github.mnr4j.assessment.CapabilityStatus.NOT_IN_PLACE;
import static io.github.mnr4j.scoring.EvidenceCondition.Fact.ALL_SECONDARY_GATES_YES;
import static io.github.mnr4j.scoring.EvidenceCondition.Fact.ANY_DETAIL_ANSWERED;
import static io.github.mnr4j.scoring.EvidenceCondition.Fact.HAS_CHECKLIST;
import static io.github.mnr4j.scoring.EvidenceCondition.Fact.HAS_DETAILS;
import static io.github.mnr4j.scoring.EvidenceCondition.Fact.HAS_SECONDARY_GATES;
import static io.github.mnr4j.scoring.EvidenceCondition.Fact.PLANS_DESCRIBED;
import static io.github.mnr4j.scoring.EvidenceCondition.any;
import static io.github.mnr4j.scoring.EvidenceCondition.coverageAtLeast;
import static io.github.mnr4j.scoring.EvidenceCondition.holds;
import static io.github.mnr4j.scoring.EvidenceCondition.not;
import static io.github.mnr4j.scoring.EvidenceCondition.statusIs;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Condition;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in scoring models, and the check of any model against an instrument.
 *
 * <ul>
 *   <li>{@link #presence()}: the report's Figure 1 semantics: value 1 in place, 0 not in place,
 *       none when unknown; levels {@code not-in-place} (0) and {@code in-place} (1).
 *   <li>{@link #staged()}, the default: mnr4j's own illustrative five-level model, not the
 *       Alliance's (whose maturity criteria are not in mnr4j's sources): {@code absent} (0) primary
 *       gate no and no plans described; {@code planned} (1) gate no but plans described; {@code
 *       initial} (2) gate yes; {@code established} (3) gate yes, a detail question answered where
 *       the capability has any, and checklist coverage of at least one half where it has a
 *       checklist; {@code comprehensive} (4) established, full checklist coverage where it has a
 *       checklist, and every secondary gate yes. A capability with neither a checklist nor a
 *       secondary gate has no level 4: its highest level is 3. Value = ordinal / highest ordinal of
 *       that capability.
 *   <li>{@link #index()}: a composite index of the staged values, equal weights, arithmetic means,
 *       unknown values left out; domains and overall from 0 to 100.
 * </ul>
 *
 * <pre>{@code
 * Scorecard card = ScoringModels.staged().score(assessment);
 * ScoringModels.requireFits(ScoringModels.index(), Instruments.mnrSurvey2021()).id();  // index
 * }</pre>
 *
 * <p>Thread-safe: the built-in values are immutable and created once.
 */
public final class ScoringModels {
  private static final StagedModel PRESENCE =
      StagedModel.builder()
          .id("presence")
          .title("Presence (the report's Figure 1)")
          .description(
              "A capability is in place when its primary gate question is answered yes:"
                  + " value 1 in place, 0 not in place, none when unknown. Framing the future"
                  + " (2022) gives no rule for its Figure 1 counts; mnr4j counts the figure's rows"
                  + " this way, and this model scores legislation too, which the figure leaves"
                  + " out.")
          .addAllLevels(
              List.of(
                  LevelDefinition.builder()
                      .level(Level.of("not-in-place", 0, "Not in place"))
                      .addCriterion(
                          Criterion.of(
                              "the primary gate is answered yes or no",
                              any(statusIs(IN_PLACE), statusIs(NOT_IN_PLACE))))
                      .build(),
                  LevelDefinition.builder()
                      .level(Level.of("in-place", 1, "In place"))
                      .addCriterion(
                          Criterion.of("the primary gate is answered yes", statusIs(IN_PLACE)))
                      .build()))
          .build();

  private static final StagedModel STAGED =
      StagedModel.builder()
          .id("staged")
          .title("mnr4j staged model (illustrative)")
          .description(
              "mnr4j's own illustrative maturity model, not the WeProtect Global"
                  + " Alliance's: five gated levels from absent to comprehensive, read from the gate,"
                  + " detail, checklist, secondary gate and challenges questions the instrument links to"
                  + " each capability.")
          .addAllLevels(
              List.of(
                  LevelDefinition.builder()
                      .level(Level.of("absent", 0, "Absent"))
                      .description("The primary gate is answered no and no plans are described.")
                      .addCriterion(
                          Criterion.of(
                              "the primary gate is answered yes or no",
                              any(statusIs(IN_PLACE), statusIs(NOT_IN_PLACE))))
                      .build(),
                  LevelDefinition.builder()
                      .level(Level.of("planned", 1, "Planned"))
                      .description("The primary gate is answered no, but plans are described.")
                      .addCriterion(
                          Criterion.of(
                              "plans are described (or the capability is in place)",
                              any(statusIs(IN_PLACE), holds(PLANS_DESCRIBED))))
                      .build(),
                  LevelDefinition.builder()
                      .level(Level.of("initial", 2, "Initial"))
                      .description("The primary gate is answered yes.")
                      .addCriterion(
                          Criterion.of("the primary gate is answered yes", statusIs(IN_PLACE)))
                      .build(),
                  LevelDefinition.builder()
                      .level(Level.of("established", 3, "Established"))
                      .description("In place, with details given and at least half the checklist.")
                      .addAllCriteria(
                          List.of(
                              Criterion.of(
                                  "a detail question is answered, where the capability has any",
                                  any(not(holds(HAS_DETAILS)), holds(ANY_DETAIL_ANSWERED))),
                              Criterion.of(
                                  "checklist coverage of at least one half, where it has a"
                                      + " checklist",
                                  any(not(holds(HAS_CHECKLIST)), coverageAtLeast(0.5)))))
                      .build(),
                  LevelDefinition.builder()
                      .level(Level.of("comprehensive", 4, "Comprehensive"))
                      .description(
                          "Established, with the full checklist and every secondary gate yes;"
                              + " only for capabilities with a checklist or a secondary gate.")
                      .appliesWhen(any(holds(HAS_CHECKLIST), holds(HAS_SECONDARY_GATES)))
                      .addAllCriteria(
                          List.of(
                              Criterion.of(
                                  "full checklist coverage, where it has a checklist",
                                  any(not(holds(HAS_CHECKLIST)), coverageAtLeast(1.0))),
                              Criterion.of(
                                  "every secondary gate is answered yes, where it has any",
                                  any(
                                      not(holds(HAS_SECONDARY_GATES)),
                                      holds(ALL_SECONDARY_GATES_YES)))))
                      .build()))
          .build();

  private static final IndexModel INDEX =
      IndexModel.builder()
          .id("index")
          .title("mnr4j composite index (0 to 100)")
          .description(
              "The staged model's capability values, combined with equal weights by"
                  + " arithmetic means into domains and overall; unknown values are left out.")
          .base(STAGED)
          .build();

  private static final Map<String, ScoringModel> BUILT_INS = builtIns();

  private ScoringModels() {}

  /**
   * Returns the presence model: the report's Figure 1 semantics.
   *
   * @return the model
   */
  public static StagedModel presence() {
    return PRESENCE;
  }

  /**
   * Returns mnr4j's illustrative staged model, the default.
   *
   * @return the model
   */
  public static StagedModel staged() {
    return STAGED;
  }

  /**
   * Returns the default composite index over the staged model.
   *
   * @return the model
   */
  public static IndexModel index() {
    return INDEX;
  }

  /**
   * Returns a built-in model by id.
   *
   * @param id {@code presence}, {@code staged} or {@code index}
   * @return the model
   * @throws io.github.mnr4j.MnrException naming the id and the known ids if there is no such
   *     built-in
   */
  public static ScoringModel builtIn(String id) {
    return findBuiltIn(id)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown("built-in model", id, "mnr4j", BUILT_INS.keySet())));
  }

  /**
   * Looks up a built-in model by id.
   *
   * @param id {@code presence}, {@code staged} or {@code index}
   * @return the model, or empty
   */
  public static Optional<ScoringModel> findBuiltIn(String id) {
    return Optional.ofNullable(BUILT_INS.get(id));
  }

  /**
   * Returns the ids of the built-in models.
   *
   * @return {@code presence}, {@code staged}, {@code index}
   */
  public static List<String> builtInIds() {
    return List.copyOf(BUILT_INS.keySet());
  }

  private static Map<String, ScoringModel> builtIns() {
    Map<String, ScoringModel> models = new LinkedHashMap<>();
    models.put(PRESENCE.id(), PRESENCE);
    models.put(STAGED.id(), STAGED);
    models.put(INDEX.id(), INDEX);
    return java.util.Collections.unmodifiableMap(models);
  }

  /**
   * Requires a model defined as data to fit an instrument and its framework, and returns it: its
   * conditions name questions, options and codes the instrument has, and its criteria and weights
   * capabilities and domains the framework has. Models that are classes of one's own always fit.
   *
   * @param model the model
   * @param instrument the instrument whose responses it will score
   * @param <M> the model's type
   * @return the model
   * @throws InvalidDefinitionException listing every problem, each located by a JSON Pointer into
   *     the {@code mnr4j.model} document
   */
  public static <M extends ScoringModel> M requireFits(M model, Instrument instrument) {
    List<DefinitionProblem> problems = new ArrayList<>();
    collect(model, instrument, List.of(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(
          "model '" + model.id() + "' for instrument '" + instrument.reference() + "'", problems);
    }
    return model;
  }

  private static void collect(
      ScoringModel model,
      Instrument instrument,
      List<String> at,
      List<DefinitionProblem> problems) {
    Framework framework = instrument.framework();
    if (model instanceof StagedModel stagedModel) {
      List<LevelDefinition> levels = stagedModel.levels();
      for (int i = 0; i < levels.size(); i++) {
        LevelDefinition level = levels.get(i);
        List<String> path = path(at, "levels", String.valueOf(i));
        level
            .appliesWhen()
            .ifPresent(c -> condition(c, instrument, path(path, "appliesWhen"), problems));
        for (int j = 0; j < level.criteria().size(); j++) {
          condition(
              level.criteria().get(j).when(),
              instrument,
              path(path, "criteria", String.valueOf(j), "when"),
              problems);
        }
        for (Map.Entry<String, List<Criterion>> entry : level.capabilityCriteria().entrySet()) {
          List<String> capabilityPath = path(path, "capabilityCriteria", entry.getKey());
          if (framework.findCapability(entry.getKey()).isEmpty()) {
            problems.add(
                DefinitionProblem.of(
                    capabilityPath,
                    "unknown capability "
                        + Messages.quote(entry.getKey())
                        + " in framework '"
                        + framework.id()
                        + "'"));
          }
          List<Criterion> criteria = entry.getValue();
          for (int j = 0; j < criteria.size(); j++) {
            condition(
                criteria.get(j).when(),
                instrument,
                path(capabilityPath, String.valueOf(j), "when"),
                problems);
          }
        }
      }
    } else if (model instanceof PointsModel pointsModel) {
      List<PointsModel.PointsCriterion> criteria = pointsModel.criteria();
      for (int i = 0; i < criteria.size(); i++) {
        PointsModel.PointsCriterion criterion = criteria.get(i);
        List<String> path = path(at, "criteria", String.valueOf(i));
        criterion
            .capabilityId()
            .filter(id -> framework.findCapability(id).isEmpty())
            .ifPresent(
                id ->
                    problems.add(
                        DefinitionProblem.of(
                            path(path, "capabilityId"),
                            "unknown capability "
                                + Messages.quote(id)
                                + " in framework '"
                                + framework.id()
                                + "'")));
        condition(criterion.criterion().when(), instrument, path(path, "when"), problems);
      }
    } else if (model instanceof IndexModel index) {

      index.capabilityWeights().keySet().stream()
          .filter(id -> framework.findCapability(id).isEmpty())
          .forEach(
              id ->
                  problems.add(
                      DefinitionProblem.of(
                          path(at, "capabilityWeights", id),
                          "unknown capability "
                              + Messages.quote(id)
                              + " in framework '"
                              + framework.id()
                              + "'")));
      index.domainWeights().keySet().stream()
          .filter(id -> framework.findDomain(id).isEmpty())
          .forEach(
              id ->
                  problems.add(
                      DefinitionProblem.of(
                          path(at, "domainWeights", id),
                          "unknown domain "
                              + Messages.quote(id)
                              + " in framework '"
                              + framework.id()
                              + "'")));
      collect(index.base(), instrument, path(at, "base"), problems);
    }
  }

  /**
   * What a condition of the model names that the instrument lacks: questions, options of its
   * questions, codes they take.
   */
  private static void condition(
      EvidenceCondition condition,
      Instrument instrument,
      List<String> path,
      List<DefinitionProblem> problems) {
    for (Condition answers : EvidenceConditions.answerConditions(condition)) {
      for (Condition.Leaf leaf : leaves(answers)) {
        Optional<Question> question = instrument.findQuestion(leaf.questionId());
        String option =
            leaf instanceof Condition.Is is
                ? is.optionId()
                : leaf instanceof Condition.Includes includes ? includes.optionId() : null;
        if (question.isEmpty()) {
          problems.add(
              DefinitionProblem.of(
                  path,
                  "condition "
                      + leaf
                      + " names unknown question "
                      + Messages.quote(leaf.questionId())));
        } else if (option != null && question.get().findOption(option).isEmpty()) {
          problems.add(
              DefinitionProblem.of(
                  path,
                  "condition "
                      + leaf
                      + " names option "
                      + Messages.quote(option)
                      + ", which "
                      + leaf.questionId()
                      + " does not have; its options: "
                      + question.get().optionIds()));
        } else if (leaf instanceof Condition.CodeIs codeIs
            && !question.get().codes().contains(codeIs.code())) {
          problems.add(
              DefinitionProblem.of(
                  path,
                  "condition "
                      + leaf
                      + " names code "
                      + Messages.quote(codeIs.code())
                      + ", which "
                      + leaf.questionId()
                      + " does not take; its codes: "
                      + question.get().codes()));
        }
      }
    }
  }

  private static List<Condition.Leaf> leaves(Condition condition) {
    if (condition instanceof Condition.Leaf leaf) {
      return List.of(leaf);
    }
    List<Condition> operands =
        condition instanceof Condition.All all
            ? all.operands()
            : condition instanceof Condition.Any any
                ? any.operands()
                : List.of(((Condition.Not) condition).operand());
    List<Condition.Leaf> leaves = new ArrayList<>();
    operands.forEach(operand -> leaves.addAll(leaves(operand)));
    return leaves;
  }

  private static List<String> path(List<String> base, String... more) {
    List<String> path = new ArrayList<>(base);
    path.addAll(List.of(more));
    return path;
  }
}
