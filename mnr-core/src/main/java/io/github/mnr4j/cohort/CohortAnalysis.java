package io.github.mnr4j.cohort;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cohort assessed against one instrument, ready for tallies. Every response is assessed once;
 * each jurisdiction's capability statuses and chosen options are kept in compact arrays, so that
 * each tally, breakdown or option count is a single pass.
 *
 * <pre>{@code
 * CohortAnalysis analysis = CohortAnalysis.assess(cohort, Instruments.mnrSurvey2021());
 * analysis.tally(TallyView.figure1()).figure().text();
 * analysis.breakdown(TallyView.figure1(), "incomeGroup", 5).table().tsv();
 * analysis.options("q17");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CohortAnalysis {
  private static final byte UNKNOWN = 0;
  private static final byte IN_PLACE = 1;
  private static final byte NOT_IN_PLACE = 2;
  /** The group of jurisdictions without the attribute a breakdown groups by. */
  private static final String NONE = "(none)";
  /** Marks an answered multi-choice question in its bit mask. */
  private static final long ANSWERED = Long.MIN_VALUE;

  private final Cohort cohort;
  private final Instrument instrument;
  private final List<Assessment> assessments;
  private final Map<String, Integer> capabilityIndex = new HashMap<>();
  private final int capabilities;
  /** Statuses, jurisdiction by jurisdiction: {@code statuses[j * capabilities + c]}. */
  private final byte[] statuses;
  /** For each multi-choice question, per jurisdiction: chosen option bits, ANSWERED if answered. */
  private final Map<String, long[]> choices = new LinkedHashMap<>();

  private CohortAnalysis(Cohort cohort, Instrument instrument) {
    this.cohort = cohort;
    this.instrument = instrument;
    Framework framework = instrument.framework();
    for (int c = 0; c < framework.capabilities().size(); c++) {
      capabilityIndex.put(framework.capabilities().get(c).id(), c);
    }
    this.capabilities = framework.capabilities().size();
    Assessor assessor = Assessor.of(instrument);
    int n = cohort.responses().size();
    this.statuses = new byte[n * capabilities];
    List<Question> multi = new ArrayList<>();
    for (Question question : instrument.questions()) {
      if (question.kind() == QuestionKind.MULTI_CHOICE && question.options().size() < 63) {
        multi.add(question);
        choices.put(question.id(), new long[n]);
      }
    }
    List<Assessment> assessed = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      Response response = cohort.responses().get(j);
      if (!response.instrument().equals(instrument.reference())) {
        throw new MnrException("cohort '" + cohort.name() + "': " + response.jurisdiction()
            + " answers '" + response.instrument() + "', not '" + instrument.reference() + "'");
      }
      Assessment assessment = assessor.assess(response);
      assessed.add(assessment);
      List<CapabilityEvidence> evidence = assessment.capabilities();
      for (int c = 0; c < capabilities; c++) {
        CapabilityStatus status = evidence.get(c).status();
        statuses[j * capabilities + c] = status == CapabilityStatus.IN_PLACE ? IN_PLACE
            : status == CapabilityStatus.NOT_IN_PLACE ? NOT_IN_PLACE : UNKNOWN;
      }
      for (Question question : multi) {
        Answer answer = assessment.answers().get(question.id());
        if (answer == null) {
          continue;
        }
        long bits = ANSWERED;
        List<Option> options = question.options();
        for (int o = 0; o < options.size(); o++) {
          if (answer.chose(options.get(o).id())) {
            bits |= 1L << o;
          }
        }
        choices.get(question.id())[j] = bits;
      }
    }
    this.assessments = List.copyOf(assessed);
  }

  /**
   * Assesses every response of a cohort against an instrument.
   *
   * @param cohort the cohort; every response must answer the instrument
   * @param instrument the instrument
   * @return the analysis
   * @throws MnrException naming the jurisdiction if a response answers another instrument
   */
  public static CohortAnalysis assess(Cohort cohort, Instrument instrument) {
    return new CohortAnalysis(cohort, instrument);
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
   * Returns the instrument.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
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
   * Tallies the whole cohort under a view.
   *
   * @param view the view, such as {@link TallyView#figure1()}
   * @return the tally
   * @throws MnrException naming a capability of the view the framework does not have
   */
  public Tally tally(TallyView view) {
    boolean[] all = new boolean[assessments.size()];
    Arrays.fill(all, true);
    return tally(view, all);
  }

  private Tally tally(TallyView view, boolean[] members) {
    ImmutableTally.Builder tally = ImmutableTally.builder().view(view.id())
        .jurisdictions(count(members));
    for (TallyView.Row row : view.rows()) {
      int[] indexes = row.capabilityIds().stream().mapToInt(this::capability).toArray();
      int yes = 0;
      int no = 0;
      int unanswered = 0;
      for (int j = 0; j < members.length; j++) {
        if (!members[j]) {
          continue;
        }
        boolean allIn = true;
        boolean anyOut = false;
        for (int c : indexes) {
          byte status = statuses[j * capabilities + c];
          allIn &= status == IN_PLACE;
          anyOut |= status == NOT_IN_PLACE;
        }
        if (anyOut) {
          no++;
        } else if (allIn) {
          yes++;
        } else {
          unanswered++;
        }
      }
      tally.addRow(TallyRow.of(row.label(), row.capabilityIds(), yes, no, unanswered));
    }
    return tally.build();
  }

  /**
   * Breaks a tally down by an attribute of the jurisdictions: {@code incomeGroup},
   * {@code region}, {@code instrument}, {@code status}, or the name of any further attribute.
   *
   * @param view the view
   * @param attribute the attribute to group by
   * @param minGroupSize the smallest group whose counts are shown (1 shows all)
   * @return the breakdown
   * @throws MnrException if the minimum group size is below 1
   */
  public Breakdown breakdown(TallyView view, String attribute, int minGroupSize) {
    if (minGroupSize < 1) {
      throw new MnrException("the minimum group size is 1 or more, not " + minGroupSize);
    }
    Function<Response, Optional<String>> key = key(attribute);
    Map<String, boolean[]> groups = new LinkedHashMap<>();
    for (int j = 0; j < assessments.size(); j++) {
      String value = key.apply(cohort.responses().get(j)).orElse(NONE);
      groups.computeIfAbsent(value, v -> new boolean[assessments.size()])[j] = true;
    }
    List<String> order = new ArrayList<>(groups.keySet());
    order.sort(Comparator.comparingInt((String v) -> v.equals(NONE) ? 1 : 0)
        .thenComparing(naturalOrder(attribute)));
    ImmutableBreakdown.Builder breakdown = ImmutableBreakdown.builder().attribute(attribute)
        .minGroupSize(minGroupSize);
    for (String value : order) {
      boolean[] members = groups.get(value);
      int size = count(members);
      breakdown.addGroup(size >= minGroupSize
          ? Breakdown.Group.of(value, label(attribute, value), size, tally(view, members))
          : Breakdown.Group.suppressed(value, label(attribute, value), size));
    }
    return breakdown.build();
  }

  private static Function<Response, Optional<String>> key(String attribute) {
    switch (attribute) {
      case "incomeGroup":
        return r -> r.jurisdiction().incomeGroup().map(IncomeGroup::id);
      case "region":
        return r -> r.jurisdiction().region().map(Region::id);
      case "instrument":
        return r -> Optional.of(r.instrument());
      case "status":
        return r -> Optional.of(r.status().id());
      default:
        return r -> Optional.ofNullable(r.jurisdiction().attributes().get(attribute));
    }
  }

  private static Comparator<String> naturalOrder(String attribute) {
    switch (attribute) {
      case "incomeGroup":
        return Comparator.comparingInt(v -> Identified.find(IncomeGroup.class, v)
            .map(Enum::ordinal).orElse(99));
      case "region":
        return Comparator.comparingInt(v -> Identified.find(Region.class, v)
            .map(Enum::ordinal).orElse(99));
      default:
        return Comparator.naturalOrder();
    }
  }

  private static String label(String attribute, String value) {
    switch (attribute) {
      case "incomeGroup":
        return Identified.find(IncomeGroup.class, value).map(IncomeGroup::label).orElse(value);
      case "region":
        return Identified.find(Region.class, value).map(Region::label).orElse(value);
      default:
        return value;
    }
  }

  /**
   * Counts the options chosen on a multi-choice question, among the jurisdictions that
   * answered it.
   *
   * @param questionId a multi-choice question, such as {@code q6}
   * @return the counts
   * @throws MnrException naming the question if it is not a multi-choice question of the
   *     instrument
   */
  public OptionTally options(String questionId) {
    long[] bits = choices.get(questionId);
    if (bits == null) {
      throw new MnrException("'" + questionId + "' is not a multi-choice question of '"
          + instrument.reference() + "'");
    }
    Question question = instrument.question(questionId);
    List<Option> options = question.options();
    long substantive = 0;
    for (int o = 0; o < options.size(); o++) {
      if (!options.get(o).exclusive() && !options.get(o).carriesText()) {
        substantive |= 1L << o;
      }
    }
    int answered = 0;
    int twoOrMore = 0;
    int[] counts = new int[options.size()];
    for (long b : bits) {
      if ((b & ANSWERED) == 0) {
        continue;
      }
      answered++;
      if (Long.bitCount(b & substantive) >= 2) {
        twoOrMore++;
      }
      for (int o = 0; o < counts.length; o++) {
        if ((b & (1L << o)) != 0) {
          counts[o]++;
        }
      }
    }
    ImmutableOptionTally.Builder tally = ImmutableOptionTally.builder().questionId(questionId)
        .answered(answered).twoOrMore(twoOrMore);
    for (int o = 0; o < counts.length; o++) {
      tally.addOption(OptionTally.OptionCount.of(options.get(o).id(), counts[o]));
    }
    return tally.build();
  }

  /**
   * Returns a jurisdiction's status for a capability.
   *
   * @param jurisdictionId the jurisdiction's id
   * @param capabilityId the capability's id
   * @return the status
   * @throws MnrException naming an id the cohort or framework does not have
   */
  public CapabilityStatus status(String jurisdictionId, String capabilityId) {
    return assessment(jurisdictionId).evidence(capabilityId).status();
  }

  /**
   * Returns a jurisdiction's assessment.
   *
   * @param jurisdictionId the jurisdiction's id
   * @return the assessment
   * @throws MnrException naming the id if the cohort has no such jurisdiction
   */
  public Assessment assessment(String jurisdictionId) {
    return findAssessment(jurisdictionId).orElseThrow(() -> Messages.unknown("jurisdiction",
        jurisdictionId, "cohort '" + cohort.name() + "'", assessments.stream()
            .map(a -> a.jurisdiction().id()).collect(Collectors.toUnmodifiableList())));
  }

  /**
   * Looks up a jurisdiction's assessment.
   *
   * @param jurisdictionId the jurisdiction's id
   * @return the assessment, or empty
   */
  public Optional<Assessment> findAssessment(String jurisdictionId) {
    return assessments.stream().filter(a -> a.jurisdiction().id().equals(jurisdictionId))
        .findFirst();
  }

  private int capability(String capabilityId) {
    Integer index = capabilityIndex.get(capabilityId);
    if (index == null) {
      throw new MnrException("unknown capability '" + capabilityId + "' in framework '"
          + instrument.framework().id() + "'");
    }
    return index;
  }

  private static int count(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      count += flag ? 1 : 0;
    }
    return count;
  }

  @Override
  public String toString() {
    return "CohortAnalysis[" + cohort.name() + ", " + assessments.size() + " jurisdictions, "
        + instrument.reference() + "]";
  }
}
