package io.github.mnr4j.cohort;

import io.github.mnr4j.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tally broken down by an attribute of the jurisdictions (income group, region, instrument,
 * status, or any further attribute), groups in the attribute's natural order (income groups
 * from high to low). A group smaller than the minimum group size has its counts suppressed, so
 * that a published breakdown cannot expose a single country.
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
   * Returns the smallest group whose counts are shown.
   *
   * @return the minimum group size; 1 shows every group
   */
  public abstract int minGroupSize();

  /**
   * Returns the groups, in the attribute's natural order; jurisdictions without the attribute
   * form the last group, {@code (none)}.
   *
   * @return the groups
   */
  public abstract List<Group> groups();

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
   * Returns the breakdown as a table with a leading {@code group} column and the columns of
   * {@link Tally#table()}; a suppressed group shows its rows with empty counts.
   *
   * @return the table
   */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (Group group : groups()) {
      if (group.tally().isPresent()) {
        for (TallyRow row : group.tally().get().rows()) {
          List<String> cells = new ArrayList<>();
          cells.add(group.value());
          cells.addAll(Tally.cells(row));
          rows.add(cells);
        }
      } else {
        rows.add(List.of(group.value(), "(suppressed: " + group.size() + " < "
            + minGroupSize() + ")", "", "", "", "", "", ""));
      }
    }
    List<String> header = new ArrayList<>();
    header.add("group");
    header.addAll(Tally.HEADER);
    return TextTable.of(header, rows);
  }

  @Override
  public String toString() {
    return "Breakdown[" + attribute() + ", " + groups().size() + " groups]";
  }
}
