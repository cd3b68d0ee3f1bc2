package io.github.mnr4j.scoring;

import static io.github.mnr4j.testing.Surveys.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.DefinitionProblem;
import io.github.mnr4j.Identified;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Condition;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScoringModelsTest {
  private static final org.assertj.core.data.Offset<Double> CLOSE =
      org.assertj.core.data.Offset.offset(1e-9);
  private final Assessor assessor = Assessor.of(Instruments.mnrSurvey2021());

  private CapabilityScore staged(String capability, Response response) {
    return ScoringModels.staged().score(assessor.assess(response)).capability(capability);
  }

  private static String level(CapabilityScore score) {
    return score.level().map(Level::id).orElse("none")
        + " "
        + (score.value().isPresent() ? score.value().getAsDouble() : "none");
  }

  /** A builder of an index like the default one, to vary. */
  private static IndexModel.Builder index(String id) {
    return IndexModel.builder()
        .id(id)
        .title("Index " + id)
        .description("A variant")
        .base(ScoringModels.staged());
  }

  @Test
  void stagedLevelsAsDocumented() {
    assertThat(level(staged("leadership", draft()))).isEqualTo("none none");
    assertThat(level(staged("leadership", draft("q7", Answer.ofChoice("no")))))
        .isEqualTo("absent 0.0");
    assertThat(
            level(
                staged(
                    "leadership",
                    draft(
                        "q7",
                        Answer.ofChoice("no"),
                        "q9",
                        Answer.ofText("A committee is planned")))))
        .isEqualTo("planned 0.25");
    assertThat(level(staged("leadership", draft("q7", Answer.ofChoice("yes")))))
        .isEqualTo("initial 0.5");
    assertThat(
            level(
                staged(
                    "leadership",
                    draft("q7", Answer.ofChoice("yes"), "q8", Answer.ofText("The committee")))))
        .isEqualTo("established 0.75");
    assertThat(
            level(
                staged(
                    "leadership",
                    draft(
                        "q7",
                        Answer.ofChoice("yes"),
                        "q8",
                        Answer.ofText("The committee"),
                        "q10",
                        Answer.ofChoice("yes")))))
        .isEqualTo("comprehensive 1.0");
  }

  @Test
  void checklistsDecideEstablishedAndComprehensive() {
    Response half =
        draft(
            "q16",
            Answer.ofChoice("yes"),
            "q17",
            Answer.ofChoices(
                "penetrative-offences",
                "non-penetrative-offences",
                "technology-facilitated-abuse",
                "csam-possession",
                "child-friendly-justice",
                "isp-reporting-duty"));
    assertThat(level(staged("legislation", half))).isEqualTo("established 0.75");
    Response five =
        draft(
            "q16",
            Answer.ofChoice("yes"),
            "q17",
            Answer.ofChoices(
                "penetrative-offences",
                "non-penetrative-offences",
                "technology-facilitated-abuse",
                "csam-possession",
                "child-friendly-justice"));
    CapabilityScore fiveOf11 = staged("legislation", five);
    assertThat(level(fiveOf11)).isEqualTo("initial 0.5");
    assertThat(fiveOf11.reason())
        .isEqualTo(
            "initial (2 of 4); next, established, needs:"
                + " checklist coverage of at least one half, where it has a checklist");
    assertThat(fiveOf11.nextCriteria())
        .extracting(CriterionResult::isMet)
        .containsExactly(true, false);
    assertThat(fiveOf11.nextCriteria().get(1).readings()).contains("q17: 5 of 11 options");
  }

  @Test
  void capabilitiesWithoutChecklistOrSecondaryGateTopOutAtThree() {
    CapabilityScore helpline =
        staged(
            "child-helpline",
            draft("q46", Answer.ofChoice("yes"), "q47", Answer.ofText("Free, 24 hours a day")));
    assertThat(level(helpline)).isEqualTo("established 1.0");
    assertThat(helpline.highest()).contains(Level.of("established", 3, "Established"));
    assertThat(helpline.next()).isEmpty();
    assertThat(helpline.reason()).isEqualTo("established (3 of 3); the highest level");
  }

  @Test
  void presenceIsFigure1() {
    Scorecard card =
        ScoringModels.presence()
            .score(
                assessor.assess(draft("q7", Answer.ofChoice("yes"), "q13", Answer.ofChoice("no"))));
    assertThat(card.capability("leadership").value()).isEqualTo(OptionalDouble.of(1));
    assertThat(card.capability("research-analysis-monitoring").value())
        .isEqualTo(OptionalDouble.of(0));
    assertThat(card.capability("legislation").value()).isEmpty();
    assertThat(card.capability("legislation").level()).isEmpty();
    assertThat(card.domain("policy-governance").value()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(card.domain("policy-governance").knownCount()).isEqualTo(2);
    assertThat(card.domain("policy-governance").partCount()).isEqualTo(3);
    assertThat(card.domain("victim").value()).isEmpty();
    assertThat(card.overall().value())
        .as("2 of 21 capabilities known: insufficient evidence")
        .isEmpty();
    assertThat(card.overall().knownCount()).isEqualTo(2);
    assertThat(card.overall().partCount()).isEqualTo(21);
  }

  /** An aggregate has a value only where at least half the capabilities below have one. */
  @Test
  void aggregatesNeedHalfTheCapabilitiesBelowThemKnown() {
    Assessment two =
        assessor.assess(draft("q21", Answer.ofChoice("yes"), "q24", Answer.ofChoice("no")));
    Assessment one = assessor.assess(draft("q21", Answer.ofChoice("yes")));
    // criminal-justice has four capabilities: two known is half, one is not enough.
    assertThat(ScoringModels.presence().score(two).domain("criminal-justice").value())
        .hasValue(0.5);
    assertThat(ScoringModels.presence().score(one).domain("criminal-justice").value()).isEmpty();
    IndexModel anyEvidence = index("any").minimumCoverage(0).build();
    assertThat(anyEvidence.score(one).domain("criminal-justice").value().getAsDouble())
        .as("q21 yes: initial, 2 of 3")
        .isCloseTo(100.0 * 2 / 3, CLOSE);
    assertThat(anyEvidence.score(one).overall().value().getAsDouble())
        .isCloseTo(100.0 * 2 / 3, CLOSE);
    assertThatThrownBy(() -> index("too-much").minimumCoverage(1.5).build())
        .hasMessageContaining("the minimum coverage is a share from 0 to 1, not 1.5");
  }

  @Test
  void theIndexWeighsAggregatesAndScalesTo100() {
    Assessment assessment =
        assessor.assess(
            draft(
                "q7",
                Answer.ofChoice("yes"),
                "q13",
                Answer.ofChoice("no"),
                "q21",
                Answer.ofChoice("yes")));
    // The arithmetic of weights, whatever the coverage.
    Scorecard index = index("any").minimumCoverage(0).build().score(assessment);
    assertThat(index.scale()).isEqualTo(100);
    // policy-governance: leadership 0.5 (initial of 4), research 0 (absent): mean 0.25.
    assertThat(index.domain("policy-governance").value().getAsDouble()).isCloseTo(25.0, CLOSE);
    assertThat(index.domain("criminal-justice").value().getAsDouble())
        .isCloseTo(100.0 * 2 / 3, CLOSE);
    assertThat(index.overall().value().getAsDouble()).isCloseTo((25.0 + 100.0 * 2 / 3) / 2, CLOSE);

    IndexModel strict =
        index("strict")
            .missing(MissingValues.ZERO)
            .aggregation(Aggregation.MINIMUM)
            .minimumCoverage(0)
            .build();
    Scorecard zero = strict.score(assessment);
    assertThat(zero.domain("policy-governance").value().getAsDouble()).isZero();
    assertThat(zero.domain("victim").value().getAsDouble()).isZero();

    IndexModel weighted =
        index("weighted")
            .putCapabilityWeight("leadership", 3.0)
            .putDomainWeight("criminal-justice", 0.0)
            .minimumCoverage(0)
            .build();
    Scorecard card = weighted.score(assessment);
    assertThat(card.domain("policy-governance").value().getAsDouble())
        .isCloseTo(100 * (3 * 0.5 + 0) / 4, CLOSE);
    assertThat(card.overall().value().getAsDouble()).isCloseTo(100 * 0.375, CLOSE);
  }

  @Test
  void geometricMeansPunishZeros() {
    int[] both = {0, 1};
    assertThat(
            Aggregation.GEOMETRIC.apply(new double[] {0.25, 1}, both, new double[] {1, 1}, false))
        .isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Aggregation.GEOMETRIC.apply(new double[] {0, 1}, both, new double[] {1, 1}, false))
        .isZero();
    assertThat(Aggregation.ARITHMETIC.apply(new double[] {0, 1}, both, new double[] {0, 0}, false))
        .isNaN();
    assertThat(Aggregation.MINIMUM.apply(new double[] {0.2, 0.1}, both, new double[] {1, 0}, false))
        .isEqualTo(0.2);
  }

  @Test
  void aggregationsReadOnlyTheIndexedValuesAndCountUnknownOnesAsTheyAreTold() {
    double[] values = {0.9, Double.NaN, 0.5, 0.1};
    double[] weights = {1, 1, 1, 1};
    int[] middle = {1, 2};
    assertThat(Aggregation.ARITHMETIC.apply(values, middle, weights, false)).isEqualTo(0.5);
    assertThat(Aggregation.ARITHMETIC.apply(values, middle, weights, true)).isEqualTo(0.25);
    assertThat(Aggregation.MINIMUM.apply(values, middle, weights, true)).isZero();
    assertThat(Aggregation.GEOMETRIC.apply(values, middle, weights, true)).isZero();
    assertThat(Aggregation.ARITHMETIC.apply(values, new int[] {1}, weights, false)).isNaN();
    assertThat(Aggregation.MINIMUM.apply(values, new int[] {0, 3}, weights, false)).isEqualTo(0.1);
  }

  @Test
  void pointsAreSummedAndCapped() {
    PointsModel credit =
        PointsModel.builder()
            .id("credit")
            .title("Credit")
            .description("Partial credit")
            .cap(3)
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    Criterion.of("in place", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)),
                    2))
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    Criterion.of(
                        "plans described",
                        EvidenceCondition.holds(EvidenceCondition.Fact.PLANS_DESCRIBED)),
                    1))
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    "leadership",
                    Criterion.of(
                        "a national strategy",
                        EvidenceCondition.answers(Condition.is("q10", "yes"))),
                    2))
            .build();
    Scorecard card =
        credit.score(
            assessor.assess(
                draft(
                    "q7",
                    Answer.ofChoice("yes"),
                    "q9",
                    Answer.ofText("Plans"),
                    "q10",
                    Answer.ofChoice("yes"),
                    "q13",
                    Answer.ofChoice("no"))));
    assertThat(card.capability("leadership").value().getAsDouble()).isEqualTo(1.0);
    assertThat(card.capability("leadership").reason()).isEqualTo("5 points, capped at 3 of 3");
    assertThat(card.capability("research-analysis-monitoring").value().getAsDouble()).isZero();
    assertThat(card.capability("research-analysis-monitoring").nextCriteria()).hasSize(2);
    assertThat(card.capability("legislation").value()).isEmpty();
  }

  /** Points past the largest int are summed exactly: never a negative or wrapped score. */
  @Test
  void pointsPastTheLargestIntAreSummedExactly() {
    PointsModel huge =
        PointsModel.builder()
            .id("huge")
            .title("Huge")
            .description("d")
            .cap(Integer.MAX_VALUE)
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    Criterion.of("in place", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)),
                    Integer.MAX_VALUE))
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    Criterion.of(
                        "in place again", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)),
                    Integer.MAX_VALUE))
            .build();
    CapabilityScore leadership =
        huge.score(assessor.assess(draft("q7", Answer.ofChoice("yes")))).capability("leadership");
    assertThat(leadership.value()).hasValue(1.0);
    assertThat(leadership.reason())
        .isEqualTo("4294967294 points, capped at 2147483647 of" + " 2147483647");
  }

  /** Weights that would overflow a sum are refused when the model is made. */
  @Test
  void weightsAndScalesThatCouldOverflowAreRefused() {
    assertThatThrownBy(
            () -> AggregationRule.builder().putCapabilityWeight("leadership", 1e308).build())
        .hasMessageContaining("weight of 'leadership' must be from 0 to 1000000, not" + " 1.0E308");
    assertThatThrownBy(
            () -> AggregationRule.builder().putDomainWeight("victim", Double.NaN).build())
        .hasMessageContaining("must be from 0 to 1000000, not NaN");
    assertThatThrownBy(() -> AggregationRule.builder().scale(1e7).build())
        .hasMessageContaining("the scale must be above 0 and at most 1000000, not 1.0E7");
    AggregationRule heaviest =
        AggregationRule.builder()
            .putCapabilityWeight("leadership", AggregationRule.MAX)
            .scale(AggregationRule.MAX)
            .build();
    double[] ones = new double[21];
    java.util.Arrays.fill(ones, 1);
    assertThat(heaviest.compile(Frameworks.mnr()).overall(ones)).hasValue(AggregationRule.MAX);
  }

  /** A capability whose only level is level 0 has no value, rather than 0 of 0 made 1. */
  @Test
  void aCapabilityWithNoLevelAboveZeroHasNoValue() {
    StagedModel flat =
        StagedModel.builder()
            .id("flat")
            .title("Flat")
            .description("d")
            .addAllLevels(
                List.of(LevelDefinition.builder().level(Level.of("absent", 0, "Absent")).build()))
            .build();
    CapabilityScore leadership =
        flat.score(assessor.assess(draft("q7", Answer.ofChoice("no")))).capability("leadership");
    assertThat(leadership.value()).isEmpty();
    assertThat(leadership.reason())
        .isEqualTo("no value: no level above 'absent' applies to" + " this capability");
  }

  /** A known status that no level applies to has no level, and the reason says so. */
  @Test
  void aCapabilityThatNoLevelAppliesToHasNoLevel() {
    StagedModel onlyWhenAbsent =
        StagedModel.builder()
            .id("only-when-absent")
            .title("Only when absent")
            .description("d")
            .addAllLevels(
                List.of(
                    LevelDefinition.builder()
                        .level(Level.of("absent", 0, "Absent"))
                        .appliesWhen(EvidenceCondition.statusIs(CapabilityStatus.NOT_IN_PLACE))
                        .build()))
            .build();
    CapabilityScore leadership =
        onlyWhenAbsent
            .score(assessor.assess(draft("q7", Answer.ofChoice("yes"))))
            .capability("leadership");
    assertThat(leadership.status()).isEqualTo(CapabilityStatus.IN_PLACE);
    assertThat(leadership.level()).isEmpty();
    assertThat(leadership.value()).isEmpty();
    assertThat(leadership.reason())
        .isEqualTo(
            "no level: none of the model's levels applies to this capability (status in-place)");
  }

  /** An unknown status gives no value, and the explanation quotes what the assessor read. */
  @Test
  void anUnknownStatusIsExplainedByItsReadings() {
    Assessment unanswered = assessor.assess(draft());
    CapabilityEvidence leadership = unanswered.evidence("leadership");
    assertThat(leadership.status()).isEqualTo(CapabilityStatus.UNKNOWN);
    assertThat(leadership.readings()).contains("q7 unanswered");
    String read = String.join("; ", leadership.readings());

    CapabilityScore staged = ScoringModels.staged().score(unanswered).capability("leadership");
    assertThat(staged.value()).isEmpty();
    assertThat(staged.level()).isEmpty();
    assertThat(staged.reached()).isEmpty();
    assertThat(staged.nextCriteria()).isEmpty();
    assertThat(staged.reason()).isEqualTo("no level: the status is unknown (" + read + ")");

    PointsModel points =
        PointsModel.builder()
            .id("credit")
            .title("Credit")
            .description("d")
            .cap(1)
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    Criterion.of("in place", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)),
                    1))
            .build();
    CapabilityScore credited = points.score(unanswered).capability("leadership");
    assertThat(credited.value()).isEmpty();
    assertThat(credited.reached()).isEmpty();
    assertThat(credited.reason()).isEqualTo("no value: the status is unknown (" + read + ")");
  }

  @Test
  void stagedModelsCheckTheirLevels() {
    assertThatThrownBy(
            () ->
                StagedModel.builder()
                    .id("bad")
                    .title("Bad")
                    .description("d")
                    .addAllLevels(
                        List.of(
                            LevelDefinition.builder().level(Level.of("a", 1, "A")).build(),
                            LevelDefinition.builder().level(Level.of("a", 1, "A again")).build()))
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining(
            "/levels/0/level/ordinal: levels out of order: level 'a' has" + " ordinal 1")
        .hasMessageContaining("/levels/1/level/id: duplicate level id 'a'")
        .hasMessageContaining("/levels/1/level/ordinal: levels out of order");
  }

  @Test
  void modelsAreCheckedAgainstTheInstrument() {
    StagedModel model =
        StagedModel.builder()
            .id("m")
            .title("M")
            .description("d")
            .addAllLevels(
                List.of(
                    LevelDefinition.builder()
                        .level(Level.of("a", 0, "A"))
                        .addCriterion(
                            Criterion.of(
                                "q7", EvidenceCondition.answers(Condition.is("q7", "maybe"))))
                        .putCapabilityCriterion(
                            "helpline",
                            List.of(
                                Criterion.of(
                                    "x", EvidenceCondition.answers(Condition.answered("q99")))))
                        .build()))
            .build();
    assertThat(problems(model, Instruments.mnrSurvey2021()))
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/levels/0/criteria/0/when: condition q7 = maybe names option 'maybe', which q7"
                + " does not have; its options: [yes, no]",
            "/levels/0/capabilityCriteria/helpline: unknown capability 'helpline' in framework"
                + " 'wpga-mnr'",
            "/levels/0/capabilityCriteria/helpline/0/when: condition answered(q99) names"
                + " unknown question 'q99'");
    assertThatThrownBy(() -> ScoringModels.requireFits(model, Instruments.mnrSurvey2021()))
        .hasMessageStartingWith(
            "invalid model 'm' for instrument 'wpga-mnr-survey@2021' (3" + " problems)");
    IndexModel index = index("i").putDomainWeight("justice", 1.0).build();
    assertThat(problems(index, Instruments.mnrSurvey2021()))
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/domainWeights/justice: unknown domain 'justice' in framework" + " 'wpga-mnr'");
    assertThat(problems(ScoringModels.staged(), Instruments.mnrSurvey2021())).isEmpty();
  }

  /** Every kind of model is checked, down to an index's base and a points model's ids. */
  @Test
  void everyPartOfEveryKindOfModelIsChecked() {
    StagedModel gated =
        StagedModel.builder()
            .id("g")
            .title("G")
            .description("d")
            .addAllLevels(
                List.of(
                    LevelDefinition.builder()
                        .level(Level.of("a", 0, "A"))
                        .appliesWhen(EvidenceCondition.answers(Condition.answered("q98")))
                        .build()))
            .build();
    PointsModel points =
        PointsModel.builder()
            .id("p")
            .title("P")
            .description("d")
            .cap(1)
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    "helpline",
                    Criterion.of("x", EvidenceCondition.answers(Condition.answered("q97"))),
                    1))
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    "leadership",
                    Criterion.of("y", EvidenceCondition.answers(Condition.answered("q7"))),
                    1))
            .build();
    IndexModel index =
        IndexModel.builder()
            .id("i")
            .title("I")
            .description("d")
            .base(gated)
            .putCapabilityWeight("helpline", 1.0)
            .putCapabilityWeight("leadership", 2.0)
            .build();
    Instrument survey = Instruments.mnrSurvey2021();
    assertThat(problems(points, survey))
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/criteria/0/capabilityId: unknown capability 'helpline' in" + " framework 'wpga-mnr'",
            "/criteria/0/when: condition answered(q97) names" + " unknown question 'q97'");
    assertThat(problems(index, survey))
        .extracting(DefinitionProblem::toString)
        .containsExactly(
            "/capabilityWeights/helpline: unknown capability 'helpline' in"
                + " framework 'wpga-mnr'",
            "/base/levels/0/appliesWhen: condition answered(q98)"
                + " names unknown question 'q98'");
  }

  /** A level's own criteria for a capability come after the shared ones, and are copied. */
  @Test
  void levelDefinitionsHoldTheirCriteria() {
    Criterion shared =
        Criterion.of("shared", EvidenceCondition.holds(EvidenceCondition.Fact.PLANS_DESCRIBED));
    Criterion own =
        Criterion.of("own", EvidenceCondition.holds(EvidenceCondition.Fact.PLANS_DESCRIBED));
    List<Criterion> mutable = new java.util.ArrayList<>(List.of(own));
    LevelDefinition level =
        LevelDefinition.builder()
            .level(Level.of("a", 1, "A"))
            .description("the first")
            .appliesWhen(EvidenceCondition.holds(EvidenceCondition.Fact.PLANS_DESCRIBED))
            .addCriterion(shared)
            .putCapabilityCriterion("leadership", mutable)
            .build();
    mutable.clear();
    assertThat(level.criteriaFor("leadership")).containsExactly(shared, own);
    assertThat(level.criteriaFor("legislation")).containsExactly(shared);
    assertThat(level.capabilityCriteria().get("leadership")).containsExactly(own);
    assertThat(level.description()).hasValue("the first");
    assertThat(level.appliesWhen()).isPresent();
    assertThat(level).hasToString("LevelDefinition[a (1), 1 criteria]");
  }

  /** Checklist coverage compares whole options: half of 11 needs 6. */
  @Test
  void coverageIsAShareOfTheChecklist() {
    EvidenceCondition half = EvidenceCondition.coverageAtLeast(0.5);
    String[] eleven = {
      "penetrative-offences",
      "non-penetrative-offences",
      "technology-facilitated-abuse",
      "csam-possession",
      "child-friendly-justice",
      "isp-reporting-duty"
    };
    Assessment six =
        assessor.assess(draft("q16", Answer.ofChoice("yes"), "q17", Answer.ofChoices(eleven)));
    Assessment five =
        assessor.assess(
            draft(
                "q16",
                Answer.ofChoice("yes"),
                "q17",
                Answer.ofChoices(java.util.Arrays.copyOf(eleven, 5))));
    CapabilityEvidence legislation = six.evidence("legislation");
    assertThat(legislation.checklistOfferedCount()).isEqualTo(11);
    assertThat(half.test(legislation, six.answers())).isTrue();
    assertThat(half.test(five.evidence("legislation"), five.answers())).isFalse();
    assertThat(EvidenceCondition.coverageAtLeast(1).test(legislation, six.answers())).isFalse();
    assertThat(half.test(six.evidence("leadership"), six.answers()))
        .as("no checklist, no coverage")
        .isFalse();
    assertThat(EvidenceConditions.readsEvidence(half)).isTrue();
    assertThat(half).hasToString("coverage >= 0.5");
    for (double bad : new double[] {0, -0.1, 1.0000001, Double.NaN}) {
      assertThatThrownBy(() -> EvidenceCondition.coverageAtLeast(bad))
          .as("%s", bad)
          .hasMessage("coverageAtLeast needs a fraction above 0 and at most 1, not " + bad);
    }
    assertThat(EvidenceCondition.coverageAtLeast(Double.MIN_VALUE)).isNotNull();
  }

  @Test
  void unknownBuiltInsAreErrors() {
    assertThat(ScoringModels.builtIn("presence")).isSameAs(ScoringModels.presence());
    assertThatThrownBy(() -> ScoringModels.builtIn("maturity"))
        .hasMessage(
            "unknown built-in model 'maturity' in mnr4j; known: presence, staged," + " index");
    assertThat(ScoringModels.findBuiltIn("maturity")).isEmpty();
    assertThat(ScoringModels.builtInIds()).containsExactly("presence", "staged", "index");
  }

  @Test
  void theTableShowsEveryCapability() {
    Scorecard card =
        ScoringModels.staged().score(assessor.assess(draft("q7", Answer.ofChoice("yes"))));
    String table = card.toTable().toText();
    assertThat(table)
        .startsWith("Scorecard of C99 Country 99 (wpga-mnr-survey@2021), model" + " staged\n");
    assertThat(table)
        .contains("leadership ")
        .contains("initial")
        .contains("0.50")
        .contains("universal-terminology");
    assertThat(table.lines().count()).isEqualTo(3 + 21 + 6 + 1);
    assertThat(card.capability("legislation").status()).isEqualTo(CapabilityStatus.UNKNOWN);
  }

  /** A score of one's own, as a model of one's own or a JSON reader builds it, is checked. */
  @Test
  void aScoreOfOnesOwnIsBuiltAndChecked() {
    Level low = Level.of("low", 0, "Low");
    Level high = Level.of("high", 1, "High");
    CriterionResult met =
        CriterionResult.of("in place", "status(in-place)", true, List.of("q7 = yes"));
    CapabilityScore score =
        CapabilityScore.builder()
            .capabilityId("leadership")
            .status(CapabilityStatus.IN_PLACE)
            .level(high)
            .highest(high)
            .value(1.0)
            .addReached(met)
            .addAllReached(List.of())
            .next(high)
            .addNextCriterion(met)
            .addAllNextCriteria(List.of())
            .reason("high (1 of 1)")
            .build();
    assertThat(score.level()).contains(high);
    assertThat(score.highest()).contains(high);
    assertThat(score.next()).contains(high);
    assertThat(score.value()).hasValue(1.0);
    assertThat(score.reached()).containsExactly(met);
    assertThat(score.nextCriteria()).containsExactly(met);
    assertThat(score.reason()).isEqualTo("high (1 of 1)");
    assertThat(score).hasToString("leadership: in-place, high, 1.000");
    CapabilityScore same =
        CapabilityScore.builder()
            .capabilityId("leadership")
            .status(CapabilityStatus.IN_PLACE)
            .level(high)
            .highest(high)
            .value(1.0)
            .addReached(met)
            .next(high)
            .addNextCriterion(met)
            .reason("high (1 of 1)")
            .build();
    assertThat(score)
        .isEqualTo(same)
        .hasSameHashCodeAs(same)
        .isNotEqualTo(
            CapabilityScore.builder()
                .capabilityId("leadership")
                .status(CapabilityStatus.IN_PLACE)
                .level(low)
                .highest(high)
                .value(0.0)
                .reason("low")
                .build());
    CapabilityScore unknown =
        CapabilityScore.builder()
            .capabilityId("leadership")
            .status(CapabilityStatus.UNKNOWN)
            .reason("unknown")
            .build();
    assertThat(unknown.value()).isEmpty();
    assertThat(unknown).hasToString("leadership: unknown, no level, no value");
    assertThatThrownBy(
            () ->
                CapabilityScore.builder()
                    .capabilityId("leadership")
                    .status(CapabilityStatus.IN_PLACE)
                    .value(1.5)
                    .reason("r")
                    .build())
        .hasMessageContaining("a capability's value lies in [0, 1], not 1.5");
    assertThatThrownBy(() -> CapabilityScore.builder().capabilityId("leadership").value(Double.NaN))
        .hasMessageContaining("not NaN; leave it unset for none");
    assertThatThrownBy(() -> CapabilityScore.builder().reason("r").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build CapabilityScore, some of required attributes are not set"
                + " [capabilityId, status]");
  }

  /** All of several conditions: met when each is, and read as each reads. */
  @Test
  void allOfSeveralConditionsHoldWhenEachDoes() {
    EvidenceCondition both =
        EvidenceCondition.all(
            EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE),
            EvidenceCondition.answers(Condition.is("q10", "yes")));
    Assessment yes =
        assessor.assess(draft("q7", Answer.ofChoice("yes"), "q10", Answer.ofChoice("yes")));
    Assessment no =
        assessor.assess(draft("q7", Answer.ofChoice("yes"), "q10", Answer.ofChoice("no")));
    assertThat(both.test(yes.evidence("leadership"), yes.answers())).isTrue();
    assertThat(both.test(no.evidence("leadership"), no.answers())).isFalse();
    assertThat(EvidenceConditions.readsEvidence(both)).isTrue();
    assertThat(EvidenceConditions.answerConditions(both))
        .containsExactly(Condition.is("q10", "yes"));
    assertThat(both).hasToString("all(status = in-place, q10 = yes)");
  }

  /** Tidy tables: one observation a row, every value in full, unknown values empty. */
  @Test
  void scoresMakeTidyTables() {
    Assessment assessment =
        assessor.assess(
            draft(
                "q7",
                Answer.ofChoice("yes"),
                "q8",
                Answer.ofText("A committee"),
                "q13",
                Answer.ofChoice("no"),
                "q16",
                Answer.ofChoice("yes"),
                "q17",
                Answer.ofChoices("grooming-intent-to-meet")));
    Scorecard card = ScoringModels.staged().score(assessment);
    List<List<String>> capabilities = ScoreTable.CAPABILITIES.rows(assessment, card);
    assertThat(capabilities).hasSize(21);
    assertThat(ScoreTable.CAPABILITIES.header())
        .startsWith(
            "jurisdiction",
            "name",
            "income_group",
            "region",
            "synthetic",
            "validation_errors",
            "model",
            "domain",
            "capability",
            "status",
            "level");
    assertThat(capabilities.get(0))
        .containsExactly(
            "C99",
            "Country 99",
            "",
            "",
            "false",
            "",
            "staged",
            "policy-governance",
            "leadership",
            "in-place",
            "established",
            "3",
            "0.75",
            "1",
            "2",
            "0",
            "0",
            "0",
            "1",
            "false");
    assertThat(capabilities.get(3))
        .as("dedicated-law-enforcement: nothing known")
        .containsSubsequence("dedicated-law-enforcement", "unknown", "", "", "");
    List<List<String>> domains = ScoreTable.DOMAINS.rows(assessment, card);
    assertThat(domains).hasSize(6);
    assertThat(domains.get(0)).endsWith("3", "3", "true");
    // Values are rounded as the scorecard prints them: 1.25 / 3 is 0.41666...
    assertThat(card.domains().get(0).value()).hasValue(1.25 / 3);
    assertThat(domains.get(0).get(8)).isEqualTo("0.42");
    assertThat(domains.get(1)).endsWith("", "0", "4", "false");
    assertThat(ScoreTable.OVERALL.rows(assessment, card))
        .singleElement()
        .satisfies(row -> assertThat(row).endsWith("", "3", "21", "false"));
    TextTable table =
        ScoreTable.DOMAINS.toTable(List.of(assessment, assessment), List.of(card, card));
    assertThat(table.rows()).hasSize(12);
    assertThat(Identified.of(ScoreTable.class, "overall")).isEqualTo(ScoreTable.OVERALL);
    Assessment other = assessor.assess(draft().withJurisdiction(Jurisdiction.of("C98", "X")));
    assertThatThrownBy(() -> ScoreTable.OVERALL.rows(other, card))
        .hasMessage("the scorecard" + " of C99 Country 99 does not score the assessment of C98 X");
    assertThatThrownBy(() -> ScoreTable.OVERALL.toTable(List.of(assessment), List.of()))
        .hasMessage(
            "a score table needs one scorecard per assessment: 1 assessments, 0" + " scorecards");
  }

  /** The problems {@link ScoringModels#requireFits} lists; none when the model fits. */
  private static List<DefinitionProblem> problems(ScoringModel model, Instrument instrument) {
    try {
      ScoringModels.requireFits(model, instrument);
      return List.of();
    } catch (io.github.mnr4j.InvalidDefinitionException e) {
      return e.problems();
    }
  }
}
