package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The options of a question counted per group of an attribute of the jurisdictions, as {@link
 * Breakdown} does for tallies: q17's legislation checklist by income group, for example. Groups are
 * suppressed as a {@link DisclosurePolicy} says, counted in answers, since the answers are what
 * would expose a jurisdiction: a group in which fewer answered than the minimum, one whose answers
 * left out by the filters number fewer than the minimum, and, secondarily, groups that would give
 * those away.
 *
 * <pre>{@code
 * // By request: in the example cohort one answer to q17 comes from outside the high-income group.
 * OptionBreakdown byIncome = analysis.optionBreakdown("q17", "incomeGroup",
 *     DisclosurePolicy.withMinGroupSize(1));
 * byIncome.group("high").options().get().count("isp-reporting-duty");   // 8
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class OptionBreakdown {
  OptionBreakdown() {}

  /**
   * Returns the question counted.
   *
   * @return the question id
   */
  public abstract String questionId();

  /**
   * Returns the attribute grouped by.
   *
   * @return such as {@code incomeGroup}
   */
  public abstract String attribute();

  /**
   * Returns the minimum group size, in answers, of the {@link DisclosurePolicy} the breakdown was
   * made under.
   *
   * @return the minimum group size; 1 shows every group
   */
  public abstract int minGroupSize();

  /**
   * Returns the groups, in the attribute's natural order; jurisdictions without the attribute form
   * the last group, {@code (none)}.
   *
   * @return the groups
   */
  public abstract List<OptionGroup> groups();

  /**
   * Returns the filters that chose the jurisdictions counted, as {@link Tally#filters()}.
   *
   * @return the filters; empty for a whole cohort
   */
  public abstract List<Where> filters();

  /**
   * Returns how many of the jurisdictions counted, in a suppressed group or not, are {@linkplain
   * io.github.mnr4j.survey.Jurisdiction#isSynthetic() synthetic}: made up, as the example cohort's
   * are. The table then says how many of how many.
   *
   * @return the count; 0 for real data only
   */
  public abstract int syntheticCount();

  /**
   * Tells whether any jurisdiction counted, in a suppressed group or not, is synthetic.
   *
   * @return true if made-up data were counted
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  /**
   * Returns the responses counted, in a group shown or not, that had validation errors.
   *
   * @return the summary; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

  /**
   * Returns how many of the jurisdictions counted, in all groups, answer another instrument whose
   * crosswalk carries no answer to the question, as {@link OptionTally#notCarriedCount()}: they are
   * in no group's base, and a group of them alone has no answers.
   *
   * @return the count; 0 when every jurisdiction answers the question's instrument
   */
  @Value.Default
  public int notCarriedCount() {
    return 0;
  }

  /**
   * Returns the group with a value of the attribute.
   *
   * @param value such as {@code high}
   * @return the group
   * @throws MnrException naming the value and the values there are if there is no such group
   */
  public OptionGroup group(String value) {
    return groups().stream()
        .filter(g -> g.value().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new MnrException(
                    Messages.unknown(
                        "group",
                        value,
                        "the breakdown by " + attribute(),
                        groups().stream().map(OptionGroup::value).collect(toUnmodifiableList()))));
  }

  /** One group of an option breakdown. */
  @Value.Immutable
  public abstract static class OptionGroup {
    OptionGroup() {}

    /**
     * Returns the attribute's value for the group, such as {@code high}.
     *
     * @return the value
     */
    public abstract String value();

    /**
     * Returns the group's label, such as {@code High income}.
     *
     * @return the label
     */
    public abstract String label();

    /**
     * Returns how many jurisdictions the group has, answering or not.
     *
     * @return the size
     */
    public abstract int size();

    /**
     * Returns the group's counts.
     *
     * @return the counts, or empty when the group is suppressed
     */
    public abstract Optional<OptionTally> options();

    /**
     * Returns why the group is suppressed.
     *
     * @return the reason, or empty when the group is shown
     */
    public abstract Optional<DisclosurePolicy.Suppression> suppression();
  }

  /**
   * Returns the breakdown as a table: the columns {@code group}, {@code size} and {@code
   * suppressed}, then those of {@link OptionTally#toTable()}. A suppressed group is one line with
   * {@code suppressed} true and nothing else, not even its size.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<String> header = new ArrayList<>(List.of("group", "size", "suppressed"));
    header.addAll(OptionTally.HEADER);
    List<List<String>> rows = new ArrayList<>();
    for (OptionGroup group : groups()) {
      if (group.options().isPresent()) {
        for (List<String> optionRow : group.options().get().toTable().rows()) {
          List<String> cells =
              new ArrayList<>(List.of(group.value(), String.valueOf(group.size()), "false"));
          cells.addAll(optionRow);
          rows.add(cells);
        }
      } else {
        List<String> cells = new ArrayList<>(List.of(group.value(), "", "true"));
        OptionTally.HEADER.forEach(column -> cells.add(""));
        rows.add(cells);
      }
    }
    return TextTable.of(header, rows)
        .withTitle(
            questionId()
                + " by "
                + attribute()
                + "; groups with fewer than "
                + minGroupSize()
                + " answers, and those that would give them away, suppressed")
        .withNotes(notes());
  }

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add(
        OptionTally.publishedNote(
            groups().stream()
                .anyMatch(g -> g.options().filter(o -> !o.publishedRowIds().isEmpty()).isPresent()),
            isSynthetic()));
    notes.addAll(
        Notes.suppression(
            minGroupSize(), groups().stream().flatMap(g -> g.suppression().stream()).toList()));
    notes.addAll(
        Notes.of(
            filters(),
            syntheticCount(),
            groups().stream().mapToInt(OptionGroup::size).sum(),
            invalidResponses()));
    if (notCarriedCount() > 0) {
      notes.add(
          OptionTally.notCarriedNote(
              notCarriedCount(),
              groups().stream().mapToInt(OptionGroup::size).sum(),
              questionId()));
    }
    return notes;
  }

  /**
   * Starts a breakdown of a question's options by an attribute, counting assessments one at a time;
   * with filters, an assessment is counted if it meets every filter.
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question with options, or a text question with analyst codes
   * @param attribute what to group by, as {@link Breakdown#accumulator} takes it
   * @param policy what may be shown, counted in answers; its result throws {@link
   *     DisclosureException} if the filters keep or leave out too few answers
   * @param filters the filters; none for all
   * @return an empty accumulator
   * @throws MnrException if the question cannot be counted
   */
  public static Accumulator<Assessment, OptionBreakdown> accumulator(
      Instrument instrument,
      String questionId,
      String attribute,
      DisclosurePolicy policy,
      Where... filters) {
    return accumulator(instrument, questionId, List.of(), attribute, policy, filters);
  }

  /**
   * Starts a breakdown of a question's options by an attribute, as {@link #accumulator(Instrument,
   * String, String, DisclosurePolicy, Where...)} does, that also counts assessments of other
   * instruments through their crosswalks to this one, as {@link OptionTally#accumulator(Instrument,
   * String, List, Where...)} does.
   *
   * @param instrument the instrument whose question is counted
   * @param questionId a question with options, or a text question with analyst codes
   * @param others migrations from the other instruments the assessments may answer, each to {@code
   *     instrument}
   * @param attribute what to group by, as {@link Breakdown#accumulator} takes it
   * @param policy what may be shown, counted in answers
   * @param filters the filters; none for all
   * @return an empty accumulator
   * @throws MnrException if the question cannot be counted, or a migration does not lead to the
   *     instrument
   */
  public static Accumulator<Assessment, OptionBreakdown> accumulator(
      Instrument instrument,
      String questionId,
      List<Migration> others,
      String attribute,
      DisclosurePolicy policy,
      Where... filters) {
    return new Groups(instrument, questionId, others, attribute, policy, List.of(filters));
  }

  /** The option tallies of a breakdown's groups, filled one assessment at a time. */
  private static final class Groups implements Accumulator<Assessment, OptionBreakdown> {
    private final Instrument instrument;
    private final String questionId;
    private final List<Migration> others;
    private final String attribute;
    private final DisclosurePolicy policy;
    private final List<Where> filters;
    private final Function<Assessment, Optional<String>> key;
    private final Map<String, OptionTally.Counts> groups = new HashMap<>();

    Groups(
        Instrument instrument,
        String questionId,
        List<Migration> others,
        String attribute,
        DisclosurePolicy policy,
        List<Where> filters) {
      // refuses a question it cannot count, and migrations that do not lead to the instrument
      OptionTally.accumulator(instrument, questionId, others);
      this.instrument = instrument;
      this.questionId = questionId;
      this.others = List.copyOf(others);
      this.attribute = attribute;
      this.policy = Objects.requireNonNull(policy, "policy");
      this.filters = List.copyOf(filters);
      this.key = Breakdown.key(attribute);
    }

    @Override
    public void add(Assessment assessment) {
      group(key.apply(assessment).orElse(Breakdown.NONE)).add(assessment);
    }

    private OptionTally.Counts group(String value) {
      return groups.computeIfAbsent(
          value,
          v -> new OptionTally.Counts(instrument, questionId, others, filters, group(filters, v)));
    }

    /** A group's base: the filters and the group's own value (the report publishes a few). */
    private List<Where> group(List<Where> filters, String value) {
      List<Where> base = new ArrayList<>(filters);
      base.add(new Where(attribute, value));
      return base;
    }

    @Override
    public Accumulator<Assessment, OptionBreakdown> combine(
        Accumulator<Assessment, OptionBreakdown> accumulator) {
      if (!(accumulator instanceof Groups other)
          || !attribute.equals(other.attribute)
          || !policy.equals(other.policy)
          || !questionId.equals(other.questionId)
          || !filters.equals(other.filters)
          || !instrument.reference().equals(other.instrument.reference())) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      other.groups.forEach((value, options) -> group(value).combine(options));
      return this;
    }

    @Override
    public OptionBreakdown result() {
      Map<String, int[]> sizes = new LinkedHashMap<>();
      int answered = 0;
      int leftOut = 0;
      List<String> order = Breakdown.inNaturalOrder(attribute, groups.keySet());
      for (String value : order) {
        OptionTally.Counts group = Objects.requireNonNull(groups.get(value));
        leftOut += group.leftOutAnsweredCount();
        if (group.jurisdictionCount() > 0) {
          OptionTally options = group.result();
          answered += options.answeredCount();
          sizes.put(value, new int[] {options.answeredCount(), group.leftOutAnsweredCount()});
        }
      }
      if (!filters.isEmpty()) {
        policy.checkQuerySet(filters, answered, leftOut, "answers", " to " + questionId);
      }
      Map<String, DisclosurePolicy.Suppression> suppressed = policy.suppress(sizes);
      ImmutableOptionBreakdown.Builder breakdown =
          ImmutableOptionBreakdown.builder()
              .questionId(questionId)
              .attribute(attribute)
              .minGroupSize(policy.minGroupSize())
              .addAllFilters(filters);
      int synthetic = 0;
      int notCarried = 0;
      Accumulator<ValidationReport, InvalidResponses> invalid = InvalidResponses.accumulator();
      for (String value : order) {
        OptionTally.Counts group = Objects.requireNonNull(groups.get(value));
        invalid.combine(group.invalid());
        if (group.jurisdictionCount() == 0) {
          continue;
        }
        OptionTally options = group.result();
        synthetic += options.syntheticCount();
        notCarried += options.notCarriedCount();
        ImmutableOptionGroup.Builder shown =
            ImmutableOptionGroup.builder()
                .value(value)
                .label(Breakdown.label(attribute, value))
                .size(group.jurisdictionCount());
        DisclosurePolicy.Suppression suppression = suppressed.get(value);
        if (suppression == null) {
          shown.options(options);
        } else {
          shown.suppression(suppression);
        }
        breakdown.addGroup(shown.build());
      }
      return breakdown
          .syntheticCount(synthetic)
          .notCarriedCount(notCarried)
          .invalidResponses(invalid.result())
          .build();
    }

    @Override
    public String toString() {
      return "a breakdown of the options of "
          + questionId
          + " by "
          + attribute
          + " (groups of "
          + policy.minGroupSize()
          + " or more)"
          + (filters.isEmpty() ? "" : " where " + filters);
    }
  }

  @Override
  public String toString() {
    return "OptionBreakdown["
        + questionId()
        + " by "
        + attribute()
        + ", "
        + groups().size()
        + " groups]";
  }
}
