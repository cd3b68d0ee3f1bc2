package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyRow;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.cohort.Where;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The embedded cohort against the numbers the report prints (shared/reference/
 * published-figures.md, typed from Framing the future, 2022).
 */
class SyntheticCohortTest {
  private static final Cohort COHORT = SyntheticCohort.load();
  private static final CohortAnalysis ANALYSIS = ReviewSurveys.analysis(COHORT);

  /** Figure 1: row, yes, of, percent as printed. */
  private static final String FIGURE_1 =
      String.join(
          "\n",
          "Leadership|32|42|76",
          "Research, monitoring and analysis|35|42|83",
          "Law enforcement capability|42|42|100",
          "Judiciary and prosecutors|36|41|88",
          "Offender management process|30|42|71",
          "Access to image database|29|42|69",
          "End-to-end support|29|42|69",
          "Child protection workforce|34|41|83",
          "Remedies and reparations|34|42|81",
          "Child helpline|40|42|95",
          "Hotline|38|42|90",
          "National education programme|32|42|76",
          "Child participation|29|41|71",
          "Offender support systems|24|41|59",
          "Procedures to enable removal or blocking of child sexual abuse content|30|41|73",
          "Proactive industry engagement by government|25|41|61",
          "Government support to ethical, informed and balanced media reporting|23|42|55",
          "Debate, discussion or adoption of universally agreed terminology|21|42|50");

  @Test
  void theShippedCohortIsWhatTheRecipeMakes() {
    assertThat(COHORT).isEqualTo(SyntheticCohort.build());
    assertThat(COHORT.description().orElseThrow()).startsWith("SYNTHETIC DATA.");
    assertThat(COHORT.responses())
        .hasSize(42)
        .allSatisfy(r -> assertThat(r.jurisdiction().name()).matches("Country [0-4][0-9]"))
        .allSatisfy(
            r -> assertThat(r.jurisdiction().attributes()).containsEntry("data", "synthetic"));
  }

  @Test
  void reproducesFigure1ExactlyInTheReportsOrder() {
    Tally figure1 = ANALYSIS.tally(TallyView.figure1());
    List<String> actual =
        figure1.rows().stream()
            .map(
                r ->
                    r.label()
                        + "|"
                        + r.yesCount()
                        + "|"
                        + r.denominator()
                        + "|"
                        + r.percentYes().getAsInt())
            .collect(Collectors.toList());
    assertThat(actual).containsExactlyElementsOf(FIGURE_1.lines().collect(Collectors.toList()));
    assertThat(figure1.rows())
        .allSatisfy(
            r -> assertThat(r.percentNo().getAsInt() + r.percentYes().getAsInt()).isEqualTo(100));
  }

  /** The report's text disagrees with its own Figure 1 twice; the library computes. */
  @Test
  void documentsWhereTheReportsTextDisagreesWithItsFigure() {
    Tally figure1 = ANALYSIS.tally(TallyView.figure1());
    // Media: the text says "54 per cent, 23 of 42"; 23/42 = 54.76 %, which rounds to 55.
    TallyRow media =
        figure1.row("Government support to ethical, informed and balanced media" + " reporting");
    assertThat(media.yesCount()).isEqualTo(23);
    assertThat(100.0 * media.yesCount() / media.denominator()).isBetween(54.76, 54.77);
    assertThat(media.percentYes().getAsInt()).isEqualTo(55);
    // Workforce: the text says "almost a quarter (23 per cent, 7 of 41)" do not have one;
    // 7/41 is 17 per cent, as Figure 1 prints.
    TallyRow workforce = figure1.row("Child protection workforce");
    assertThat(workforce.noCount()).isEqualTo(7);
    assertThat(workforce.denominator()).isEqualTo(41);
    assertThat(workforce.percentNo().getAsInt()).isEqualTo(17);
  }

