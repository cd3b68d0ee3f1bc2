package io.github.mnr4j.cohort;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.ValidationReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A tally broken down by an attribute of the jurisdictions (income group, region, instrument,
 * status, or any further attribute), groups in the attribute's natural order (income groups from
 * high to low). Groups are suppressed as a {@link DisclosurePolicy} says: too small, differing from
 * their unfiltered group by too few, or suppressed as well so that the others cannot be recovered
 * from the total. A suppressed group shows neither counts nor size.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Breakdown {
  Breakdown() {}

  /**
   * Returns the attribute grouped by.
   *
   * @return such as {@code incomeGroup}
   */
  public abstract String attribute();

  /**
   * Returns the minimum group size of the {@link DisclosurePolicy} the breakdown was made under.
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
   * Returns the responses counted, in a suppressed group or not, that had validation errors.
   *
   * @return the summary; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

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
     * @return the tally, or empty when the group is suppressed
     */
    public abstract Optional<Tally> tally();

    /**
     * Returns why the group is suppressed.
     *
     * @return the reason, or empty when the group is shown
     */
    public abstract Optional<DisclosurePolicy.Suppression> suppression();

    static Group of(String value, String label, int size, Tally tally) {
      return ImmutableGroup.builder().value(value).label(label).size(size).tally(tally).build();
    }

    static Group suppressed(
        String value, String label, int size, DisclosurePolicy.Suppression suppression) {
      return ImmutableGroup.builder()
          .value(value)
          .label(label)
          .size(size)
          .suppression(suppression)
          .build();
    }
  }

  /**
   * Returns the breakdown as a table: the columns {@code group}, {@code size} and {@code
   * suppressed}, then those of {@link Tally#toTable()}. A suppressed group is one line with {@code
   * suppressed} true and nothing else, not even its size. The notes are those of the groups'
   * tallies.
   *
   * @return the table
   */
  public TextTable toTable() {
    Optional<Tally> shown = groups().stream().flatMap(g -> g.tally().stream()).findFirst();
    List<String> header = new ArrayList<>(List.of("group", "size", "suppressed"));
    header.addAll(shown.map(t -> t.toTable().header()).orElse(Tally.HEADER));
    List<List<String>> rows = new ArrayList<>();
    for (Group group : groups()) {
      if (group.tally().isPresent()) {
        for (List<String> tallyRow : group.tally().get().toTable().rows()) {
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
    notes.addAll(
        Notes.suppression(
            minGroupSize(), groups().stream().flatMap(g -> g.suppression().stream()).toList()));
    notes.addAll(
        Notes.of(
            filters(),
            syntheticCount(),
            groups().stream().mapToInt(Group::size).sum(),
            invalidResponses()));
    return TextTable.of(header, rows)
        .withTitle(
            "Breakdown by "
                + attribute()
                + "; groups of fewer than "
                + minGroupSize()
                + " jurisdictions, and those that would give them away, suppressed")
        .withNotes(notes);
  }

  /**
   * Starts a breakdown that counts assessments one at a time, in memory that depends on the view
   * and the number of groups alone; with filters, an assessment is counted if it meets every
   * filter.
   *
   * <pre>{@code
   * Accumulator<Assessment, Breakdown> byIncome =
   *     Breakdown.accumulator(TallyView.figure1(), mnr, "incomeGroup", DisclosurePolicy.standard());
   * assessments.forEach(byIncome::add);
   * byIncome.result().toTable();
   * }</pre>
   *
   * @param view the view of each group's tally
   * @param framework the framework the assessments are of
   * @param attribute what to group by: {@code incomeGroup}, {@code region}, {@code instrument},
   *     {@code status} (of the response), {@code received} (the month the response was received,
   *     {@code 2021-05}), or an attribute of the jurisdictions
   * @param policy what may be shown; its result throws {@link DisclosureException} if the filters
   *     keep or leave out too few jurisdictions
   * @param filters the filters; none for all
   * @return an empty accumulator
   * @throws MnrException if the view names a capability the framework does not have
   */
  public static Accumulator<Assessment, Breakdown> accumulator(
      TallyView view,
      Framework framework,
      String attribute,
      DisclosurePolicy policy,
      Where... filters) {
    return new Groups(view, framework, attribute, policy, List.of(filters));
  }

  /** The tallies of a breakdown's groups, filled one assessment at a time. */
  private static final class Groups implements Accumulator<Assessment, Breakdown> {
    private final TallyView view;
    private final Framework framework;
    private final String attribute;
    private final DisclosurePolicy policy;
    private final Function<Assessment, Optional<String>> key;
    private final List<Where> filters;

    /** Each group's tally, which also counts the group's jurisdictions the filters leave out. */
    private final Map<String, Tally.Counts> groups = new HashMap<>();

    Groups(
        TallyView view,
        Framework framework,
        String attribute,
        DisclosurePolicy policy,
        List<Where> filters) {
      Tally.accumulator(view, framework); // refuses a view the framework cannot give
      this.filters = List.copyOf(filters);
      this.view = view;
      this.framework = framework;
      this.attribute = attribute;
      this.policy = Objects.requireNonNull(policy, "policy");
      this.key = key(attribute);
    }

    @Override
    public void add(Assessment assessment) {
      group(key.apply(assessment).orElse(NONE)).add(assessment);
    }

    private Tally.Counts group(String value) {
      return groups.computeIfAbsent(
          value,
          v ->
              new Tally.Counts(
                  view, framework, filters, Optional.of(Published.grouped(attribute))));
    }

    @Override
    public Accumulator<Assessment, Breakdown> combine(
        Accumulator<Assessment, Breakdown> accumulator) {
      if (!(accumulator instanceof Groups other)
          || !attribute.equals(other.attribute)
          || !policy.equals(other.policy)
          || !view.equals(other.view)
          || !framework.equals(other.framework)
          || !filters.equals(other.filters)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      other.groups.forEach((value, tally) -> group(value).combine(tally));
      return this;
    }

    @Override
    public Breakdown result() {
      Map<String, int[]> sizes = new LinkedHashMap<>();
      int kept = 0;
      int leftOut = 0;
      for (String value : inNaturalOrder(attribute, groups.keySet())) {
        Tally.Counts tally = Objects.requireNonNull(groups.get(value));
        kept += tally.jurisdictionCount();
        leftOut += tally.leftOutCount();
        if (tally.jurisdictionCount() > 0) {
          sizes.put(value, new int[] {tally.jurisdictionCount(), tally.leftOutCount()});
        }
      }
      if (!filters.isEmpty()) {
        policy.checkQuerySet(filters, kept, leftOut, "jurisdictions", "");
      }
      Map<String, DisclosurePolicy.Suppression> suppressed = policy.suppress(sizes);
      Accumulator<ValidationReport, InvalidResponses> invalid = InvalidResponses.accumulator();
      groups.values().forEach(tally -> invalid.combine(tally.invalid()));
      ImmutableBreakdown.Builder breakdown =
          ImmutableBreakdown.builder()
              .attribute(attribute)
              .minGroupSize(policy.minGroupSize())
              .addAllFilters(filters)
              .syntheticCount(groups.values().stream().mapToInt(Tally.Counts::syntheticCount).sum())
              .invalidResponses(invalid.result());
      for (String value : sizes.keySet()) {
        Tally.Counts tally = Objects.requireNonNull(groups.get(value));
        int size = tally.jurisdictionCount();
        DisclosurePolicy.Suppression suppression = suppressed.get(value);
        breakdown.addGroup(
            suppression == null
                ? Group.of(value, label(attribute, value), size, tally.result())
                : Group.suppressed(value, label(attribute, value), size, suppression));
      }
      return breakdown.build();
    }

    @Override
    public String toString() {
      return "a breakdown of view '"
          + view.id()
          + "' by "
          + attribute
          + " (groups of "
          + policy.minGroupSize()
          + " or more)"
          + (filters.isEmpty() ? "" : " where " + filters);
    }
  }

  /** The group of jurisdictions without the attribute a breakdown groups by. */
  static final String NONE = Jurisdiction.NO_ATTRIBUTE_VALUE;

  /** The value of an attribute of an assessed jurisdiction. */
  static Function<Assessment, Optional<String>> key(String attribute) {
    return switch (attribute) {
      case "incomeGroup" -> a -> a.jurisdiction().incomeGroup().map(IncomeGroup::id);
      case "region" -> a -> a.jurisdiction().region().map(Region::id);
      case "instrument" -> a -> Optional.of(a.instrumentReference());
      case "status" -> a -> Optional.of(a.responseStatus().id());
      case "received" -> a -> a.responseReceivedOn().map(day -> YearMonth.from(day).toString());
      default -> a -> Optional.ofNullable(a.jurisdiction().attributes().get(attribute));
    };
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
    return switch (attribute) {
      case "incomeGroup" ->
          Comparator.comparingInt(
              v -> Identified.find(IncomeGroup.class, v).map(Enum::ordinal).orElse(99));
      case "region" ->
          Comparator.comparingInt(
              v -> Identified.find(Region.class, v).map(Enum::ordinal).orElse(99));
      default -> Comparator.naturalOrder();
    };
  }

  static String label(String attribute, String value) {
    return switch (attribute) {
      case "incomeGroup" ->
          Identified.find(IncomeGroup.class, value).map(IncomeGroup::label).orElse(value);
      case "region" -> Identified.find(Region.class, value).map(Region::label).orElse(value);
      default -> value;
    };
  }

  @Override
  public String toString() {
    return "Breakdown[" + attribute() + ", " + groups().size() + " groups]";
  }
}
