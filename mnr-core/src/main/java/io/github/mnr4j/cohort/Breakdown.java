package io.github.mnr4j.cohort;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * A tally broken down by an attribute of the jurisdictions (income group, region, instrument,
 * status, or any further attribute), groups in the attribute's natural order (income groups from
 * high to low). A group smaller than the minimum group size has its counts suppressed, so that a
 * published breakdown cannot expose a single country.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Breakdown {
  /**
   * The minimum group size to publish with unless there is a reason to show less: the Alliance
   * promises governments that their answers are shown only in aggregate, and a group of five or
   * more keeps one jurisdiction's answers from being read off its group's counts. A smaller minimum
   * exposes smaller groups; 1 shows single jurisdictions.
   */
  public static final int SAFE_MIN_GROUP_SIZE = 5;

  Breakdown() {}

  /**
   * Returns the attribute grouped by.
   *
   * @return such as {@code incomeGroup}
   */
  public abstract String attribute();

  /**
   * Returns the smallest group whose counts are shown.
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
  public abstract List<Group> groups();

  /**
   * Returns the filters that chose the jurisdictions broken down, as {@link Tally#filters()}.
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

  /** One group of a breakdown. */
  @Value.Immutable
  public abstract static class Group {
    Group() {}

    /**
     * Returns the attribute's value for the group, such as {@code upper-middle}.
     *
     * @return the value
     */
    public abstract String value();

    /**
     * Returns the group's label, such as {@code Upper-middle income}.
     *
     * @return the label
     */
    public abstract String label();

    /**
     * Returns how many jurisdictions the group has.
     *
     * @return the size
     */
    public abstract int size();

    /**
     * Returns the group's tally.
     *
     * @return the tally, or empty when the group is below the minimum size
     */
    public abstract Optional<Tally> tally();

    static Group of(String value, String label, int size, Tally tally) {
      return ImmutableGroup.builder().value(value).label(label).size(size).tally(tally).build();
    }

    static Group suppressed(String value, String label, int size) {
      return ImmutableGroup.builder().value(value).label(label).size(size).build();
    }
  }

  /**
   * Returns the breakdown as a table: the columns {@code group}, {@code size} and {@code
   * suppressed}, then those of {@link Tally#table()}. A suppressed group is one line with {@code
   * suppressed} true and nothing else, not even its size. The notes are those of the groups'
   * tallies.
   *
   * @return the table
   */
  public TextTable table() {
    Optional<Tally> shown = groups().stream().flatMap(g -> g.tally().stream()).findFirst();
    List<String> header = new ArrayList<>(List.of("group", "size", "suppressed"));
    header.addAll(shown.map(t -> t.table().header()).orElse(Tally.HEADER));
    List<List<String>> rows = new ArrayList<>();
    for (Group group : groups()) {
      if (group.tally().isPresent()) {
        for (List<String> tallyRow : group.tally().get().table().rows()) {
          List<String> cells = new ArrayList<>();
          cells.add(group.value());
          cells.add(String.valueOf(group.size()));
          cells.add("false");
          cells.addAll(tallyRow);
          rows.add(cells);
        }
      } else {
        List<String> cells = new ArrayList<>(List.of(group.value(), "", "true"));
        while (cells.size() < header.size()) {
          cells.add("");
        }
        rows.add(cells);
      }
    }
    List<String> notes = new ArrayList<>(shown.map(Tally::rowNotes).orElse(List.of()));
    notes.addAll(Notes.of(filters(), synthetic()));
    return TextTable.of(header, rows)
        .withTitle(
            "Breakdown by "
                + attribute()
                + "; groups of fewer than "
                + minGroupSize()
                + " jurisdictions suppressed")
        .withNotes(notes);
  }

  /**
   * Starts a breakdown that counts assessments one at a time, in memory that depends on the number
   * of groups and the view's rows alone; accumulators of parts combine.
   *
   * <pre>{@code
   * Breakdown.Accumulator byIncome =
   *     Breakdown.accumulator(TallyView.figure1(), mnr, "incomeGroup", 5);
   * assessments.forEach(byIncome::add);
   * byIncome.result().table().text();
   * }</pre>
   *
   * @param view the view
   * @param framework the framework the assessments are of
   * @param attribute {@code incomeGroup}, {@code region}, {@code instrument}, {@code status} or the
   *     name of any further attribute of the jurisdictions
   * @param minGroupSize the smallest group whose counts are shown (1 shows all)
   * @return an empty accumulator
   * @throws MnrException if the minimum group size is below 1, or naming a capability of the view
   *     the framework does not have
   */
  public static Accumulator accumulator(
      TallyView view, Framework framework, String attribute, int minGroupSize) {
    return accumulator(view, framework, attribute, minGroupSize, List.of());
  }

  /**
   * Starts a breakdown of the part of a stream that filters keep, as {@link
   * Tally#accumulator(TallyView, Framework, List)} does.
   *
   * @param view the view
   * @param framework the framework the assessments are of
   * @param attribute the attribute to group by
   * @param minGroupSize the smallest group whose counts are shown (1 shows all)
   * @param filters the filters an assessment must meet to be counted
   * @return an empty accumulator
   * @throws MnrException as {@link #accumulator(TallyView, Framework, String, int)} does
   */
  public static Accumulator accumulator(
      TallyView view,
      Framework framework,
      String attribute,
      int minGroupSize,
      List<Where> filters) {
    return new Accumulator(view, framework, attribute, minGroupSize, filters);
  }

  /**
   * Returns a collector that breaks down a stream of assessments, sequential or parallel.
   *
   * @param view the view
   * @param framework the framework the assessments are of
   * @param attribute the attribute to group by, as for {@link #accumulator}
   * @param minGroupSize the smallest group whose counts are shown
   * @return the collector
   * @throws MnrException as {@link #accumulator} does
   */
  public static Collector<Assessment, ?, Breakdown> collector(
      TallyView view, Framework framework, String attribute, int minGroupSize) {
    accumulator(view, framework, attribute, minGroupSize);
    return Collector.of(
        () -> accumulator(view, framework, attribute, minGroupSize),
        Accumulator::add,
        Accumulator::combine,
        Accumulator::result);
  }

  /**
   * Counts a breakdown one assessment at a time: a tally per value of the attribute, the
   * jurisdictions without it in the group {@code (none)}. Not thread-safe: give each thread its
   * own, then combine them.
   */
  public static final class Accumulator {
    private final TallyView view;
    private final Framework framework;
    private final String attribute;
    private final int minGroupSize;
    private final Function<Assessment, Optional<String>> key;
    private final List<Where> filters;
    private final Predicate<Assessment> keep;
    private final Map<String, Tally.Accumulator> groups = new HashMap<>();

    Accumulator(
        TallyView view,
        Framework framework,
        String attribute,
        int minGroupSize,
        List<Where> filters) {
      if (minGroupSize < 1) {
        throw new MnrException("the minimum group size is 1 or more, not " + minGroupSize);
      }
      Tally.accumulator(view, framework);
      this.filters = List.copyOf(filters);
      this.keep = Notes.keeper(this.filters);
      this.view = view;
      this.framework = framework;
      this.attribute = attribute;
      this.minGroupSize = minGroupSize;
      this.key = key(attribute);
    }

    /**
     * Counts an assessment in its group, if it meets the accumulator's filters.
     *
     * @param assessment an assessment of this accumulator's framework
     * @throws MnrException if the assessment is of another framework
     */
    public void add(Assessment assessment) {
      if (keep.test(assessment)) {
        group(key.apply(assessment).orElse(NONE)).add(assessment);
      }
    }

    /** Counts one jurisdiction from compact statuses, as {@link Tally.Accumulator} does. */
    void add(String value, byte[] statuses, int offset, boolean synthetic) {
      group(value).add(statuses, offset, synthetic);
    }

    private Tally.Accumulator group(String value) {
      return groups.computeIfAbsent(value, v -> Tally.accumulator(view, framework, filters));
    }

    /**
     * Adds another accumulator's counts to this one's, group by group.
     *
     * @param other an accumulator of the same view, framework, attribute, minimum size and filters
     * @return this accumulator
     * @throws MnrException if the other breaks down something else
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}
     */
    public Accumulator combine(Accumulator other) {
      if (!attribute.equals(other.attribute)
          || minGroupSize != other.minGroupSize
          || !view.equals(other.view)
          || !framework.equals(other.framework)
          || !filters.equals(other.filters)) {
        throw new MnrException(
            "cannot combine a breakdown by '"
                + other.attribute
                + "' (groups of "
                + other.minGroupSize
                + " or more) with one by '"
                + attribute
                + "' (groups of "
                + minGroupSize
                + " or more)");
      }
      other.groups.forEach((value, tally) -> group(value).combine(tally));
      return this;
    }

    /**
     * Returns the breakdown of what was counted so far, the groups in the attribute's natural order
     * (income groups from high to low, regions in the report's order, other values alphabetically;
     * {@code (none)} last).
     *
     * @return the breakdown
     */
    public Breakdown result() {
      List<String> order = inNaturalOrder(attribute, groups.keySet());
      ImmutableBreakdown.Builder breakdown =
          ImmutableBreakdown.builder()
              .attribute(attribute)
              .minGroupSize(minGroupSize)
              .addAllFilters(filters)
              .synthetic(groups.values().stream().anyMatch(Tally.Accumulator::synthetic));
      for (String value : order) {
        Tally.Accumulator tally = groups.get(value);
        int size = tally.jurisdictions();
        breakdown.addGroup(
            size >= minGroupSize
                ? Group.of(value, label(attribute, value), size, tally.result())
                : Group.suppressed(value, label(attribute, value), size));
      }
      return breakdown.build();
    }

    @Override
    public String toString() {
      return "Breakdown.Accumulator[" + attribute + ", " + groups.size() + " groups]";
    }
  }

  /** The group of jurisdictions without the attribute a breakdown groups by. */
  static final String NONE = "(none)";

  /** The value of an attribute of an assessed jurisdiction. */
  static Function<Assessment, Optional<String>> key(String attribute) {
    switch (attribute) {
      case "incomeGroup":
        return a -> a.jurisdiction().incomeGroup().map(IncomeGroup::id);
      case "region":
        return a -> a.jurisdiction().region().map(Region::id);
      case "instrument":
        return a -> Optional.of(a.instrument());
      case "status":
        return a -> Optional.of(a.responseStatus().id());
      default:
        return a -> Optional.ofNullable(a.jurisdiction().attributes().get(attribute));
    }
  }

  /** An attribute's values in its natural order, {@code (none)} last. */
  static List<String> inNaturalOrder(String attribute, Collection<String> values) {
    List<String> order = new ArrayList<>(values);
    order.sort(
        Comparator.comparingInt((String v) -> v.equals(NONE) ? 1 : 0)
            .thenComparing(naturalOrder(attribute)));
    return order;
  }

  private static Comparator<String> naturalOrder(String attribute) {
    switch (attribute) {
      case "incomeGroup":
        return Comparator.comparingInt(
            v -> Identified.find(IncomeGroup.class, v).map(Enum::ordinal).orElse(99));
      case "region":
        return Comparator.comparingInt(
            v -> Identified.find(Region.class, v).map(Enum::ordinal).orElse(99));
      default:
        return Comparator.naturalOrder();
    }
  }

  static String label(String attribute, String value) {
    switch (attribute) {
      case "incomeGroup":
        return Identified.find(IncomeGroup.class, value).map(IncomeGroup::label).orElse(value);
      case "region":
        return Identified.find(Region.class, value).map(Region::label).orElse(value);
      default:
        return value;
    }
  }

  @Override
  public String toString() {
    return "Breakdown[" + attribute() + ", " + groups().size() + " groups]";
  }
}
