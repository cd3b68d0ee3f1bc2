package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkEnd;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.crosswalk.Provenance;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A cohort whose responses answer the review's two surveys: capabilities counted through each
 * survey's evidence, options through the crosswalk between them.
 */
class TwoSurveysTest {
  private static final Instrument ALLIANCE = Instruments.mnrSurvey2021();
  private static final Instrument UNICEF = Instruments.unicefSurvey2021();
  private static final Answer YES = Answer.ofChoice("yes");
  private static final Answer NO = Answer.ofChoice("no");

  /**
   * A crosswalk from the UNICEF survey to the Alliance's, made here from the two surveys' own
   * structure rather than read from the example's file: each UNICEF gate to the Alliance gate of
   * the same capability, the questions both surveys count (uses of the MNR, strategy, image
   * database, hotline) to each other, everything else removed or added.
   */
  static Crosswalk crosswalk() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("u3", "q6");
    pairs.put("u5", "q10");
    pairs.put("u13", "q33");
    pairs.put("u19", "q52");
    for (Question gate : UNICEF.questions()) {
      boolean yesNoGate =
          gate.role() == QuestionRole.GATE && gate.kind() == ALLIANCE.question("q7").kind();
      if (yesNoGate) {
        ALLIANCE.questions().stream()
            .filter(q -> q.role() == QuestionRole.GATE && q.kind() == gate.kind())
            .filter(q -> q.informs().equals(gate.informs()))
            .findFirst()
            .ifPresent(q -> pairs.put(gate.id(), q.id()));
      }
    }
    Crosswalk.Builder crosswalk =
        Crosswalk.builder()
            .id("test-two-surveys")
            .title("The review's two surveys, for tests")
            .source(CrosswalkEnd.of(UNICEF))
            .target(CrosswalkEnd.of(ALLIANCE))
            .provenance(Provenance.of("tests", LocalDate.of(2026, 12, 6), "a test"));
    Set<String> reached = new HashSet<>();
    for (Question question : UNICEF.questions()) {
      String target = pairs.get(question.id());
      if (target == null) {
        crosswalk.addEntry(CrosswalkEntry.removed(question.id()).withRationale("a test"));
        question
            .options()
            .forEach(
                o ->
                    crosswalk.addEntry(
                        CrosswalkEntry.removed(question.id() + "/" + o.id())
                            .withRationale("a test")));
      } else {
        crosswalk.addEntry(
            CrosswalkEntry.of(question.id(), target, Relationship.EQUIVALENT)
                .withRationale("a test"));
        reached.add(target);
      }
    }
    for (Question question : ALLIANCE.questions()) {
      if (!reached.contains(question.id())) {
        crosswalk.addEntry(CrosswalkEntry.added(question.id()).withRationale("a test"));
      }
    }
    return crosswalk.build();
  }

  private static final Migration TO_ALLIANCE = Migration.of(crosswalk(), UNICEF, ALLIANCE);

  private static Response response(Instrument instrument, String id, Object... pairs) {
    Response.Builder builder =
        Response.builder()
            .instrumentReference(instrument.reference())
            .jurisdiction(Jurisdiction.of(id, "Country " + id))
            .status(ResponseStatus.IN_PROGRESS);
    for (int i = 0; i < pairs.length; i += 2) {
      builder.putAnswer((String) pairs[i], (Answer) pairs[i + 1]);
    }
    return builder.build();
  }

  private static CohortAnalysis analyse(Response... responses) {
    return CohortAnalysis.of(
        Cohort.builder().name("Two surveys").addAllResponses(List.of(responses)).build(),
        ALLIANCE,
        List.of(TO_ALLIANCE));
  }

  /** The crosswalk made here checks clean, so that what it carries is what its entries say. */
  @Test
  void theCrosswalkChecksClean() {
    assertThat(crosswalk().check(UNICEF, ALLIANCE).findings()).isEmpty();
  }

  /** Each response is assessed against its own survey; Figure 1 counts them all. */
  @Test
  void capabilitiesAreCountedThroughEachSurveysEvidence() {
    CohortAnalysis analysis =
        analyse(
            response(ALLIANCE, "A", "q7", YES, "q46", YES),
            response(ALLIANCE, "B", "q7", NO),
            response(UNICEF, "C", "u4", YES, "u17", NO),
            response(UNICEF, "D", "u4", YES));
    Tally tally = analysis.tally(TallyView.figure1());
    TallyRow leadership = tally.row("Leadership");
    assertThat(leadership.yesCount()).isEqualTo(3);
    assertThat(leadership.noCount()).isEqualTo(1);
    TallyRow helpline = tally.row("Child helpline");
    assertThat(helpline.yesCount()).isEqualTo(1);
    assertThat(helpline.noCount()).isEqualTo(1);
    assertThat(helpline.unansweredCount()).isEqualTo(2);
    assertThat(analysis.assessment("C").instrumentReference()).isEqualTo(UNICEF.reference());
    assertThat(analysis.others()).containsExactly(TO_ALLIANCE);
    assertThat(analysis)
        .hasToString(
            "CohortAnalysis[Two surveys, 4 jurisdictions, wpga-mnr-survey@2021 and"
                + " end-violence-unicef-survey@2021]");
    Breakdown byInstrument =
        analysis.breakdown(
            TallyView.figure1(), "instrument", DisclosurePolicy.standard().withMinGroupSize(1));
    assertThat(byInstrument.groups())
        .extracting(Breakdown.Group::value, Breakdown.Group::size)
        .containsExactlyInAnyOrder(tuple(ALLIANCE.reference(), 2), tuple(UNICEF.reference(), 2));
  }

  /**
   * An option tally of an Alliance question counts the UNICEF answers its crosswalk carries there,
   * and says how many it could not count: the question is not asked, or not carried.
   */
  @Test
  void optionsAreCountedThroughTheCrosswalk() {
    CohortAnalysis analysis =
        analyse(
            response(
                ALLIANCE, "A", "q10", YES, "q17", Answer.ofChoices(List.of("csam-possession"))),
            response(ALLIANCE, "B", "q10", NO),
            response(UNICEF, "C", "u5", YES),
            response(UNICEF, "D"));
    OptionTally strategy = analysis.options("q10");
    assertThat(strategy.count("yes")).isEqualTo(2);
    assertThat(strategy.count("no")).isEqualTo(1);
    assertThat(strategy.answeredCount()).isEqualTo(3);
    assertThat(strategy.jurisdictionCount()).isEqualTo(4);
    assertThat(strategy.notCarriedCount()).isZero();
    OptionTally laws = analysis.options("q17");
    assertThat(laws.answeredCount()).isEqualTo(1);
    assertThat(laws.notCarriedCount()).isEqualTo(2);
    assertThat(laws.toTable().notes())
        .contains(
            "2 of the 4 jurisdictions answer another instrument that does not ask q17, or whose"
                + " answer its crosswalk does not carry: not in the base");
    OptionBreakdown byInstrument =
        analysis.optionBreakdown(
            "q10", "instrument", DisclosurePolicy.standard().withMinGroupSize(1));
    assertThat(byInstrument.groups()).hasSize(2);
    OptionBreakdown lawsByInstrument =
        analysis.optionBreakdown(
            "q17", "instrument", DisclosurePolicy.standard().withMinGroupSize(1));
    assertThat(lawsByInstrument.notCarriedCount()).isEqualTo(2);
    assertThat(lawsByInstrument.toTable().notes())
        .contains(
            "2 of the 4 jurisdictions answer another instrument that does not ask q17, or whose"
                + " answer its crosswalk does not carry: not in the base");
    assertThat(byInstrument.notCarriedCount()).isZero();
  }

  /** A UNICEF response outside the crosswalk's reach, or a third instrument, is refused by name. */
  @Test
  void responsesToOtherInstrumentsAndWrongCrosswalksAreRefused() {
    Cohort third =
        Cohort.builder()
            .name("Three")
            .addResponse(response(ALLIANCE, "A"))
            .addResponse(
                Response.builder()
                    .instrumentReference("another@1")
                    .jurisdiction(Jurisdiction.of("X", "Country X"))
                    .status(ResponseStatus.IN_PROGRESS)
                    .build())
            .build();
    assertThatThrownBy(() -> CohortAnalysis.of(third, ALLIANCE, List.of(TO_ALLIANCE)))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "cohort 'Three': X Country X answers 'another@1', not 'wpga-mnr-survey@2021' or"
                + " 'end-violence-unicef-survey@2021'");
    Cohort unicefOnly = Cohort.builder().name("U").addResponse(response(UNICEF, "C")).build();
    assertThatThrownBy(() -> CohortAnalysis.of(unicefOnly, ALLIANCE))
        .isInstanceOf(MnrException.class)
        .hasMessageContaining("answers 'end-violence-unicef-survey@2021', not");
    assertThatThrownBy(() -> CohortAnalysis.of(unicefOnly, UNICEF, List.of(TO_ALLIANCE)))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "crosswalk 'test-two-surveys' leads to wpga-mnr-survey@2021, not to"
                + " end-violence-unicef-survey@2021, whose questions are counted");
    assertThatThrownBy(
            () -> CohortAnalysis.of(unicefOnly, ALLIANCE, List.of(TO_ALLIANCE, TO_ALLIANCE)))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "two crosswalks lead from end-violence-unicef-survey@2021: 'test-two-surveys' and"
                + " 'test-two-surveys'");
  }

  /**
   * Rankings and score summaries that mix instruments count them, and their tables say that the
   * values compare within one instrument only; one instrument's say nothing of it.
   */
  @Test
  void scoresThatMixInstrumentsSaySo() {
    CohortAnalysis analysis =
        analyse(
            response(ALLIANCE, "A", "q7", YES),
            response(ALLIANCE, "B", "q7", NO),
            response(UNICEF, "C", "u4", YES));
    String note =
        "Scores of responses to 2 instruments (end-violence-unicef-survey@2021: 1,"
            + " wpga-mnr-survey@2021: 2): a criterion about evidence that an instrument does not"
            + " ask for (details, checklists, secondary gates) does not hold its responses back,"
            + " so levels and values compare within one instrument, not across them.";
    Accumulator<Assessment, Ranking> ranked =
        Ranker.of(ScoringModels.index()).withDraws(5).accumulator(ALLIANCE.framework());
    analysis.assessments().forEach(ranked::add);
    Ranking ranking = ranked.result();
    assertThat(ranking.instrumentCounts())
        .containsExactly(entry(UNICEF.reference(), 1), entry(ALLIANCE.reference(), 2));
    assertThat(ranking.toTable().notes()).contains(note);
    Accumulator<Scorecard, ScoreSummary> summary =
        ScoreSummary.accumulator("staged", ALLIANCE.framework());
    Accumulator<Scorecard, ScoreSummary> other =
        ScoreSummary.accumulator("staged", ALLIANCE.framework());
    summary.add(ScoringModels.staged().score(analysis.assessment("A")));
    other.add(ScoringModels.staged().score(analysis.assessment("C")));
    ScoreSummary both = summary.combine(other).result();
    assertThat(both.instrumentCounts()).hasSize(2);
    assertThat(both.toTable().notes())
        .contains(note.replace("wpga-mnr-survey@2021: 2", "wpga-mnr-survey@2021: 1"));
    Accumulator<Scorecard, ScoreSummary> alone =
        ScoreSummary.accumulator("staged", ALLIANCE.framework());
    alone.add(ScoringModels.staged().score(analysis.assessment("A")));
    assertThat(alone.result().toTable().notes()).noneMatch(n -> n.startsWith("Scores of"));
  }

  /** An option tally's accumulator refuses what it cannot read, saying why. */
  @Test
  void optionAccumulatorsRefuseAssessmentsTheyCannotRead() {
    assertThatThrownBy(() -> OptionTally.accumulator(UNICEF, "u8", List.of(TO_ALLIANCE)))
        .isInstanceOf(MnrException.class)
        .hasMessageContaining(
            "leads to wpga-mnr-survey@2021, not to end-violence-unicef-survey@2021");
    Assessment unicef = Assessor.of(UNICEF).assess(response(UNICEF, "C", "u5", YES));
    assertThatThrownBy(() -> OptionTally.accumulator(ALLIANCE, "q10").add(unicef))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "counting the options of 'q10' of 'wpga-mnr-survey@2021', but C Country C answers"
                + " 'end-violence-unicef-survey@2021'");
    Assessment other =
        Assessor.of(TwoSurveysTest.renamed())
            .assess(
                Response.builder()
                    .instrumentReference(TwoSurveysTest.renamed().reference())
                    .jurisdiction(Jurisdiction.of("X", "Country X"))
                    .status(ResponseStatus.IN_PROGRESS)
                    .build());
    assertThatThrownBy(
            () -> OptionTally.accumulator(ALLIANCE, "q10", List.of(TO_ALLIANCE)).add(other))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "counting the options of 'q10' of 'wpga-mnr-survey@2021', but X Country X answers"
                + " 'another@1', and no crosswalk leads from it (crosswalks lead from"
                + " end-violence-unicef-survey@2021)");
  }

  /** The UNICEF survey under another id: a third instrument on the same framework. */
  static Instrument renamed() {
    return Instrument.builder()
        .id("another")
        .edition("1")
        .title("Another")
        .source("a test")
        .framework(UNICEF.framework())
        .addAllSections(UNICEF.sections())
        .addAllQuestions(UNICEF.questions())
        .addAllSkipRules(UNICEF.skipRules())
        .build();
  }

  /** Instruments on different frameworks cannot have their capabilities counted together. */
  @Test
  void instrumentsOnAnotherFrameworkAreRefused() {
    Instrument tailored =
        Instrument.builder()
            .id("tailored")
            .edition("1")
            .title("On a tailored framework")
            .source("a test")
            .framework(
                Frameworks.mnr()
                    .tailor("tailored-mnr")
                    .addEnabler(Enabler.of("extra", "An extra enabler", List.of("victim")))
                    .build())
            .addAllSections(UNICEF.sections())
            .addAllQuestions(UNICEF.questions())
            .addAllSkipRules(UNICEF.skipRules())
            .build();
    Crosswalk identity =
        Crosswalk.builder()
            .id("tailored-to-alliance")
            .title("t")
            .source(CrosswalkEnd.of(tailored))
            .target(CrosswalkEnd.of(ALLIANCE))
            .provenance(Provenance.of("tests", LocalDate.of(2026, 12, 6), "a test"))
            .addAllEntries(crosswalk().entries())
            .build();
    Migration migration = Migration.of(identity, tailored, ALLIANCE);
    Cohort cohort = Cohort.builder().name("T").addResponse(response(ALLIANCE, "A")).build();
    assertThatThrownBy(() -> CohortAnalysis.of(cohort, ALLIANCE, List.of(migration)))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "tailored@1 rests on framework 'tailored-mnr' and wpga-mnr-survey@2021 on 'wpga-mnr':"
                + " their capabilities cannot be counted together");
  }
}
