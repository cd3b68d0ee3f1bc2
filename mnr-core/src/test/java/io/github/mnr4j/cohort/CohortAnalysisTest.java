package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.scoring.Aggregation;
import io.github.mnr4j.scoring.AggregationRule;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.ScoreTable;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CohortAnalysisTest {

  private static Response response(String id, IncomeGroup income, Object... pairs) {
    Response.Builder builder =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(
                Jurisdiction.builder()
                    .id(id)
                    .name("Country " + id)
                    .incomeGroup(income)
                    .region(Region.WESTERN_EUROPE)
                    .putAttribute("round", "2021")
                    .build())
            // Drafts: valid with these few answers, where a completed response would miss the
            // required others (invalidResponsesAreCountedAndSaidSo makes completed ones).
            .status(ResponseStatus.IN_PROGRESS);
    for (int i = 0; i < pairs.length; i += 2) {
      builder.putAnswer((String) pairs[i], (Answer) pairs[i + 1]);
    }
    return builder.build();
  }

  private static final Answer YES = Answer.ofChoice("yes");
  private static final Answer NO = Answer.ofChoice("no");

  private static CohortAnalysis analyse(Response... responses) {
    return CohortAnalysis.of(
        Cohort.builder().name("Test").addAllResponses(List.of(responses)).build(),
        Instruments.mnrSurvey2021());
  }

  /** A row's exact share, its summary, and the groups of every built-in attribute. */
  @Test
  void rowsAndGroupsDescribeThemselves() {
    TallyRow row = TallyRow.of(TallyView.Row.of("Leadership", "leadership"), 2, 1, 4);
    assertThat(row.percentYes()).hasValue(67);
    assertThat(row.denominator()).isEqualTo(3);
    assertThat(row).hasToString("Leadership: 2 of 3 (67%)");
    TallyRow none = TallyRow.of(TallyView.Row.of("Hotline", "csea-hotline"), 0, 0, 2);
    assertThat(none.percentYes()).isEmpty();
    assertThat(none).hasToString("Hotline: 0 of 0");
    Response completed =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(Jurisdiction.of("D", "Country D"))
            .status(ResponseStatus.COMPLETED)
            .build();
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES),
            response("B", IncomeGroup.LOW, "q7", NO),
            completed);
    Breakdown byStatus =
        analysis.breakdown(TallyView.figure1(), "status", DisclosurePolicy.withMinGroupSize(1));
    assertThat(byStatus.groups())
        .extracting(Breakdown.Group::value, Breakdown.Group::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("completed", 1),
            org.assertj.core.groups.Tuple.tuple("in-progress", 2));
    assertThat(byStatus).hasToString("Breakdown[status, 2 groups]");
    assertThat(
            analysis
                .breakdown(TallyView.figure1(), "instrument", DisclosurePolicy.withMinGroupSize(1))
                .groups())
        .extracting(Breakdown.Group::value)
        .containsExactly("wpga-mnr-survey@2021");
    Breakdown byIncome =
        analysis.breakdown(
            TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(1));
    assertThat(byIncome.groups())
        .extracting(Breakdown.Group::label)
        .containsExactly("High income", "Low income", "(none)");
    assertThat(
            analysis
                .breakdown(TallyView.figure1(), "region", DisclosurePolicy.withMinGroupSize(1))
                .groups())
        .extracting(Breakdown.Group::label)
        .containsExactly("Western Europe", "(none)");
    assertThat(
            analysis
                .breakdown(TallyView.figure1(), "round", DisclosurePolicy.withMinGroupSize(1))
                .groups())
        .extracting(Breakdown.Group::label)
        .containsExactly("2021", "(none)");
  }

  @Test
  void rowsCountYesNoAndLeaveTheUnansweredOutOfTheDenominator() {
    CohortAnalysis analysis =
        analyse(
            response(
                "A",
                IncomeGroup.HIGH,
                "q7",
                YES,
                "q66",
                YES,
                "q78",
                Answer.ofText("Adopted").withCode("yes")),
            response("B", IncomeGroup.LOW, "q7", NO, "q66", NO, "q78", Answer.ofText("Text")),
            response("C", IncomeGroup.LOW, "q7", YES));
    Tally figure1 = analysis.tally(TallyView.figure1());
    assertThat(figure1.rows()).hasSize(18);
    TallyRow leadership = figure1.row("Leadership");
    assertThat(
            List.of(
                leadership.yesCount(),
                leadership.noCount(),
                leadership.unansweredCount(),
                leadership.denominator()))
        .containsExactly(2, 1, 0, 3);
    assertThat(leadership.percentYes()).isEqualTo(OptionalInt.of(67));
    TallyRow takedown =
        figure1.row("Procedures to enable removal or blocking of child sexual" + " abuse content");
    assertThat(takedown.capabilityIds()).containsExactly("takedown-procedures", "csea-reporting");
    assertThat(List.of(takedown.yesCount(), takedown.noCount(), takedown.unansweredCount()))
        .containsExactly(1, 1, 1);
    TallyRow terminology =
        figure1.row("Debate, discussion or adoption of universally agreed" + " terminology");
    assertThat(
            List.of(terminology.yesCount(), terminology.noCount(), terminology.unansweredCount()))
        .as("an uncoded q78 is unanswered")
        .containsExactly(1, 0, 2);
    assertThat(figure1.row("Hotline").percentYes()).isEmpty();
    assertThat(
            analysis.tally(TallyView.capabilities(Instruments.mnrSurvey2021().framework())).rows())
        .hasSize(21);
  }

  @Test
  void percentagesRoundHalvesUp() {
    assertThat(TallyRow.percent(1, 8).getAsInt()).isEqualTo(13); // 12.5
    assertThat(TallyRow.percent(1, 40).getAsInt()).isEqualTo(3); // 2.5
    assertThat(TallyRow.percent(23, 42).getAsInt()).isEqualTo(55); // 54.76
    assertThat(TallyRow.percent(0, 0)).isEmpty();
  }

  @Test
  void breakdownsFollowTheNaturalOrderAndSuppressSmallGroups() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.LOW, "q7", YES),
            response("B", IncomeGroup.HIGH, "q7", NO),
            response("C", IncomeGroup.HIGH, "q7", YES),
            response("D", IncomeGroup.UPPER_MIDDLE, "q7", YES));
    Breakdown byIncome =
        analysis.breakdown(
            TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(2));
    assertThat(byIncome.groups())
        .extracting(Breakdown.Group::value)
        .containsExactly("high", "upper-middle", "low");
    assertThat(byIncome.groups().get(0).label()).isEqualTo("High income");
    assertThat(byIncome.groups().get(0).tally().orElseThrow().row("Leadership").yesCount())
        .isEqualTo(1);
    assertThat(byIncome.groups().get(1).tally()).isEmpty();
    assertThat(byIncome.toTable().toTsv())
        .contains("\nlow\t\ttrue\t\t\t\t\t\t\t\t\n")
        .contains(
            "# No row is published: Framing the future (2022) publishes no breakdown of its"
                + " Figure 1 by incomeGroup.\n")
        .doesNotContain("low\t1");
    assertThat(byIncome.toTable().title())
        .contains(
            "Breakdown by incomeGroup; groups of fewer than 2 jurisdictions, and those that would"
                + " give them away, suppressed");
    Breakdown byRound =
        analysis.breakdown(TallyView.figure1(), "round", DisclosurePolicy.withMinGroupSize(1));
    assertThat(byRound.groups()).extracting(Breakdown.Group::value).containsExactly("2021");
    Breakdown byMissing =
        analysis.breakdown(TallyView.figure1(), "language", DisclosurePolicy.withMinGroupSize(1));
    assertThat(byMissing.groups()).extracting(Breakdown.Group::value).containsExactly("(none)");
    assertThatThrownBy(
            () ->
                analysis.breakdown(
                    TallyView.figure1(), "region", DisclosurePolicy.withMinGroupSize(0)))
        .hasMessage("the minimum group size is 1 or more, not 0");
  }

  @Test
  void optionTalliesCountThoseWhoAnswered() {
    CohortAnalysis analysis =
        analyse(
            response(
                "A",
                IncomeGroup.LOW,
                "q6",
                Answer.ofChoices("policy-basis", "good-practice-reference", "other")
                    .withOtherText("Training")),
            response(
                "B",
                IncomeGroup.LOW,
                "q6",
                Answer.ofChoices("policy-basis", "other").withOtherText("x")),
            response("C", IncomeGroup.LOW, "q6", Answer.ofChoices("not-used")),
            response("D", IncomeGroup.LOW));
    OptionTally uses = analysis.options("q6");
    assertThat(uses.answeredCount()).isEqualTo(3);
    assertThat(uses.count("policy-basis")).isEqualTo(2);
    assertThat(uses.count("other")).isEqualTo(2);
    assertThat(uses.twoOrMoreCount()).as("other does not count").isEqualTo(1);
    assertThat(uses.toTable().toText()).contains("(two or more)");
    assertThat(uses.kind()).isEqualTo(QuestionKind.MULTI_CHOICE);
    assertThatThrownBy(() -> analysis.options("q8"))
        .hasMessage(
            "'q8' is a text question"
                + " without analyst codes, so there is nothing to count; questions with options or"
                + " codes can be counted");
  }

  /**
   * A completed response that misses required answers is counted as far as its answers go, and
   * every result says how many such responses it counted, of which kinds, and which.
   */
  @Test
  void invalidResponsesAreCountedAndSaidSo() {
    Response valid = response("A", IncomeGroup.HIGH, "q7", YES);
    Response completed =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(Jurisdiction.of("B", "Country B"))
            .status(ResponseStatus.COMPLETED)
            .putAnswer("q7", NO)
            .putAnswer("Q10", YES)
            .build();
    CohortAnalysis analysis = analyse(valid, completed);
    Tally tally = analysis.tally(TallyView.figure1());
    InvalidResponses invalid = tally.invalidResponses();
    assertThat(invalid.responseCount()).isEqualTo(1);
    assertThat(invalid.codeCounts())
        .containsOnlyKeys("required-unanswered", "unknown-question")
        .containsEntry("unknown-question", 1);
    assertThat(invalid.jurisdictionIds()).containsExactly("B");
    assertThat(tally.row("Leadership").noCount()).as("counted all the same").isEqualTo(1);
    String note =
        "Counted as far as their answers go: 1 response with validation errors"
            + " (required-unanswered 1, unknown-question 1): B.";
    assertThat(tally.toTable().notes())
        .containsExactly(
            "published: whether Framing the future (2022) publishes the row, for comparison.",
            note);
    assertThat(tally.toTable().toTsv()).contains("# " + note + "\n");
    assertThat(
            analysis
                .breakdown(TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(1))
                .invalidResponses())
        .isEqualTo(invalid);
    assertThat(analysis.options("q7").invalidResponses()).isEqualTo(invalid);
    assertThat(
            analysis
                .optionBreakdown("q7", "incomeGroup", DisclosurePolicy.withMinGroupSize(1))
                .invalidResponses())
        .isEqualTo(invalid);
    RoundComparison comparison = RoundComparison.compare(analysis, analyse(valid));
    assertThat(comparison.invalidResponsesBefore()).isEqualTo(invalid);
    assertThat(comparison.invalidResponsesAfter().isEmpty()).isTrue();
    assertThat(comparison.toRowTable().notes()).containsExactly("Test: " + note);
    Scorecard card = ScoringModels.staged().score(analysis.assessment("B"));
    assertThat(card.invalidResponses()).isEqualTo(invalid);
    assertThat(card.toTable().notes())
        .containsExactly(
            "Scored as far as its answers go: 1 response with validation errors"
                + " (required-unanswered 1, unknown-question 1): B.");
    assertThat(ScoringModels.staged().score(analysis.assessment("A")).toTable().notes()).isEmpty();
    assertThat(
            List.of(card).stream()
                .collect(
                    Accumulator.collector(
                        () ->
                            ScoreSummary.accumulator(
                                "staged", Instruments.mnrSurvey2021().framework())))
                .invalidResponses())
        .isEqualTo(invalid);
  }

  /** An assessor reads responses to its own instrument only. */
  @Test
  void anAssessorRefusesAResponseToAnotherInstrument() {
    Response other =
        Response.builder()
            .instrumentReference("unicef-mnr-survey@2021")
            .jurisdiction(Jurisdiction.of("E", "Country E"))
            .status(ResponseStatus.COMPLETED)
            .build();
    assertThatThrownBy(() -> Assessor.of(Instruments.mnrSurvey2021()).assess(other))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "the response of E Country E answers 'unicef-mnr-survey@2021', not"
                + " 'wpga-mnr-survey@2021', which this assessor reads");
  }

  /** A filter keeps the jurisdictions whose attribute has the value, and nothing else. */
  @Test
  void filtersKeepPartOfTheCohort() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES),
            response("B", IncomeGroup.LOW, "q7", NO),
            response("C", IncomeGroup.HIGH, "q7", NO));
    Where high = Where.parse("incomeGroup=high");
    assertThat(high).isEqualTo(new Where("incomeGroup", "high")).hasToString("incomeGroup=high");
    CohortAnalysis part = analysis.where(high);
    assertThat(part.cohort().name()).isEqualTo("Test where incomeGroup=high");
    assertThat(part.assessments()).extracting(a -> a.jurisdiction().id()).containsExactly("A", "C");
    assertThat(part.tally(TallyView.figure1()).row("Leadership").yesCount()).isEqualTo(1);
    assertThat(analysis.where(Where.parse("round=2021")).assessments()).hasSize(3);
    assertThat(analysis.where(Where.parse("round=2024")).assessments()).isEmpty();
    assertThat(analysis.where(Where.parse("status=in-progress")).assessments()).hasSize(3);
    assertThat(Where.parse("a=b=c")).isEqualTo(new Where("a", "b=c"));
    for (String bad : new String[] {"incomeGroup", "=high", "incomeGroup=", ""}) {
      assertThatThrownBy(() -> Where.parse(bad))
          .as(bad)
          .hasMessage(
              "a filter is written"
                  + " ATTRIBUTE=VALUE, such as incomeGroup=high, not '"
                  + bad
                  + "'");
    }
    assertThatThrownBy(() -> new Where(" ", "x"))
        .hasMessage("a filter needs an attribute and a" + " value, not ' =x'");
  }

  private static Response synthetic(String id, IncomeGroup income, Object... pairs) {
    Response response = response(id, income, pairs);
    return Response.builder()
        .instrumentReference(response.instrumentReference())
        .status(response.status())
        .putAllAnswers(response.answers())
        .jurisdiction(
            Jurisdiction.builder()
                .id(id)
                .name("Country " + id)
                .incomeGroup(income)
                .putAttribute("data", "synthetic")
                .build())
        .build();
  }

  /** Every result says which part of the cohort it counts, in its fields and its notes. */
  @Test
  void resultsRecordTheirFilters() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES, "q10", YES),
            response("B", IncomeGroup.LOW, "q7", NO, "q10", NO),
            response("C", IncomeGroup.HIGH, "q7", NO, "q10", NO));
    Where high = Where.parse("incomeGroup=high");
    Where round = Where.parse("round=2021");
    CohortAnalysis part = analysis.where(high).where(round);
    assertThat(part.filters()).containsExactly(high, round);
    Tally tally = part.tally(TallyView.figure1());
    assertThat(tally.filters()).containsExactly(high, round);
    assertThat(tally.isSynthetic()).isFalse();
    assertThat(tally.toTable().notes())
        .containsExactly(
            "published: whether Framing the future (2022) publishes the row, for comparison.",
            "No row is published: Framing the future (2022) publishes its Figure 1 for all the"
                + " countries of the review, not for those where incomeGroup=high and round=2021.",
            "Counts only the jurisdictions where incomeGroup=high and round=2021.");
    assertThat(tally.rows()).allMatch(row -> row.notPublished().isPresent());
    assertThat(part.options("q10").filters()).containsExactly(high, round);
    assertThat(part.options("q10").count("yes")).isEqualTo(1);
    assertThat(
            part.breakdown(TallyView.figure1(), "region", DisclosurePolicy.withMinGroupSize(1))
                .filters())
        .containsExactly(high, round);
    assertThat(analysis.tally(TallyView.figure1()).toTable().notes())
        .containsExactly(
            "published: whether Framing the future (2022) publishes the row, for comparison.");

    // Accumulators filter as they count, and refuse to combine with other filters.
    Accumulator<Assessment, Tally> accumulator =
        Tally.accumulator(TallyView.figure1(), analysis.instrument().framework(), high);
    analysis.assessments().forEach(accumulator::add);
    assertThat(accumulator.result().jurisdictionCount()).isEqualTo(2);
    assertThat(accumulator.result()).isEqualTo(analysis.where(high).tally(TallyView.figure1()));
    assertThatThrownBy(
            () ->
                accumulator.combine(
                    Tally.accumulator(TallyView.figure1(), analysis.instrument().framework())))
        .hasMessage(
            "cannot combine a tally of view 'figure1', framework 'wpga-mnr' (0 jurisdictions)"
                + " with a tally of view 'figure1', framework 'wpga-mnr' where"
                + " [incomeGroup=high] (2 jurisdictions)");
    Accumulator<Assessment, OptionTally> options =
        OptionTally.accumulator(analysis.instrument(), "q10", high);
    analysis.assessments().forEach(options::add);
    assertThat(options.result().answeredCount()).isEqualTo(2);
    assertThatThrownBy(() -> options.combine(OptionTally.accumulator(analysis.instrument(), "q10")))
        .hasMessageContaining("where [incomeGroup=high]");
    Accumulator<Assessment, Breakdown> breakdown =
        Breakdown.accumulator(
            TallyView.figure1(),
            analysis.instrument().framework(),
            "region",
            DisclosurePolicy.withMinGroupSize(1),
            high);
    analysis.assessments().forEach(breakdown::add);
    assertThat(breakdown.result().groups().get(0).size()).isEqualTo(2);
  }

  /** Synthetic jurisdictions mark every table and result they are counted in. */
  @Test
  void syntheticDataSayWhatTheyAre() {
    CohortAnalysis analysis =
        analyse(
            synthetic("A", IncomeGroup.HIGH, "q7", YES, "q10", YES),
            response("B", IncomeGroup.LOW, "q7", NO, "q10", NO));
    // One of the two is made up: the note counts it, rather than calling the real one made up.
    String mark =
        "SYNTHETIC DATA: 1 of 2 jurisdictions is synthetic: made up, with invented answers that"
            + " imitate published aggregates; the others' data are not marked synthetic.";
    Tally tally = analysis.tally(TallyView.figure1());
    assertThat(tally.syntheticCount()).isEqualTo(1);
    assertThat(tally.isSynthetic()).isTrue();
    String published =
        "published: whether Framing the future (2022) publishes the row; the synthetic example"
            + " reproduces the published rows, and the others are invented.";
    assertThat(tally.toTable().notes()).containsExactly(published, mark);
    assertThat(tally.toFigure().notes()).containsExactly(published, mark);
    assertThat(tally.toTable().toText()).endsWith("\n" + mark + "\n");
    assertThat(tally.toTable().toTsv())
        .startsWith("# " + published + "\n# " + mark + "\nrow\tcapabilities\t");
    assertThat(analysis.options("q10").isSynthetic()).isTrue();
    assertThat(analysis.options("q10").toTable().notes())
        .containsExactly(
            "published: whether Framing the future (2022) publishes the row's count on this base;"
                + " the synthetic example reproduces the published counts, and the others are"
                + " invented.",
            mark);
    Breakdown breakdown =
        analysis.breakdown(
            TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(5));
    assertThat(breakdown.groups()).allMatch(group -> group.tally().isEmpty());
    assertThat(breakdown.isSynthetic()).as("even when its group is suppressed").isTrue();
    assertThat(breakdown.toTable().notes()).contains(mark);
    assertThat(
            analyse(synthetic("A", IncomeGroup.HIGH, "q7", YES))
                .tally(TallyView.figure1())
                .toTable()
                .notes())
        .as("all of them synthetic")
        .contains(Jurisdiction.SYNTHETIC_NOTE);
    assertThat(
            analysis
                .optionBreakdown("q10", "incomeGroup", DisclosurePolicy.withMinGroupSize(5))
                .isSynthetic())
        .isTrue();
    assertThat(
            analysis.where(Where.parse("incomeGroup=low")).tally(TallyView.figure1()).isSynthetic())
        .as("only the real one counted")
        .isFalse();

    Ranking ranking = rank(Ranker.of(ScoringModels.index()).withDraws(5), analysis);
    assertThat(ranking.isSynthetic()).isTrue();
    // first, the Alliance's words on ranking, which every ranking says
    assertThat(ranking.toTable().notes()).containsExactly(Ranking.NOT_A_LEAGUE_TABLE, mark);
    RoundComparison comparison = RoundComparison.compare(analysis, analysis);
    assertThat(comparison.isSynthetic()).isTrue();
    String twoRounds =
        "SYNTHETIC DATA: 2 of 4 responses of the two rounds are synthetic: made up, with invented"
            + " answers that imitate published aggregates; the others' data are not marked"
            + " synthetic.";
    assertThat(comparison.toRowTable().notes()).containsExactly(twoRounds);
    assertThat(comparison.toChangeTable().notes()).containsExactly(twoRounds);
    CohortAnalysis real = analysis.where(Where.parse("incomeGroup=low"));
    assertThat(rank(Ranker.of(ScoringModels.index()).withDraws(5), real).isSynthetic()).isFalse();
    assertThat(RoundComparison.compare(real, real).toRowTable().notes()).isEmpty();

    List<Scorecard> cards =
        analysis.assessments().stream()
            .map(ScoringModels.staged()::score)
            .collect(java.util.stream.Collectors.toList());
    assertThat(cards.get(0).toTable().notes()).containsExactly(Jurisdiction.SYNTHETIC_NOTE);
    assertThat(cards.get(1).toTable().notes()).isEmpty();
    TextTable scores = ScoreTable.OVERALL.toTable(analysis.assessments(), cards);
    assertThat(scores.header()).containsSubsequence("region", "synthetic", "model");
    assertThat(scores.rows())
        .extracting(row -> row.get(0) + " " + row.get(4))
        .containsExactly("A true", "B false");
    assertThat(scores.notes()).containsExactly(mark);
  }

  /**
   * A coded question's code groups are counted as one row and each code as a share of it, in every
   * fold: q52's inhope, national hotlines and IWF portals together.
   */
  @Test
  void codeGroupsCountAsOneRowWithSharesOfIt() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q51", YES, "q52", hotline("inhope-national-hotline")),
            response("B", IncomeGroup.HIGH, "q51", YES, "q52", hotline("inhope-iwf-portal")),
            response("C", IncomeGroup.LOW, "q51", YES, "q52", hotline("not-inhope")),
            response("D", IncomeGroup.LOW, "q51", YES, "q52", hotline("inhope-iwf-portal")));
    OptionTally hotlines = analysis.options("q52");
    assertThat(hotlines.groupCounts()).containsExactly(Map.entry("inhope", 3));
    assertThat(hotlines.codeGroups())
        .containsEntry("inhope", List.of("inhope-national-hotline", "inhope-iwf-portal"));
    assertThat(hotlines.toTable().rows())
        .contains(
            List.of("inhope-national-hotline", "1", "4", "25", "no"),
            List.of("inhope", "3", "4", "75", "yes"),
            List.of("inhope-national-hotline of inhope", "1", "3", "33", "yes"),
            List.of("inhope-iwf-portal of inhope", "2", "3", "67", "yes"));
    Accumulator<Assessment, OptionTally> first =
        OptionTally.accumulator(analysis.instrument(), "q52");
    Accumulator<Assessment, OptionTally> second =
        OptionTally.accumulator(analysis.instrument(), "q52");
    first.add(analysis.assessments().get(0));
    analysis.assessments().subList(1, 4).forEach(second::add);
    assertThat(first.combine(second).result()).isEqualTo(hotlines);
  }

  private static Answer hotline(String code) {
    return Answer.ofText("A hotline").withCode(code);
  }

  /**
   * The report's domain overviews (Figures 3, 5, 7, 8, 11 and 12, "Domain N overview") as views:
   * Figure 1's rows of each domain, the 18 of them once each; published, as Figure 1's are.
   */
  @Test
  void domainOverviewsAreFigure1sRowsOfEachDomain() {
    List<TallyView.Row> all = new java.util.ArrayList<>();
    List<String> ids = new java.util.ArrayList<>();
    for (int domain = 1; domain <= 6; domain++) {
      TallyView view = TallyView.domainOverview(domain);
      ids.add(view.id());
      all.addAll(view.rows());
      assertThat(TallyView.findReportView(view.id())).hasValue(view);
    }
    assertThat(ids)
        .containsExactly("figure3", "figure5", "figure7", "figure8", "figure11", "figure12");
    assertThat(all).containsExactlyElementsOf(TallyView.figure1().rows());
    assertThat(TallyView.domainOverview(2).rows())
        .extracting(TallyView.Row::label)
        .containsExactly(
            "Law enforcement capability",
            "Judiciary and prosecutors",
            "Offender management process",
            "Access to image database");
    assertThatThrownBy(() -> TallyView.domainOverview(7))
        .hasMessage("the Model National Response has domains 1 to 6, not 7");
    assertThat(TallyView.findReportView("figure2")).isEmpty();
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES), response("B", IncomeGroup.LOW, "q7", NO));
    assertThat(analysis.tally(TallyView.domainOverview(1)).rows())
        .allMatch(row -> row.notPublished().isEmpty());
  }

  /**
   * The report publishes no legislation count for all 42 (Framing the future, "Legislation"): the
   * capabilities view computes it and marks it, in every format.
   */
  @Test
  void unpublishedRowsAreMarked() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q16", YES), response("B", IncomeGroup.LOW, "q16", NO));
    Tally tally = analysis.tally(TallyView.capabilities(analysis.instrument().framework()));
    TallyRow legislation = tally.row("3 Legislation");
    assertThat(legislation.yesCount()).isEqualTo(1);
    assertThat(legislation.notPublished())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("11 specific areas", "comprehensive or partial", "Figure 4"));
    // Figure 1 prints capabilities 17 and 19 only in rows shared with 16 and 18.
    assertThat(tally.rows())
        .filteredOn(row -> row.notPublished().isPresent())
        .extracting(TallyRow::label)
        .containsExactly(
            "3 Legislation", "17 CSEA Reporting", "19 Corporate Social Responsibility");
    assertThat(tally.row("17 CSEA Reporting").notPublished())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("'Procedures to enable removal or blocking of child sexual abuse")
                    .contains("'Proactive industry engagement by government'"));
    TextTable table = tally.toTable();
    assertThat(table.header()).endsWith("percent_yes", "published");
    assertThat(table.rows())
        .filteredOn(row -> row.get(0).equals("3 Legislation"))
        .singleElement()
        .satisfies(row -> assertThat(row).endsWith("50", "no"));
    assertThat(table.rows())
        .filteredOn(row -> row.get(0).equals("1 Leadership"))
        .singleElement()
        .satisfies(row -> assertThat(row).last().isEqualTo("yes"));
    assertThat(table.notes())
        .hasSize(3)
        .anySatisfy(
            note -> assertThat(note).startsWith("'3 Legislation' is not published: Framing the"))
        .anySatisfy(
            note ->
                assertThat(note)
                    .startsWith(
                        "'17 CSEA Reporting', '19 Corporate Social Responsibility' are not"
                            + " published: "));
    assertThat(analysis.tally(TallyView.figure1()).toTable().rows())
        .allSatisfy(row -> assertThat(row).last().isEqualTo("yes"));
    // A view of one's own is not the report's.
    Tally own =
        analysis.tally(TallyView.of("mine", List.of(TallyView.Row.of("Leadership", "leadership"))));
    assertThat(own.row("Leadership").notPublished())
        .hasValue(
            "Framing the future (2022) publishes no view 'mine'; it is not one of its figures");
    // Figure 1's "Access to image database" says what its count assumes, in the view and row.
    assertThat(TallyView.figure1().rows().get(5).assumption())
        .hasValueSatisfying(
            text ->
                assertThat(text).contains("Interpol's ICSE database (\"29 of 42\")", "q31", "q30"));
    assertThat(analysis.tally(TallyView.figure1()).row("Access to image database").assumption())
        .isEqualTo(TallyView.figure1().rows().get(5).assumption());
    assertThat(tally.row("7 Access to Image Databases").assumption()).isPresent();
    assertThat(tally.rows()).filteredOn(row -> row.assumption().isPresent()).hasSize(1);
    assertThat(
            analysis
                .breakdown(
                    TallyView.capabilities(analysis.instrument().framework()),
                    "region",
                    DisclosurePolicy.withMinGroupSize(1))
                .toTable()
                .header())
        .endsWith("published");
  }

  /**
   * One suppressed group would be the total minus the others: the smallest group shown is
   * suppressed with it, and the notes say why each is.
   */
  @Test
  void aLoneSuppressedGroupTakesTheSmallestShownGroupWithIt() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES),
            response("B", IncomeGroup.HIGH, "q7", NO),
            response("C", IncomeGroup.HIGH, "q7", YES),
            response("D", IncomeGroup.UPPER_MIDDLE, "q7", YES),
            response("E", IncomeGroup.UPPER_MIDDLE, "q7", NO),
            response("F", IncomeGroup.LOW, "q7", YES));
    Breakdown byIncome =
        analysis.breakdown(
            TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(2));
    assertThat(byIncome.groups())
        .extracting(Breakdown.Group::value, Breakdown.Group::suppression)
        .containsExactly(
            tuple("high", Optional.empty()),
            tuple("upper-middle", Optional.of(DisclosurePolicy.Suppression.COMPLEMENTARY)),
            tuple("low", Optional.of(DisclosurePolicy.Suppression.TOO_SMALL)));
    assertThat(byIncome.toTable().notes())
        .contains(
            "Shown by request with a minimum group size of 2: groups that small may expose single"
                + " jurisdictions' answers (the standard minimum is 5).",
            "Suppressed, neither counts nor size shown: 1 group fewer than the minimum group"
                + " size; 1 group so that no suppressed group can be recovered from the total"
                + " (minimum group size 2).");
    // Under the standard policy a cohort of 6 shows no group of 2 or 3, and no note of a request.
    Breakdown standard =
        analysis.breakdown(TallyView.figure1(), "incomeGroup", DisclosurePolicy.standard());
    assertThat(standard.groups()).allSatisfy(g -> assertThat(g.tally()).isEmpty());
    assertThat(standard.toTable().notes()).noneMatch(note -> note.startsWith("Shown by request"));
  }

  /**
   * A filter that keeps or leaves out too few is refused, and a filtered group that differs from
   * its unfiltered group by too few is suppressed.
   */
  @Test
  void filtersThatIsolateAFewAreRefusedOrTheirGroupsSuppressed() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      responses.add(
          response(
              "J" + i, i < 11 ? IncomeGroup.HIGH : IncomeGroup.LOW, "q7", i % 2 == 0 ? YES : NO));
    }
    CohortAnalysis analysis = analyse(responses.toArray(new Response[0]));
    DisclosurePolicy policy = DisclosurePolicy.standard();
    Tally low = analysis.where(Where.parse("incomeGroup=low")).tally(TallyView.figure1());
    assertThat(low.jurisdictionCount()).isEqualTo(1);
    assertThat(low.leftOutCount()).isEqualTo(11);
    assertThatThrownBy(() -> policy.check(low))
        .isInstanceOf(DisclosureException.class)
        .hasMessage(
            "the disclosure policy refuses counts of 1 jurisdictions where incomeGroup=low,"
                + " fewer than the minimum group size of 5: they would show single"
                + " jurisdictions' answers");
    Tally high = analysis.where(Where.parse("incomeGroup=high")).tally(TallyView.figure1());
    assertThatThrownBy(() -> policy.check(high))
        .isInstanceOf(DisclosureException.class)
        .hasMessageContaining("they leave out 1 jurisdictions, fewer than the minimum group size");
    OptionTally highOptions = analysis.where(Where.parse("incomeGroup=high")).options("q7");
    assertThat(highOptions.leftOutAnsweredCount()).isEqualTo(1);
    assertThatThrownBy(() -> policy.check(highOptions))
        .hasMessageContaining("they leave out 1 answers to q7");
    policy.check(analysis.tally(TallyView.figure1()));
    assertThatThrownBy(
            () ->
                analysis
                    .where(Where.parse("incomeGroup=high"))
                    .breakdown(TallyView.figure1(), "region", policy))
        .isInstanceOf(DisclosureException.class);
    // Within the part where half=a (14 kept, 6 left out), high income loses one jurisdiction to
    // the filter: the unfiltered high-income group minus this one would show it, so it is
    // suppressed, and low income with it, or the total would give high income away.
    List<Response> halves = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Response r = response("H" + i, i < 10 ? IncomeGroup.HIGH : IncomeGroup.LOW, "q7", YES);
      halves.add(
          r.withJurisdiction(
              Jurisdiction.builder()
                  .id(r.jurisdiction().id())
                  .name(r.jurisdiction().name())
                  .incomeGroup(r.jurisdiction().incomeGroup().orElseThrow())
                  .putAttribute("half", i == 0 || i >= 15 ? "b" : "a")
                  .build()));
    }
    Breakdown byIncome =
        analyse(halves.toArray(new Response[0]))
            .where(Where.parse("half=a"))
            .breakdown(TallyView.figure1(), "incomeGroup", policy);
    assertThat(byIncome.groups())
        .extracting(Breakdown.Group::value, Breakdown.Group::suppression)
        .containsExactly(
            tuple("high", Optional.of(DisclosurePolicy.Suppression.FILTER_DIFFERENCE)),
            tuple("low", Optional.of(DisclosurePolicy.Suppression.COMPLEMENTARY)));
  }

  /** Score summaries and comparisons of rounds are checked for their size as tallies are. */
  @Test
  void summariesAndComparisonsOfTooFewAreRefused() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(response("S" + i, IncomeGroup.HIGH, "q7", YES));
    }
    CohortAnalysis six = analyse(responses.toArray(new Response[0]));
    CohortAnalysis three = analyse(responses.subList(0, 3).toArray(new Response[0]));
    DisclosurePolicy policy = DisclosurePolicy.standard();
    policy.check(RoundComparison.compare(six, six));
    assertThatThrownBy(() -> policy.check(RoundComparison.compare(six, three)))
        .isInstanceOf(DisclosureException.class)
        .hasMessage(
            "the disclosure policy refuses counts of 3 jurisdictions of round 'Test', fewer than"
                + " the minimum group size of 5: they would show single jurisdictions' answers");
    DisclosurePolicy.withMinGroupSize(3).check(RoundComparison.compare(six, three));
    ScoreSummary ofSix = summary(six);
    policy.check(ofSix);
    ScoreSummary ofThree = summary(three);
    assertThatThrownBy(() -> policy.check(ofThree))
        .isInstanceOf(DisclosureException.class)
        .hasMessageStartingWith("the disclosure policy refuses counts of 3 scorecards,");
  }

  private static ScoreSummary summary(CohortAnalysis analysis) {
    return analysis.assessments().stream()
        .map(ScoringModels.staged()::score)
        .collect(
            Accumulator.collector(
                () -> ScoreSummary.accumulator("staged", analysis.instrument().framework())));
  }

  /** Outputs of jurisdictions one by one need the opt-in, a minimum group size of 1. */
  @Test
  void perJurisdictionOutputsNeedTheOptIn() {
    assertThatThrownBy(() -> DisclosurePolicy.standard().requirePerJurisdiction("a ranking"))
        .isInstanceOf(DisclosureException.class)
        .hasMessage(
            "a ranking shows single jurisdictions, which the disclosure policy allows only by"
                + " request: a minimum group size of 1");
    DisclosurePolicy.withMinGroupSize(1).requirePerJurisdiction("a ranking");
    assertThat(DisclosurePolicy.withMinGroupSize(5)).isSameAs(DisclosurePolicy.standard());
    assertThat(DisclosurePolicy.withMinGroupSize(1).note())
        .hasValueSatisfying(note -> assertThat(note).startsWith("Shown by request"));
    assertThat(DisclosurePolicy.withMinGroupSize(7).note()).isEmpty();
    assertThat(DisclosurePolicy.withMinGroupSize(3))
        .hasToString("DisclosurePolicy[minGroupSize=3]");
    assertThat(DisclosurePolicy.withMinGroupSize(3))
        .isEqualTo(DisclosurePolicy.withMinGroupSize(3))
        .hasSameHashCodeAs(DisclosurePolicy.withMinGroupSize(3))
        .isNotEqualTo(DisclosurePolicy.withMinGroupSize(4));
    assertThat(DisclosurePolicy.withMinGroupSize(3).allowsPerJurisdiction()).isFalse();
    assertThat(DisclosurePolicy.withMinGroupSize(4).note())
        .hasValue(
            "Shown by request with a minimum group size of 4: groups that small may expose single"
                + " jurisdictions' answers (the standard minimum is 5).");
    assertThatThrownBy(() -> DisclosurePolicy.withMinGroupSize(0))
        .hasMessage("the minimum group size is 1 or more, not 0");
  }

  /** Options break down by group like tallies, suppressing groups with few answers. */
  @Test
  void optionsBreakDownByGroup() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q10", YES),
            response("B", IncomeGroup.HIGH, "q10", NO),
            response("C", IncomeGroup.HIGH, "q10", YES),
            response("D", IncomeGroup.HIGH),
            response("E", IncomeGroup.LOW, "q10", YES),
            response("F", IncomeGroup.LOWER_MIDDLE, "q10", NO),
            response("G", IncomeGroup.LOWER_MIDDLE, "q10", YES));
    OptionBreakdown byIncome =
        analysis.optionBreakdown("q10", "incomeGroup", DisclosurePolicy.withMinGroupSize(3));
    assertThat(byIncome.groups())
        .extracting(OptionBreakdown.OptionGroup::value)
        .containsExactly("high", "lower-middle", "low");
    assertThat(byIncome.groups())
        .extracting(OptionBreakdown.OptionGroup::suppression)
        .containsExactly(
            Optional.empty(),
            Optional.of(DisclosurePolicy.Suppression.TOO_SMALL),
            Optional.of(DisclosurePolicy.Suppression.TOO_SMALL));
    OptionBreakdown.OptionGroup high = byIncome.group("high");
    assertThat(high.size()).isEqualTo(4);
    assertThat(high.label()).isEqualTo(IncomeGroup.HIGH.label());
    assertThat(high.options())
        .hasValueSatisfying(
            o -> {
              assertThat(o.answeredCount()).isEqualTo(3);
              assertThat(o.count("yes")).isEqualTo(2);
            });
    assertThat(byIncome.group("low").options()).isEmpty();
    assertThat(
            analysis
                .optionBreakdown("q10", "incomeGroup", DisclosurePolicy.withMinGroupSize(4))
                .group("high")
                .options())
        .as("3 answers of 4 jurisdictions are too few for groups of 4")
        .isEmpty();
    TextTable table = byIncome.toTable();
    assertThat(table.header())
        .containsExactly(
            "group", "size", "suppressed", "option", "count", "of", "percent", "published");
    assertThat(table.rows())
        .containsExactly(
            List.of("high", "4", "false", "yes", "2", "3", "67", "no"),
            List.of("high", "4", "false", "no", "1", "3", "33", "no"),
            List.of("lower-middle", "", "true", "", "", "", "", ""),
            List.of("low", "", "true", "", "", "", "", ""));
    assertThatThrownBy(() -> byIncome.group("middle"))
        .hasMessageContaining("'middle'")
        .hasMessageContaining("high, lower-middle, low");
    assertThatThrownBy(
            () ->
                analysis.optionBreakdown(
                    "q10", "incomeGroup", DisclosurePolicy.withMinGroupSize(0)))
        .hasMessage("the minimum group size is 1 or more, not 0");
    assertThat(byIncome).hasToString("OptionBreakdown[q10 by incomeGroup, 3 groups]");
    assertThat(analysis.options("q10")).hasToString("OptionTally[q10, 6 answered]");
    Accumulator<Assessment, OptionBreakdown> counting =
        OptionBreakdown.accumulator(
            analysis.instrument(), "q10", "incomeGroup", DisclosurePolicy.withMinGroupSize(1));
    analysis.assessments().forEach(counting::add);
    assertThat(counting)
        .hasToString("a breakdown of the options of q10 by incomeGroup (groups of 1 or more)");
    assertThat(counting.result().groups()).allSatisfy(g -> assertThat(g.options()).isPresent());
    OptionBreakdown streamed =
        analysis.assessments().parallelStream()
            .collect(
                Accumulator.collector(
                    () ->
                        OptionBreakdown.accumulator(
                            analysis.instrument(),
                            "q10",
                            "incomeGroup",
                            DisclosurePolicy.withMinGroupSize(3))));
    assertThat(streamed).isEqualTo(byIncome);
    assertThatThrownBy(
            () ->
                OptionBreakdown.accumulator(
                        analysis.instrument(),
                        "q10",
                        "incomeGroup",
                        DisclosurePolicy.withMinGroupSize(3))
                    .combine(
                        OptionBreakdown.accumulator(
                            analysis.instrument(),
                            "q10",
                            "region",
                            DisclosurePolicy.withMinGroupSize(3))))
        .hasMessage(
            "cannot combine a breakdown of the options of q10 by region (groups of 3 or more)"
                + " with a breakdown of the options of q10 by incomeGroup (groups of 3 or"
                + " more)");
  }

  /** A yes-no question counts as its two options; a coded text question by its codes. */
  @Test
  void yesNoAndCodedQuestionsCountToo() {
    CohortAnalysis analysis =
        analyse(
            response(
                "A",
                IncomeGroup.LOW,
                "q7",
                YES,
                "q10",
                YES,
                "q78",
                Answer.ofText("adopted").withCode("yes")),
            response(
                "B",
                IncomeGroup.LOW,
                "q7",
                YES,
                "q10",
                NO,
                "q78",
                Answer.ofText("not yet").withCode("no")),
            response("C", IncomeGroup.LOW, "q7", YES, "q10", YES, "q78", Answer.ofText("uncoded")),
            response("D", IncomeGroup.LOW, "q7", YES));
    OptionTally strategy = analysis.options("q10");
    assertThat(strategy.answeredCount()).isEqualTo(3);
    assertThat(strategy.counts()).containsExactly(entry("yes", 2), entry("no", 1));
    assertThat(strategy.twoOrMoreCount()).isZero();
    assertThat(strategy.toTable().rows())
        .as("no (two or more) row for one choice")
        .extracting(row -> row.get(0))
        .containsExactly("yes", "no");
    OptionTally terminology = analysis.options("q78");
    assertThat(terminology.kind()).isEqualTo(QuestionKind.TEXT);
    assertThat(terminology.answeredCount())
        .as("the uncoded answer counts among the answers")
        .isEqualTo(3);
    assertThat(terminology.counts()).containsExactly(entry("yes", 1), entry("no", 1));
  }

  @Test
  void accumulatorsRefuseWhatTheyCannotCountOrCombine() {
    Framework mnr = Frameworks.mnr();
    Framework other = mnr.tailor("mnr-less").removeCapability("remedies").build();
    Assessment assessment =
        Assessor.of(Instruments.mnrSurvey2021()).assess(response("A", IncomeGroup.HIGH, "q7", YES));
    assertThatThrownBy(() -> Tally.accumulator(TallyView.figure1(), other))
        .hasMessageStartingWith(
            "unknown capability 'remedies' in framework '" + other.id() + "'; known: leadership");
    Accumulator<Assessment, Tally> tally = Tally.accumulator(TallyView.capabilities(other), other);
    assertThatThrownBy(() -> tally.add(assessment))
        .hasMessage(
            "a tally of framework '"
                + other.id()
                + "' cannot count the assessment of A Country A, which is of framework"
                + " 'wpga-mnr'");
    Accumulator<Assessment, Tally> figure1 = Tally.accumulator(TallyView.figure1(), mnr);
    assertThatThrownBy(() -> figure1.combine(Tally.accumulator(TallyView.capabilities(mnr), mnr)))
        .hasMessage(
            "cannot combine a tally of view 'capabilities', framework 'wpga-mnr' (0"
                + " jurisdictions) with a tally of view 'figure1', framework 'wpga-mnr' (0"
                + " jurisdictions)");
    assertThatThrownBy(
            () ->
                Breakdown.accumulator(
                    TallyView.figure1(), mnr, "region", DisclosurePolicy.withMinGroupSize(0)))
        .hasMessage("the minimum group size is 1 or more, not 0");
    assertThatThrownBy(
            () ->
                Breakdown.accumulator(
                        TallyView.figure1(), mnr, "region", DisclosurePolicy.withMinGroupSize(5))
                    .combine(
                        Breakdown.accumulator(
                            TallyView.figure1(),
                            mnr,
                            "region",
                            DisclosurePolicy.withMinGroupSize(1))))
        .hasMessage(
            "cannot combine a breakdown of view 'figure1' by region (groups of 1 or more) with a"
                + " breakdown of view 'figure1' by region (groups of 5 or more)");
    assertThatThrownBy(() -> OptionTally.accumulator(Instruments.mnrSurvey2021(), "q99"))
        .hasMessage("'q99' is not a question of 'wpga-mnr-survey@2021'");
    assertThatThrownBy(
            () ->
                OptionTally.accumulator(Instruments.mnrSurvey2021(), "q6")
                    .combine(OptionTally.accumulator(Instruments.mnrSurvey2021(), "q17")))
        .hasMessage(
            "cannot combine an option tally of q17 of 'wpga-mnr-survey@2021' (0 jurisdictions)"
                + " with an option tally of q6 of 'wpga-mnr-survey@2021' (0 jurisdictions)");
  }

  @Test
  void roundsAndRankingsRefuseWhatTheyCannotJoin() {
    Framework mnr = Frameworks.mnr();
    Framework other = mnr.tailor("mnr-less").removeCapability("remedies").build();
    Assessor assessor = Assessor.of(Instruments.mnrSurvey2021());
    Assessment a = assessor.assess(response("A", IncomeGroup.HIGH, "q7", YES));
    Accumulator<Assessment, Round> twice = Round.accumulator("2021", mnr);
    twice.add(a);
    twice.add(a);
    assertThatThrownBy(twice::result)
        .hasMessage("round '2021' holds one assessment per jurisdiction; 'A' came again");
    Accumulator<Assessment, Round> joined = Round.accumulator("2021", mnr);
    joined.add(a);
    Accumulator<Assessment, Round> part = Round.accumulator("2021", mnr);
    part.add(assessor.assess(response("B", IncomeGroup.HIGH, "q7", YES)));
    part.add(a);
    assertThatThrownBy(() -> joined.combine(part).result())
        .as("found across parts too")
        .hasMessage("round '2021' holds one assessment per jurisdiction; 'A' came again");
    Accumulator<Assessment, Round> round = Round.accumulator("2021", mnr);
    round.add(a);
    Accumulator<Assessment, Round> tailored =
        Round.accumulator("2024", other, TallyView.capabilities(other), ScoringModels.staged());
    assertThatThrownBy(() -> tailored.add(a))
        .hasMessage(
            "model 'staged' is compiled for framework '"
                + other.id()
                + "', but the assessment of A Country A is of framework 'wpga-mnr'");
    assertThatThrownBy(() -> round.combine(Round.accumulator("2024", mnr)))
        .hasMessage(
            "cannot combine round '2024' (framework 'wpga-mnr', view 'figure1', model 'staged',"
                + " 0 jurisdictions) with round '2021' (framework 'wpga-mnr', view 'figure1',"
                + " model 'staged', 1 jurisdictions)");
    assertThatThrownBy(() -> RoundComparison.compare(round.result(), tailored.result()))
        .hasMessage(
            "rounds '2021' (framework 'wpga-mnr', view 'figure1', model 'staged') and '2024'"
                + " (framework '"
                + other.id()
                + "', view 'capabilities', model 'staged') are not compared: their"
                + " capabilities, rows or levels differ");
    assertThatThrownBy(
            () ->
                RoundComparison.compare(
                    round.result(),
                    Round.accumulator("2024", mnr, TallyView.figure1(), ScoringModels.presence())
                        .result()))
        .hasMessageEndingWith(
            "model 'presence') are not compared: their capabilities, rows or" + " levels differ");

    // A model whose every score has a level of its own: a comparison tells 63 apart.
    int[] made = new int[1];
    ScoringModel restless =
        new ScoringModel() {
          @Override
          public String id() {
            return "restless";
          }

          @Override
          public String title() {
            return "A new level for every score";
          }

          @Override
          public Scorecard score(Assessment assessment) {
            List<CapabilityScore> scores = new java.util.ArrayList<>();
            for (var evidence : assessment.capabilities()) {
              int n = made[0]++;
              scores.add(
                  CapabilityScore.builder()
                      .capabilityId(evidence.capabilityId())
                      .status(evidence.status())
                      .level(Level.of("l" + n, n, "Level " + n))
                      .value(0)
                      .reason("made up")
                      .build());
            }
            return Scorecard.aggregate(id(), assessment, scores, AggregationRule.builder().build());
          }
        };
    Accumulator<Assessment, Round> many =
        Round.accumulator("many", mnr, TallyView.figure1(), restless);
    assertThatThrownBy(
            () -> {
              for (int j = 0; j < 5; j++) {
                many.add(assessor.assess(response("J" + j, IncomeGroup.LOW)));
              }
            })
        .hasMessage("a comparison tells at most 63 levels apart; model 'restless' gave more");
    assertThat(many.result().jurisdictionCount())
        .as("3 of 21 levels each fit, the 4th is refused whole")
        .isEqualTo(3);
    Accumulator<Assessment, Round> more =
        Round.accumulator("more", mnr, TallyView.figure1(), restless);
    for (int j = 0; j < 3; j++) {
      more.add(assessor.assess(response("J" + j, IncomeGroup.LOW)));
    }
    assertThatThrownBy(() -> RoundComparison.compare(many.result(), more.result()))
        .hasMessage(
            "a comparison tells at most 63 levels apart; model 'restless' gave more in rounds"
                + " 'many' and 'more' together");

    Ranker ranker = Ranker.of(ScoringModels.index()).withDraws(5);
    Accumulator<Assessment, Ranking> ranking = ranker.accumulator(mnr);
    ranking.add(a);
    assertThatThrownBy(() -> ranking.add(a))
        .hasMessage("a ranking holds one assessment per jurisdiction; 'A' came again");
    assertThatThrownBy(() -> ranker.accumulator(other).add(a))
        .hasMessage(
            "model 'staged' is compiled for framework '"
                + other.id()
                + "', but the assessment of A Country A is of framework 'wpga-mnr'");
    assertThatThrownBy(() -> ranking.combine(ranker.withSeed(1).accumulator(mnr)))
        .hasMessage(
            "cannot combine a ranking by Ranker[index, 5 draws, seed 1] of framework 'wpga-mnr'"
                + " (0 jurisdictions) with a ranking by Ranker[index, 5 draws, seed 0] of"
                + " framework 'wpga-mnr' (1 jurisdictions)");
    Accumulator<Assessment, Ranking> again = ranker.accumulator(mnr);
    again.add(a);
    Assessment b = assessor.assess(response("B", IncomeGroup.HIGH, "q7", YES));
    again.add(b);
    assertThatThrownBy(() -> ranking.combine(again))
        .hasMessage("a ranking holds one assessment per jurisdiction; 'A' came again");
    assertThat(ranking.result().entries().size() + ranking.result().unranked().size())
        .as("nothing of a refused part is taken")
        .isEqualTo(1);
  }

  @Test
  void aCohortHoldsOneResponsePerJurisdictionOfOneInstrument() {
    assertThatThrownBy(
            () ->
                Cohort.builder()
                    .name("Twice")
                    .addAllResponses(
                        List.of(response("A", IncomeGroup.LOW), response("A", IncomeGroup.HIGH)))
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining(
            "/responses/1/jurisdiction/id: a cohort holds one response per"
                + " jurisdiction; 'A' came before, in response 0");
    assertThatThrownBy(
            () ->
                Cohort.builder()
                    .name("Twice")
                    .addAllResponses(
                        List.of(response("A7", IncomeGroup.LOW), response("a7.", IncomeGroup.LOW)))
                    .build())
        .hasMessageContaining(
            "/responses/1/jurisdiction/id: a cohort holds one response per jurisdiction; 'a7.'"
                + " differs only in case or a trailing '.', '-' or '_' from 'A7', which came"
                + " before, in response 0");
    Response b = response("B", IncomeGroup.LOW);
    Response other =
        Response.builder()
            .instrumentReference("unicef@2021")
            .jurisdiction(b.jurisdiction())
            .status(b.status())
            .build();
    assertThatThrownBy(() -> analyse(response("A", IncomeGroup.LOW), other))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "cohort 'Test': B Country B answers 'unicef@2021', not" + " 'wpga-mnr-survey@2021'");
  }

  @Test
  void comparisonsFindGainsLossesAndNewAnswers() {
    CohortAnalysis before =
        analyse(
            response("A", IncomeGroup.LOW, "q7", NO, "q13", YES),
            response("B", IncomeGroup.LOW, "q7", YES),
            response("C", IncomeGroup.LOW));
    CohortAnalysis after =
        CohortAnalysis.of(
            Cohort.builder()
                .name("Later")
                .addAllResponses(
                    List.of(
                        response("A", IncomeGroup.LOW, "q7", YES, "q13", NO),
                        response("B", IncomeGroup.LOW, "q7", YES, "q21", YES),
                        response("D", IncomeGroup.LOW)))
                .build(),
            Instruments.mnrSurvey2021());
    RoundComparison comparison = RoundComparison.compare(before, after);
    assertThat(comparison.count(RoundComparison.Change.GAINED)).isEqualTo(1);
    assertThat(comparison.count(RoundComparison.Change.LOST)).isEqualTo(1);
    assertThat(comparison.count(RoundComparison.Change.NEWLY_ANSWERED)).isEqualTo(1);
    assertThat(comparison.onlyBefore()).containsExactly("C");
    assertThat(comparison.onlyAfter()).containsExactly("D");
    RoundComparison.CapabilityChange gained =
        comparison.changes().stream()
            .filter(c -> c.change() == RoundComparison.Change.GAINED)
            .findFirst()
            .orElseThrow();
    assertThat(gained.jurisdictionId()).isEqualTo("A");
    assertThat(gained.capabilityId()).isEqualTo("leadership");
    assertThat(gained.levelBefore().orElseThrow().id()).isEqualTo("absent");
    assertThat(gained.levelAfter().orElseThrow().id()).isEqualTo("initial");
    RoundComparison.RowChange leadershipRow = comparison.rows().get(0);
    assertThat(leadershipRow.after().yesCount() - leadershipRow.before().yesCount()).isEqualTo(1);
    assertThat(comparison.toRowTable().toText()).contains("+1");
    assertThat(comparison.toChangeTable().toText()).contains("newly-answered");
    assertThat(after.assessment("B").evidence("dedicated-law-enforcement").status())
        .isEqualTo(CapabilityStatus.IN_PLACE);
  }

  /**
   * A cohort whose ranking is known by hand. Only policy and governance is answered, so each index
   * is that domain's weighted mean of leadership (q7) and research (q13) under the presence model:
   * A has both (100 in every draw), D neither (0), B only leadership and C only research. With the
   * two weights drawn as independent unit exponentials, B's value w1/(w1+w2) is uniform on (0, 1)
   * and C's is 1 minus it: each is second in half the draws.
   */
  @Test
  void rankingsAreTheIntervalsWorkedOutByHand() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES, "q13", YES),
            response("B", IncomeGroup.HIGH, "q7", YES, "q13", NO),
            response("C", IncomeGroup.LOW, "q7", NO, "q13", YES),
            response("D", IncomeGroup.LOW, "q7", NO, "q13", NO),
            response("E", IncomeGroup.LOW));
    // Ranked on whatever is known (coverage 0), as worked out by hand below; with the default
    // coverage of one half, two answers of 21 are too little evidence to rank anyone.
    IndexModel presenceIndex =
        IndexModel.builder()
            .id("presence-index")
            .title("Presence index")
            .description("Presence values, equal weights")
            .base(ScoringModels.presence())
            .minimumCoverage(0)
            .build();
    IndexModel halfCovered =
        IndexModel.builder()
            .id("presence-index")
            .title("Presence index")
            .description("Presence values, equal weights")
            .base(ScoringModels.presence())
            .build();
    assertThat(rank(Ranker.of(halfCovered).withDraws(10), analysis).unranked())
        .containsExactly("A", "B", "C", "D", "E");
    Ranker ranker = Ranker.of(presenceIndex).withDraws(4000).withSeed(5);
    Ranking ranking = rank(ranker, analysis);
    assertThat(ranking.unranked()).containsExactly("E");
    assertThat(ranking.entries())
        .extracting(Ranking.Entry::jurisdictionId)
        .containsExactly("A", "B", "C", "D");
    assertThat(ranking.entries())
        .extracting(Ranking.Entry::nominalValue)
        .containsExactly(100.0, 50.0, 50.0, 0.0);
    assertThat(ranking.entries())
        .extracting(Ranking.Entry::nominalRank)
        .as("ties share a rank")
        .containsExactly(1, 2, 2, 4);
    assertThat(ranking.entries())
        .extracting(e -> e.bestRank() + "-" + e.worstRank())
        .containsExactly("1-1", "2-3", "2-3", "4-4");
    Ranking.Entry a = ranking.entries().get(0);
    Ranking.Entry b = ranking.entries().get(1);
    Ranking.Entry d = ranking.entries().get(3);
    assertThat(a.bandProbabilities()).isEqualTo(Map.of("75-100", 1.0));
    assertThat(d.bandProbabilities()).isEqualTo(Map.of("0-25", 1.0));
    assertThat(ranking.bands()).containsExactly("0-25", "25-50", "50-75", "75-100");
    for (String band : ranking.bands()) {
      assertThat(b.bandProbabilities().get(band))
          .as(band)
          .isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.03));
    }
    assertThat(rank(ranker, analysis)).as("the same seed, the same ranking").isEqualTo(ranking);
    assertThat(rank(ranker.withSeed(6), analysis)).isNotEqualTo(ranking);
    assertThat(ranking.toTable().rows().get(0))
        .containsExactly(
            "1",
            a.jurisdictionId(),
            a.name(),
            String.format(java.util.Locale.ROOT, "%.1f", a.nominalValue()),
            "1",
            "1",
            "1",
            "75-100",
            "100");
    assertThat(ranking.toTable().rows())
        .hasSize(5)
        .last()
        .as("unranked: only the id")
        .isEqualTo(List.of("", "E", "", "", "", "", "", "", ""));
    assertThatThrownBy(() -> ranker.withDraws(0))
        .hasMessage("a ranking makes from 1 to 100000 weight draws (Ranker.MAX_DRAWS), not 0");
    Response[] many = new Response[201];
    for (int i = 0; i < many.length; i++) {
      many[i] = response("C" + i, IncomeGroup.HIGH, "q7", YES);
    }
    assertThatThrownBy(() -> rank(Ranker.of(presenceIndex).withDraws(100_000), analyse(many)))
        .hasMessage(
            "ranking 201 jurisdictions 100000 times holds 20100000"
                + " ranks, more than 20000000 (Ranker.MAX_RANKS): make fewer draws, at most 99502");
    assertThatThrownBy(() -> Ranker.of(ScoringModels.index()).withDraws(100_001))
        .hasMessage(
            "a ranking makes from 1 to 100000 weight draws (Ranker.MAX_DRAWS), not" + " 100001");
    assertThatThrownBy(() -> ranker.withBands(50, 25))
        .hasMessage("band thresholds increase strictly between 0 and 100, not [50.0, 25.0]");
  }

  /** The ranking combines values as its index does: here, the weakest capability. */
  @Test
  void rankingsUseTheIndexsOwnAggregation() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES, "q13", NO),
            response("B", IncomeGroup.HIGH, "q7", YES, "q13", YES));
    IndexModel weakest =
        IndexModel.builder()
            .id("weakest")
            .title("Weakest link")
            .description("Minimum of presence values")
            .base(ScoringModels.presence())
            .aggregation(Aggregation.MINIMUM)
            .minimumCoverage(0)
            .build();
    Ranking ranking = rank(Ranker.of(weakest).withDraws(50), analysis);
    assertThat(ranking.entries())
        .extracting(
            e ->
                e.jurisdictionId()
                    + " "
                    + e.nominalValue()
                    + " "
                    + e.bestRank()
                    + "-"
                    + e.worstRank())
        .containsExactly("B 100.0 1-1", "A 0.0 2-2");
  }

  /**
   * A table prints what it holds and nothing else: control characters in a cell, which could forge
   * or hide a line on a terminal, are escaped; in TSV a tab, line break or backslash is escaped
   * too, so that each row is one line and no cell is changed.
   */
  @Test
  void tablesRenderTextAndTsv() {
    TextTable table =
        TextTable.of(
            List.of("name", "count"),
            List.of(
                List.of("a\tb", "1"),
                List.of("long name", "12"),
                List.of("x\nvalid (0 errors)\u001b[2K\\", "3")));
    assertThat(table.toText())
        .isEqualTo(
            "name                               count\n"
                + "---------------------------------  -----\n"
                + "a\\u0009b                               1\n"
                + "long name                             12\n"
                + "x\\u000avalid (0 errors)\\u001b[2K\\      3\n");
    assertThat(table.toTsv())
        .isEqualTo(
            "name\tcount\na\\tb\t1\nlong name\t12\n" + "x\\nvalid (0 errors)\\u001b[2K\\\\\t3\n");
    assertThatThrownBy(() -> TextTable.of(List.of("a"), List.of(List.of("1", "2"))))
        .hasMessage("row 0 has 2 cells; the table has 1 columns");
  }

  /** A tally, its figure and a score summary print as tables with every row. */
  @Test
  void talliesAndSummariesPrintEveryRow() {
    CohortAnalysis analysis =
        analyse(
            response("A", IncomeGroup.HIGH, "q7", YES), response("B", IncomeGroup.LOW, "q7", NO));
    Tally tally = analysis.tally(TallyView.figure1());
    assertThat(tally.toTable().rows()).hasSize(18);
    assertThat(tally.toTable().header())
        .containsExactly(
            "row",
            "capabilities",
            "yes",
            "no",
            "unanswered",
            "denominator",
            "percent_yes",
            "published");
    assertThat(tally.toFigure().rows().get(0)).containsExactly("Leadership", "1", "2", "50", "yes");
    assertThat(tally.toFigure().rows().get(1))
        .containsExactly("Research, monitoring and" + " analysis", "0", "0", "-", "yes");
    assertThat(tally).hasToString("Tally[figure1, 2 jurisdictions, 18 rows]");
    assertThatThrownBy(() -> tally.row("Leadrship"))
        .hasMessageStartingWith(
            "unknown row" + " 'Leadrship' in view 'figure1'; known: Leadership,");
    ScoreSummary summary =
        analysis.assessments().stream()
            .map(ScoringModels.presence()::score)
            .collect(
                Accumulator.collector(
                    () -> ScoreSummary.accumulator("presence", analysis.instrument().framework())));
    TextTable table = summary.toTable();
    assertThat(table.title()).contains("Scores under model 'presence' of 2 jurisdictions");
    assertThat(table.rows()).hasSize(21 + 6 + 1);
    assertThat(table.rows().get(0))
        .containsExactly(
            "leadership", "2", "0.500", "0.000", "1.000", "not-in-place 1, in-place 1");
    assertThat(table.rows().get(1))
        .containsExactly("research-analysis-monitoring", "0", "", "", "", "");
    assertThat(summary).hasToString("ScoreSummary[presence, 2 jurisdictions]");
    assertThatThrownBy(
            () ->
                ScoreSummary.accumulator("staged", analysis.instrument().framework())
                    .add(ScoringModels.presence().score(analysis.assessments().get(0))))
        .hasMessageStartingWith(
            "a summary of model"
                + " 'staged' over framework 'wpga-mnr' cannot count the scorecard of A Country A");
  }

  private static Ranking rank(Ranker ranker, CohortAnalysis analysis) {
    Accumulator<Assessment, Ranking> ranking =
        ranker.accumulator(analysis.instrument().framework());
    analysis.assessments().forEach(ranking::add);
    return ranking.result();
  }
}
