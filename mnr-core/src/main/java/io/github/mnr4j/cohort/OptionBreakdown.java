package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Instrument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * The options of a question counted per group of an attribute of the jurisdictions, as {@link
 * Breakdown} does for tallies: q17's legislation checklist by income group, for example. A group in
 * which fewer jurisdictions answered the question than the minimum group size has its counts
 * suppressed, since those counts are what would expose a jurisdiction's answers.
 *
 * <pre>{@code
 * OptionBreakdown byIncome = analysis.optionBreakdown("q17", "incomeGroup",
 *     Breakdown.SAFE_MIN_GROUP_SIZE);
 * byIncome.group("high").options().get().count("isp-reporting-duty");   // 8 of 15
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
   * Returns the fewest answers a group needs to have its counts shown.
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
   * Tells whether any jurisdiction counted, in a suppressed group or not, is synthetic.
   *
   * @return true if made-up data were counted
   */
  public abstract boolean synthetic();

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
                Messages.unknown(
                    "group",
                    value,
                    "the breakdown by " + attribute(),
                    groups().stream().map(OptionGroup::value).collect(toUnmodifiableList())));
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
     * @return the counts, or empty when fewer than the minimum group size answered
     */
    public abstract Optional<OptionTally> options();
  }

  /**
   * Returns the breakdown as a table: the columns {@code group}, {@code size} and {@code
   * suppressed}, then those of {@link OptionTally#table()}. A suppressed group is one line with
   * {@code suppressed} true and nothing else, not even its size.
   *
   * @return the table
   */
  public TextTable table() {
    List<String> header = new ArrayList<>(List.of("group", "size", "suppressed"));
    header.addAll(OptionTally.HEADER);
    List<List<String>> rows = new ArrayList<>();
    for (OptionGroup group : groups()) {
      if (group.options().isPresent()) {
        for (List<String> optionRow : group.options().get().table().rows()) {
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
                + " answers suppressed")
        .withNotes(Notes.of(filters(), synthetic()));
  }

  /**
   * Starts counting the options of a question per group, one assessment at a time, in memory that
   * depends on the number of groups and options alone; accumulators of parts combine.
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question with options or analyst codes
   * @param attribute the attribute to group by, as for {@link Breakdown#accumulator}
   * @param minGroupSize the fewest answers a group needs to be shown (1 shows all)
   * @param filters the filters an assessment must meet to be counted; often empty
   * @return an empty accumulator
   * @throws MnrException if the minimum group size is below 1, or as {@link
   *     OptionTally#accumulator(Instrument, String)} does
   */
  public static Accumulator accumulator(
      Instrument instrument,
      String questionId,
      String attribute,
      int minGroupSize,
      List<Where> filters) {
    return new Accumulator(instrument, questionId, attribute, minGroupSize, filters);
  }

  /**
   * Returns a collector that breaks down the options over a stream of assessments, sequential or
   * parallel.
   *
   * @param instrument the instrument the assessments answer
   * @param questionId a question with options or analyst codes
   * @param attribute the attribute to group by
   * @param minGroupSize the fewest answers a group needs to be shown
   * @return the collector
   * @throws MnrException as {@link #accumulator} does
   */
  public static Collector<Assessment, ?, OptionBreakdown> collector(
      Instrument instrument, String questionId, String attribute, int minGroupSize) {
    accumulator(instrument, questionId, attribute, minGroupSize, List.of());
    return Collector.of(
        () -> accumulator(instrument, questionId, attribute, minGroupSize, List.of()),
        Accumulator::add,
        Accumulator::combine,
        Accumulator::result);
  }

  /**
   * Counts an option breakdown one assessment at a time. Not thread-safe: give each thread its own,
   * then combine them.
   */
  public static final class Accumulator {
    private final Instrument instrument;
    private final String questionId;
    private final String attribute;
    private final int minGroupSize;
    private final List<Where> filters;
    private final Function<Assessment, Optional<String>> key;
    private final Map<String, OptionTally.Accumulator> groups = new HashMap<>();

    Accumulator(
        Instrument instrument,
        String questionId,
        String attribute,
        int minGroupSize,
        List<Where> filters) {
      if (minGroupSize < 1) {
        throw new MnrException("the minimum group size is 1 or more, not " + minGroupSize);
      }
      OptionTally.accumulator(instrument, questionId);
      this.instrument = instrument;
      this.questionId = questionId;
      this.attribute = attribute;
      this.minGroupSize = minGroupSize;
      this.filters = List.copyOf(filters);
      this.key = Breakdown.key(attribute);
    }

    /**
     * Counts an assessment's answer in its group, if it meets the accumulator's filters.
     *
     * @param assessment an assessment of a response to this accumulator's instrument
     * @throws MnrException if the response answers another instrument
     */
    public void add(Assessment assessment) {
      group(key.apply(assessment).orElse(Breakdown.NONE)).add(assessment);
    }

    private OptionTally.Accumulator group(String value) {
      return groups.computeIfAbsent(
          value, v -> OptionTally.accumulator(instrument, questionId, filters));
    }

    /**
     * Adds another accumulator's counts to this one's, group by group.
     *
     * @param other an accumulator of the same instrument, question, attribute, minimum size and
     *     filters
     * @return this accumulator
     * @throws MnrException if the other breaks down something else
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}
     */
    public Accumulator combine(Accumulator other) {
      if (!attribute.equals(other.attribute)
          || minGroupSize != other.minGroupSize
          || !questionId.equals(other.questionId)
          || !filters.equals(other.filters)
          || !instrument.reference().equals(other.instrument.reference())) {
        throw new MnrException(
            "cannot combine the options of '"
                + other.questionId
                + "' by '"
                + other.attribute
                + "' (groups of "
                + other.minGroupSize
                + " or more) with those of '"
                + questionId
                + "' by '"
                + attribute
                + "' (groups of "
                + minGroupSize
                + " or more)");
      }
      other.groups.forEach((value, options) -> group(value).combine(options));
      return this;
    }

    /**
     * Returns the breakdown of what was counted so far, the groups in the attribute's natural
     * order; counting may go on. Jurisdictions the filters left out make no group.
     *
     * @return the breakdown
     */
    public OptionBreakdown result() {
      ImmutableOptionBreakdown.Builder breakdown =
          ImmutableOptionBreakdown.builder()
              .questionId(questionId)
              .attribute(attribute)
              .minGroupSize(minGroupSize)
              .addAllFilters(filters);
      boolean synthetic = false;
      for (String value : Breakdown.inNaturalOrder(attribute, groups.keySet())) {
        OptionTally.Accumulator group = groups.get(value);
        if (group.jurisdictions() == 0) {
          continue;
        }
        OptionTally options = group.result();
        synthetic |= options.synthetic();
        ImmutableOptionGroup.Builder shown =
            ImmutableOptionGroup.builder()
                .value(value)
                .label(Breakdown.label(attribute, value))
                .size(group.jurisdictions());
        if (options.answered() >= minGroupSize) {
          shown.options(options);
        }
        breakdown.addGroup(shown.build());
      }
      return breakdown.synthetic(synthetic).build();
    }

    @Override
    public String toString() {
      return "OptionBreakdown.Accumulator["
          + questionId
          + " by "
          + attribute
          + ", "
          + groups.size()
          + " groups]";
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