  @Test
  void reproducesTheMethodologysCounts() {
    assertThat(count(r -> r.jurisdiction().incomeGroup().orElseThrow()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                IncomeGroup.HIGH,
                15L,
                IncomeGroup.UPPER_MIDDLE,
                15L,
                IncomeGroup.LOWER_MIDDLE,
                11L,
                IncomeGroup.LOW,
                1L));
    assertThat(count(r -> r.jurisdiction().region().orElseThrow()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Region.EAST_ASIA_PACIFIC,
                10L,
                Region.EASTERN_SOUTHERN_AFRICA,
                5L,
                Region.EUROPE_CENTRAL_ASIA,
                7L,
                Region.LATIN_AMERICA_CARIBBEAN,
                6L,
                Region.MIDDLE_EAST_NORTH_AFRICA,
                2L,
                Region.NORTH_AMERICA,
                2L,
                Region.SOUTH_ASIA,
                1L,
                Region.WEST_CENTRAL_AFRICA,
                1L,
                Region.WESTERN_EUROPE,
                8L));
    assertThat(count(r -> r.jurisdiction().attributes().get("survey")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("alliance", 17L, "unicef", 25L));
  }

  private static <K> Map<K, Long> count(Function<Response, K> key) {
    return COHORT.responses().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  /** The report's percentages: whole numbers, halves rounded up. */
  private static int percent(int count, int of) {
    return BigDecimal.valueOf(100L * count)
        .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  @Test
  void reproducesQ6sUses() {
    OptionTally uses = ANALYSIS.options("q6");
    assertThat(uses.answeredCount()).isEqualTo(39);
    assertThat(uses.count("good-practice-reference")).isEqualTo(35);
    assertThat(uses.count("policy-basis")).isEqualTo(26);
    assertThat(uses.count("capability-guide")).isEqualTo(23);
    assertThat(uses.count("progress-framework")).isEqualTo(15);
    assertThat(uses.twoOrMoreCount()).isEqualTo(26);
    // The percentages the report prints: 90, 67, 59, 38; two or more 67.
    assertThat(percent(35, 39)).isEqualTo(90);
    assertThat(percent(26, 39)).isEqualTo(67);
    assertThat(percent(23, 39)).isEqualTo(59);
    assertThat(percent(15, 39)).isEqualTo(38);
  }

  /** Leadership: 27 of 42 have a national policy or strategy (q10); 14 of 42 a database (q33). */
  @Test
  void reproducesQ10AndQ33() {
    assertThat(ANALYSIS.options("q10").count("yes")).isEqualTo(27);
    assertThat(ANALYSIS.options("q10").answeredCount()).isEqualTo(42);
    assertThat(ANALYSIS.options("q33").count("yes")).isEqualTo(14);
    assertThat(ANALYSIS.options("q33").answeredCount()).isEqualTo(42);
  }

  /**
   * Figure 4, on "the 15 surveyed high-income countries": "National legislation captured most areas
   * relevant to sexual exploitation and abuse, with the most significant gaps relating to mandatory
   * reporting for internet service providers (ISPs) and national child sex offender registers"; all
   * 15 criminalize online CSEA and knowing possession, 8 of 15 require ISPs to report.
   */
  @Test
  void reproducesFigure4OnItsBase() {
    OptionTally figure4 = ANALYSIS.where(Where.parse("incomeGroup=high")).options("q17");
    assertThat(figure4.answeredCount()).isEqualTo(15);
    assertThat(figure4.count("technology-facilitated-abuse")).isEqualTo(15);
    assertThat(figure4.count("csam-possession")).isEqualTo(15);
    assertThat(figure4.count("isp-reporting-duty")).isEqualTo(8);
    List<Map.Entry<String, Integer>> byCount =
        figure4.counts().entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .collect(Collectors.toList());
    assertThat(byCount.subList(0, 2))
        .extracting(Map.Entry::getKey)
        .containsExactly("isp-reporting-duty", "sex-offender-register");
    assertThat(byCount.get(1).getValue()).isLessThan(byCount.get(2).getValue());
    assertThat(byCount.get(2).getValue())
        .as("captured most areas: all others above half")
        .isGreaterThan(15 / 2);
    assertThat(ANALYSIS.options("q17").answeredCount())
        .as("the UNICEF survey did not ask q17")
        .isEqualTo(ANALYSIS.where(Where.parse("survey=alliance")).options("q17").answeredCount());
  }

  /**
   * The domain overviews, each with the count the report's text cites for it: "(76 per cent, 32 of
   * 42) have one or more national inter-ministerial or multi-stakeholder governance mechanisms (see
   * Figure 3"; "All countries (42 of 42) report having some law enforcement capability (see Figure
   * 5"; "Of the 42 countries, 69 per cent (29) report having this capability in place (see Figure
   * 7" (end-to-end support); "Of the 42 countries surveyed, 90 per cent (38) have a dedicated
   * hotline or reporting portal (see Figure 8"; "(73 per cent, 30 of 41) have procedures to remove
   * or block child sexual abuse material (see Figure 11"; and Figure 12, "Domain 6 overview", whose
   * rows are "Government support to ethical, informed and balanced media reporting" and "Debate,
   * discussion or adoption of universally agreed terminology".
   */
  @Test
  void reproducesTheDomainOverviews() {
    assertThat(overview(1, "Leadership")).isEqualTo("32 of 42");
    assertThat(overview(2, "Law enforcement capability")).isEqualTo("42 of 42");
    assertThat(overview(3, "End-to-end support")).isEqualTo("29 of 42");
    assertThat(overview(4, "Hotline")).isEqualTo("38 of 42");
    assertThat(
            overview(5, "Procedures to enable removal or blocking of child sexual abuse content"))
        .isEqualTo("30 of 41");
    assertThat(ANALYSIS.tally(TallyView.domainOverview(6)).rows())
        .extracting(TallyRow::label)
        .containsExactly(
            "Government support to ethical, informed and balanced media reporting",
            "Debate, discussion or adoption of universally agreed terminology");
    assertThat(ANALYSIS.tally(TallyView.domainOverview(6)).rows())
        .allMatch(row -> row.notPublished().isEmpty());
  }

  /**
   * "Over 60 per cent of the countries (26 out of 42) included in this review received funds (over
   * US$30 million) from the End Violence Fund, through its Safe Online Initiative": an attribute of
   * the example, on jurisdictions mnr4j chose, and the cohort's description says so.
   */
  @Test
  void carriesSafeOnlineFundingAsAnAttribute() {
    Breakdown bySafeOnline =
        ANALYSIS.breakdown(
            TallyView.figure1(), SyntheticCohort.SAFE_ONLINE, DisclosurePolicy.withMinGroupSize(5));
    assertThat(bySafeOnline.groups())
        .extracting(group -> group.value() + " " + group.size())
        .containsExactlyInAnyOrder("yes 26", "no 16");
    assertThat(
            ANALYSIS
                .where(Where.parse("safeOnline=yes"))
                .tally(TallyView.figure1())
                .jurisdictionCount())
        .isEqualTo(26);
    assertThat(SyntheticCohort.load().description())
        .hasValueSatisfying(
            text ->
                assertThat(text).contains("26 of 42", "Safe Online", "jurisdictions mnr4j chose"));
  }

  /**
   * "The survey was issued to countries that agreed to participate in February and March 2021, and
   * 17 responses were received between May and June 2021" (Methodology): the example's Alliance
   * survey responses, dated on days mnr4j chose; the UNICEF study's carry no date.
   */
  @Test
  void datesTheSeventeenAllianceResponsesInMayAndJune2021() {
    List<Response> responses = SyntheticCohort.load().responses();
    assertThat(responses)
        .filteredOn(r -> r.receivedOn().isPresent())
        .hasSize(17)
        .allSatisfy(
            r -> {
              assertThat(r.jurisdiction().attributes()).containsEntry("survey", "alliance");
              assertThat(r.receivedOn().orElseThrow())
                  .isBetween(
                      java.time.LocalDate.of(2021, 5, 1), java.time.LocalDate.of(2021, 6, 30));
            });
    Breakdown byMonth =
        ANALYSIS.breakdown(TallyView.figure1(), "received", DisclosurePolicy.withMinGroupSize(5));
    assertThat(byMonth.groups())
        .extracting(group -> group.value() + " " + group.size())
        .containsExactly("2021-05 10", "2021-06 7", "(none) 25");
  }

  /** A row of a domain overview of the example: "yes of denominator". */
  private static String overview(int domain, String row) {
    TallyRow counted = ANALYSIS.tally(TallyView.domainOverview(domain)).row(row);
    return counted.yesCount() + " of " + counted.denominator();
  }

  /**
   * Every count the example marks published is one the report prints, and the others are marked
   * invented: q6's purposes and "two or more" of 39 ("How have countries used the MNR"), Figure 4's
   * three counts on "the 15 surveyed high-income countries", q10's "27 of 42", q33's "14 of 42",
   * q52's INHOPE codes ("29 of 38", "19 of 29", "The other 10"); Figure 1's rows, but no breakdown
   * of them and none of q17 on the whole review, q28, q44, q55 or q62 (the report's text gives no
   * count of their options).
   */
  @Test
  void marksWhichNumbersTheReportPublished() {
    assertThat(ANALYSIS.options("q6").publishedRowIds())
        .containsExactlyInAnyOrder(
            "good-practice-reference",
            "policy-basis",
            "capability-guide",
            "progress-framework",
            "(two or more)");
    assertThat(ANALYSIS.options("q6").toTable().rows())
        .filteredOn(row -> row.get(0).equals("not-used"))
        .singleElement()
        .satisfies(row -> assertThat(row).last().isEqualTo("no"));
    assertThat(ANALYSIS.where(Where.parse("incomeGroup=high")).options("q17").publishedRowIds())
        .containsExactlyInAnyOrder(
            "technology-facilitated-abuse", "csam-possession", "isp-reporting-duty");
    assertThat(
            ANALYSIS
                .optionBreakdown("q17", "incomeGroup", DisclosurePolicy.withMinGroupSize(1))
                .group("high")
                .options()
                .orElseThrow()
                .publishedRowIds())
        .as("the high-income group of a breakdown is Figure 4's base")
        .hasSize(3);
    assertThat(ANALYSIS.options("q10").publishedRowIds()).containsExactlyInAnyOrder("yes", "no");
    assertThat(ANALYSIS.options("q33").publishedRowIds()).containsExactlyInAnyOrder("yes", "no");
    assertThat(ANALYSIS.options("q52").publishedRowIds()).hasSize(3);
    for (String question : List.of("q17", "q28", "q44", "q55", "q62")) {
      assertThat(ANALYSIS.options(question).publishedRowIds()).as(question).isEmpty();
      assertThat(ANALYSIS.options(question).toTable().rows())
          .as(question)
          .allSatisfy(row -> assertThat(row).last().isEqualTo("no"));
    }
    assertThat(ANALYSIS.tally(TallyView.figure1()).rows())
        .allMatch(row -> row.notPublished().isEmpty());
    assertThat(
            ANALYSIS
                .breakdown(TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(5))
                .groups())
        .flatExtracting(group -> group.tally().map(Tally::rows).orElse(List.of()))
        .isNotEmpty()
        .allMatch(row -> row.notPublished().isPresent());
  }

  /**
   * Hotline: "Over three-quarters of hotlines/portals (76 per cent, 29 of 38) are part of the
   * INHOPE network. In two-thirds of countries (66 per cent, 19 of 29), a national hotline website
   * is operated by a national organization [...] The other 10 countries have reporting portals
   * operated by the UK-based INHOPE Member Internet Watch Foundation (IWF)": one row of 29 of 38
   * (q52's code group inhope), and the shares of it on its base of 29.
   */
  @Test
  void reproducesInhopeMembershipFromCodedAnswers() {
    OptionTally hotlines = ANALYSIS.options("q52");
    assertThat(hotlines.answeredCount()).isEqualTo(38);
    assertThat(hotlines.count("inhope-national-hotline")).isEqualTo(19);
    assertThat(hotlines.count("inhope-iwf-portal")).isEqualTo(10);
    assertThat(hotlines.count("inhope-national-hotline") + hotlines.count("inhope-iwf-portal"))
        .isEqualTo(29);
    assertThat(Math.round(100.0 * 29 / hotlines.answeredCount())).isEqualTo(76);
    assertThat(hotlines.groupCounts()).containsExactly(Map.entry("inhope", 29));
    assertThat(hotlines.toTable().rows())
        .contains(
            List.of("inhope", "29", "38", "76", "yes"),
            List.of("inhope-national-hotline of inhope", "19", "29", "66", "yes"),
            List.of("inhope-iwf-portal of inhope", "10", "29", "34", "yes"),
            List.of("inhope-national-hotline", "19", "38", "50", "no"));
  }

  @Test
  void reproducesTheSubgroupStatements() {
    Breakdown byIncome =
        ANALYSIS.breakdown(
            TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(1));
    Breakdown.Group high = byIncome.groups().get(0);
    assertThat(high.value()).isEqualTo("high");
    // The 12 without an offender management process: all low- and middle-income.
    assertThat(high.tally().orElseThrow().row("Offender management process").noCount()).isZero();
    assertThat(ANALYSIS.tally(TallyView.figure1()).row("Offender management process").noCount())
        .isEqualTo(12);
    // The 17 without offender support systems: all low- and middle-income.
    assertThat(high.tally().orElseThrow().row("Offender support systems").noCount()).isZero();
    assertThat(ANALYSIS.tally(TallyView.figure1()).row("Offender support systems").noCount())
        .isEqualTo(17);
    // 13 without access to image databases, 12 (92 %) low- and middle-income.
    assertThat(high.tally().orElseThrow().row("Access to image database").noCount()).isEqualTo(1);
    assertThat(percent(12, 13)).isEqualTo(92);
    // 10 without a national education programme; 8 without remedies; 13 without end-to-end.
    Tally all = ANALYSIS.tally(TallyView.figure1());
    assertThat(all.row("National education programme").noCount()).isEqualTo(10);
    assertThat(all.row("Remedies and reparations").noCount()).isEqualTo(8);
    assertThat(all.row("End-to-end support").noCount()).isEqualTo(13);
    assertThat(byIncome.groups())
        .extracting(Breakdown.Group::value)
        .containsExactly("high", "upper-middle", "lower-middle", "low");
  }

  @Test
  void theSyntheticResponsesHaveNoValidationErrors() {
    Validator alliance = Validator.of(Instruments.mnrSurvey2021());
    Validator unicef = Validator.of(Instruments.unicefSurvey2021());
    assertThat(COHORT.responses())
        .allSatisfy(
            r ->
                assertThat(
                        (r.instrumentReference().equals(Instruments.unicefSurvey2021().reference())
                                ? unicef
                                : alliance)
                            .validate(r)
                            .errors())
                    .as(r.jurisdiction().id())
                    .isEmpty());
  }

  /**
   * The review's two surveys: "For 17 countries (primarily high-income countries), the data is
   * drawn from responses to a survey issued to government representatives [...]. For 25 countries
   * (low- and middle-income countries), the data is drawn from a survey administered to UNICEF
   * country offices" (Methodology). Each jurisdiction answers the survey its attribute names.
   */
  @Test
  void answersTheReviewsTwoSurveysAsTheReportSays() {
    Map<String, Long> byInstrument =
        COHORT.responses().stream()
            .collect(Collectors.groupingBy(Response::instrumentReference, Collectors.counting()));
    assertThat(byInstrument)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("wpga-mnr-survey@2021", 17L, "end-violence-unicef-survey@2021", 25L));
    assertThat(COHORT.responses())
        .allSatisfy(
            r ->
                assertThat(r.instrumentReference())
                    .as(r.jurisdiction().id())
                    .startsWith(
                        r.jurisdiction().attributes().get("survey").equals("alliance")
                            ? "wpga-mnr-survey"
                            : "end-violence-unicef-survey"));
    assertThat(COHORT.responses())
        .filteredOn(r -> r.instrumentReference().startsWith("end-violence"))
        .allSatisfy(
            r -> assertThat(r.jurisdiction().incomeGroup().orElseThrow().isLowOrMiddle()).isTrue());
  }

  /**
   * "The UNICEF/End Violence survey for low and middle-income countries issued to UNICEF country
   * offices asked whether legislation was in place to address online child sexual exploitation and
   * abuse and whether it was perceived to be comprehensive or partial. In most countries surveyed
   * (88 per cent, 22 of 25), existing laws were viewed as inadequate." (Legislation)
   */
  @Test
  void reproducesTheUnicefSurveysTwentyTwoOfTwentyFiveInadequateLaws() {
    CohortAnalysis unicefFirst =
        CohortAnalysis.of(
            COHORT,
            Instruments.unicefSurvey2021(),
            List.of(
                Migration.of(
                    ReviewSurveys.crosswalk().inverse(),
                    Instruments.mnrSurvey2021(),
                    Instruments.unicefSurvey2021())));
    OptionTally laws = unicefFirst.options("u8");
    assertThat(laws.count("partial")).isEqualTo(22);
    assertThat(laws.answeredCount()).isEqualTo(25);
    assertThat(laws.toTable().rows())
        .filteredOn(row -> row.get(0).equals("partial"))
        .containsExactly(List.of("partial", "22", "25", "88", "yes"));
    assertThat(laws.publishedRowIds()).containsExactly("partial");
    assertThat(laws.notCarriedCount()).isEqualTo(17);
    // and the Alliance's own questions still count all 42 through the crosswalk
    assertThat(ANALYSIS.options("q10").answeredCount()).isEqualTo(42);
    assertThat(ANALYSIS.options("q17").notCarriedCount()).isEqualTo(25);
  }

  /** The crosswalk between the two surveys is a data file that checks clean against both. */
  @Test
  void theCrosswalkBetweenTheSurveysChecksClean() {
    assertThat(
            ReviewSurveys.crosswalk()
                .check(Instruments.unicefSurvey2021(), Instruments.mnrSurvey2021())
                .findings())
        .isEmpty();
    assertThat(
            ReviewSurveys.crosswalk()
                .inverse()
                .check(Instruments.mnrSurvey2021(), Instruments.unicefSurvey2021())
                .findings())
        .isEmpty();
  }
}
