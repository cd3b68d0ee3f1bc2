package io.github.mnr4j.cohort;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cohort held in memory and assessed against one instrument, ready for tallies, breakdowns and
 * comparisons. Every response is assessed once; each tally or breakdown is a pass over the
 * assessments with its {@linkplain io.github.mnr4j.Accumulator accumulator} (a tally's over the
 * capability statuses, which the analysis keeps packed in one array). To tally a cohort too large
 * to hold, use the accumulators ({@link Tally#accumulator}) as it is read.
 *
 * <pre>{@code
 * CohortAnalysis analysis = CohortAnalysis.of(cohort, Instruments.mnrSurvey2021());
 * analysis.tally(TallyView.figure1()).toFigure().toText();
 * analysis.breakdown(TallyView.figure1(), "incomeGroup", DisclosurePolicy.standard()).toTable();
 * analysis.options("q17");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// EnumOrdinal: statuses are packed by their ordinals, one byte a capability.
@SuppressWarnings("EnumOrdinal")
public final class CohortAnalysis {
  private final Cohort cohort;
  private final Instrument instrument;

  /** The crosswalks from the other instruments the cohort's responses answer. */
  private final List<Migration> others;

  private final List<Where> filters;
  private final List<Assessment> assessments;

  /**
   * The assessments of the whole cohort the filters chose from: option counts and breakdowns of a
   * part count them all, through the filters, to learn how many the filters left out.
   */
  private final List<Assessment> whole;

  private final int capabilities;

  /**
   * Statuses, jurisdiction by jurisdiction, by ordinal: {@code statuses[j * capabilities + c]}, so
   * that a tally reads one array rather than an object per jurisdiction.
   */
  private final byte[] statuses;

  /** Whether each jurisdiction is synthetic, in the order of the assessments. */
  private final boolean[] synthetic;

  /** Each jurisdiction's position, for look-ups by id. */
  private final Map<String, Integer> positions = new HashMap<>();

  private CohortAnalysis(
      Cohort cohort,
      Instrument instrument,
      List<Migration> others,
      List<Where> filters,
      List<Assessment> whole) {
    this.cohort = cohort;
    this.instrument = instrument;
    this.others = List.copyOf(others);
    this.filters = List.copyOf(filters);
    Map<String, Assessor> assessors = assessors(instrument, others);
    int n = cohort.responses().size();
    this.capabilities = instrument.framework().capabilities().size();
    this.statuses = new byte[n * capabilities];
    boolean[] syntheticAt = new boolean[n];
    List<Assessment> assessed = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      Response response = cohort.responses().get(j);
      Assessor assessor = assessors.get(response.instrumentReference());
      if (assessor == null) {
        throw new MnrException(
            "cohort '"
                + cohort.name()
                + "': "
                + response.jurisdiction()
                + " answers '"
                + Messages.clip(response.instrumentReference())
                + "', not '"
                + String.join("' or '", assessors.keySet())
                + "'");
      }
      Assessment assessment = assessor.assess(response);
      assessed.add(assessment);
      positions.put(response.jurisdiction().id(), j);
      syntheticAt[j] = response.jurisdiction().isSynthetic();
      List<CapabilityStatus> each = assessment.statuses();
      for (int c = 0; c < capabilities; c++) {
        statuses[j * capabilities + c] = (byte) each.get(c).ordinal();
      }
    }
    this.assessments = List.copyOf(assessed);
    this.whole = filters.isEmpty() ? this.assessments : whole;
    this.synthetic = syntheticAt;
  }

  /**
   * Assesses every response of a cohort against an instrument.
   *
   * @param cohort the cohort; every response must answer the instrument
   * @param instrument the instrument
   * @return the analysis
   * @throws MnrException naming the jurisdiction if a response answers another instrument
   */
  public static CohortAnalysis of(Cohort cohort, Instrument instrument) {
    return of(cohort, instrument, List.of());
  }

  /**
   * Assesses a cohort whose responses answer different instruments of one framework, as the 2022
   * review's did (the Alliance's survey and the UNICEF survey): each response against the
   * instrument it answers. Capabilities are counted through each instrument's evidence for the
   * shared framework (the links of its questions, which {@link Crosswalk#evidence} writes out as a
   * crosswalk); options are counted on {@code instrument}'s questions, and the other instruments'
   * answers through their crosswalks to it ({@link OptionTally#accumulator(Instrument, String,
   * List, Where...)}).
   *
   * <pre>{@code
   * CohortAnalysis both = CohortAnalysis.of(
   *     cohort, alliance, List.of(Migration.of(unicefToAlliance, unicef, alliance)));
   * // all 42
   * both.tally(TallyView.figure1());
   * // q6, and u3 through the crosswalk
   * both.options("q6");
   * }</pre>
   *
   * @param cohort the cohort; every response must answer {@code instrument} or the source of one of
   *     the migrations
   * @param instrument the instrument whose questions option tallies count
   * @param others migrations from the other instruments to {@code instrument}
   * @return the analysis
   * @throws MnrException naming the jurisdiction if a response answers another instrument; naming
   *     the crosswalk if a migration does not lead to {@code instrument}, two lead from one
   *     instrument, or an instrument rests on another framework
   */
  public static CohortAnalysis of(Cohort cohort, Instrument instrument, List<Migration> others) {
    return new CohortAnalysis(cohort, instrument, others, List.of(), List.of());
  }

  /** An assessor for each instrument, by reference; the instruments must share one framework. */
  private static Map<String, Assessor> assessors(Instrument instrument, List<Migration> others) {
    Migration.requireInto(instrument, others);
    Map<String, Assessor> assessors = new LinkedHashMap<>();
    assessors.put(instrument.reference(), Assessor.of(instrument));
    others.forEach(m -> assessors.put(m.from().reference(), Assessor.of(m.from())));
    return assessors;
  }

  /**
   * Returns the cohort.
   *
   * @return the cohort
   */
  public Cohort cohort() {
    return cohort;
  }

  /**
   * Returns the instrument whose questions option tallies count: the only one, or the one the
   * others' crosswalks lead to.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Returns the migrations from the other instruments the cohort's responses answer, through which
   * their answers are counted on {@link #instrument()}'s questions.
   *
   * @return the migrations; empty when every response answers {@link #instrument()}
   */
  public List<Migration> others() {
    return others;
  }

  /**
   * Returns the filters that chose this part of a cohort ({@link #where}); the results of the
   * analysis record them.
   *
   * @return the filters; empty for a whole cohort
   */
  public List<Where> filters() {
    return filters;
  }

  /**
   * Returns each jurisdiction's assessment, in the cohort's order.
   *
   * @return the assessments, an immutable list
   */
  public List<Assessment> assessments() {
    return assessments;
  }

  /**
   * Returns the analysis of the part of the cohort that a filter keeps: the jurisdictions whose
   * attribute has the value, in the cohort's order. The part's cohort is named after the whole and
   * the filter ({@code "Round 2021 where incomeGroup=high"}), and its tallies record the filters.
   * Filters add up: {@code where(a).where(b)} keeps what meets both.
   *
   * @param filter the filter, such as {@code Where.parse("incomeGroup=high")}
   * @return the analysis of the part; empty if no jurisdiction has the value
   */
  public CohortAnalysis where(Where filter) {
    Cohort.Builder part = Cohort.builder().name(cohort.name() + " where " + filter);
    cohort.description().ifPresent(part::description);
    for (int j = 0; j < assessments.size(); j++) {
      if (filter.test(assessments.get(j))) {
        part.addAllResponses(List.of(cohort.responses().get(j)));
      }
    }
    List<Where> all = new ArrayList<>(filters);
    all.add(filter);
    return new CohortAnalysis(part.build(), instrument, others, all, whole);
  }

  /**
   * Tallies the cohort (or the part that the filters keep) under a view. The tally is counts: pass
   * it to {@link DisclosurePolicy#check(Tally)} before showing it.
   *
   * @param view the view, such as {@link TallyView#figure1()}
   * @return the tally, with how many jurisdictions the filters left out
   * @throws MnrException naming a capability of the view the framework does not have
   */
  public Tally tally(TallyView view) {
    Tally.Counts tally = new Tally.Counts(view, instrument.framework(), filters);
    for (int j = 0; j < assessments.size(); j++) {
      tally.addPacked(statuses, j * capabilities, synthetic[j], assessments.get(j).validation());
    }
    tally.leftOut(whole.size() - assessments.size());
    return tally.result();
  }

  /**
   * Breaks a tally down by an attribute of the jurisdictions: {@code incomeGroup}, {@code region},
   * {@code instrument}, {@code status}, {@code received} (the month a response was received), or
   * the name of any further attribute.
   *
   * @param view the view
   * @param attribute the attribute to group by
   * @param policy what may be shown: {@link DisclosurePolicy#standard()} for what is published
   * @return the breakdown, its groups suppressed as the policy says
   * @throws DisclosureException if the filters keep or leave out too few jurisdictions
   */
  public Breakdown breakdown(TallyView view, String attribute, DisclosurePolicy policy) {
    return fold(
        Breakdown.accumulator(view, instrument.framework(), attribute, policy, filterArray()));
  }

  /**
   * Counts the options chosen on a question (or the analyst codes of a coded text question), among
   * the jurisdictions that answered it.
   *
   * @param questionId a question of {@link #instrument()} with options or codes, such as {@code q6}
   *     or {@code q10}
   * @return the counts
   * @throws MnrException naming the question if the instrument has no such question, or it has
   *     neither options nor codes
   */
  public OptionTally options(String questionId) {
    return fold(OptionTally.accumulator(instrument, questionId, others, filterArray()));
  }

  /**
   * Counts the options chosen on a question per group of an attribute of the jurisdictions: q17's
   * legislation checklist by income group, for example.
   *
   * @param questionId a question with options or codes
   * @param attribute the attribute to group by, as for {@link #breakdown}
   * @param policy what may be shown, counted in answers: {@link DisclosurePolicy#standard()} for
   *     what is published
   * @return the breakdown, its groups suppressed as the policy says
   * @throws DisclosureException if the filters keep or leave out too few answers
   * @throws MnrException as {@link #options} does
   */
  public OptionBreakdown optionBreakdown(
      String questionId, String attribute, DisclosurePolicy policy) {
    return fold(
        OptionBreakdown.accumulator(
            instrument, questionId, others, attribute, policy, filterArray()));
  }

  /** Counts the whole cohort through the filters, so that what they leave out is counted too. */
  private <R> R fold(Accumulator<Assessment, R> accumulator) {
    whole.forEach(accumulator::add);
    return accumulator.result();
  }

  private Where[] filterArray() {
    return filters.toArray(new Where[0]);
  }

  /**
   * Returns a jurisdiction's assessment.
   *
   * @param jurisdictionId the jurisdiction's id
   * @return the assessment
   * @throws MnrException naming the id if the cohort has no such jurisdiction
   */
  public Assessment assessment(String jurisdictionId) {
    return findAssessment(jurisdictionId)
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "jurisdiction",
                        jurisdictionId,
                        "cohort '" + cohort.name() + "'",
                        assessments.stream()
                            .map(a -> a.jurisdiction().id())
                            .collect(Collectors.toUnmodifiableList()))));
  }

  /**
   * Looks up a jurisdiction's assessment.
   *
   * @param jurisdictionId the jurisdiction's id
   * @return the assessment, or empty
   */
  public Optional<Assessment> findAssessment(String jurisdictionId) {
    Integer position = positions.get(jurisdictionId);
    return position == null ? Optional.empty() : Optional.of(assessments.get(position));
  }

  @Override
  public String toString() {
    return "CohortAnalysis["
        + cohort.name()
        + ", "
        + assessments.size()
        + " jurisdictions, "
        + instrument.reference()
        + others.stream().map(m -> " and " + m.from().reference()).collect(Collectors.joining())
        + "]";
  }
}
