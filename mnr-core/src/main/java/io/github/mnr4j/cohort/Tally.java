package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * A tally of a cohort under a view: one {@link TallyRow} per row of the view, in its order.
 *
 * <pre>{@code
 * Tally figure1 = analysis.tally(TallyView.figure1());
 * figure1.row("Child helpline").yes();   // 40
 * System.out.print(figure1.figure().text());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Tally {
  Tally() {}

  /**
   * Returns the view's id.
   *
   * @return such as {@code figure1}
   */
  public abstract String view();

  /**
   * Returns how many jurisdictions were tallied.
   *
   * @return the cohort's size
   */
  public abstract int jurisdictions();

  /**
   * Returns the rows.
   *
   * @return the rows, in the view's order
   */
  public abstract List<TallyRow> rows();

  /**
   * Returns the filters that chose the jurisdictions tallied: empty for a whole cohort, {@code
   * incomeGroup=high} for Figure 4's base.
   *
   * @return the filters, all of which a jurisdiction met to be counted
   */
  public abstract List<Where> filters();

  /**
   * Tells whether any jurisdiction tallied is {@linkplain
   * io.github.mnr4j.survey.Jurisdiction#isSynthetic() synthetic}: the tally then imitates data, and
   * its table says so.
   *
   * @return true if made-up data were counted
   */
  public abstract boolean synthetic();

  /**
   * Returns the row with a label.
   *
   * @param label the row's label
   * @return the row
   * @throws MnrException naming the label and the known labels if there is no such row
   */
  public TallyRow row(String label) {
    return findRow(label)
        .orElseThrow(
            () ->
                Messages.unknown(
                    "row",
                    label,
                    "view '" + view() + "'",
                    rows().stream().map(TallyRow::label).collect(toUnmodifiableList())));
  }

  /**
   * Looks up the row with a label.
   *
   * @param label the row's label
   * @return the row, or empty
   */
  public Optional<TallyRow> findRow(String label) {
    return rows().stream().filter(r -> r.label().equals(label)).findFirst();
  }

  /**
   * Returns the tally as a table with the columns {@code row, capabilities, yes, no, unanswered,
   * denominator, percent_yes} (capabilities joined by {@code +}), and a column {@code published}
   * (yes or no) when a row is {@linkplain TallyRow#notPublished() not published}. Its notes say
   * which jurisdictions were counted, why a row is not published, and whether the data are
   * synthetic. (What a row's count {@linkplain TallyRow#assumption() assumes} is in the row, and in
   * its JSON.)
   *
   * @return the table
   */
  public TextTable table() {
    boolean marked = rows().stream().anyMatch(row -> row.notPublished().isPresent());
    List<String> header = new ArrayList<>(HEADER);
    if (marked) {
      header.add("published");
    }
    List<List<String>> rows = new ArrayList<>();
    for (TallyRow row : rows()) {
      List<String> cells = new ArrayList<>(cells(row));
      if (marked) {
        cells.add(row.notPublished().isPresent() ? "no" : "yes");
      }
      rows.add(cells);
    }
    return TextTable.of(header, rows).withNotes(notes());
  }

  /** The notes of the tally's tables. */
  private List<String> notes() {
    List<String> notes = rowNotes();
    notes.addAll(Notes.of(filters(), synthetic()));
    return notes;
  }

  /** Why rows are not published. */
  List<String> rowNotes() {
    List<String> notes = new ArrayList<>();
    for (TallyRow row : rows()) {
      row.notPublished()
          .ifPresent(
              reason -> notes.add("'" + row.label() + "' is not" + " published: " + reason + "."));
    }
    return notes;
  }

  /**
   * Returns the tally as the report prints Figure 1: row, yes, of, percent.
   *
   * @return the table
   */
  public TextTable figure() {
    List<List<String>> rows = new ArrayList<>();
    for (TallyRow row : rows()) {
      rows.add(
          List.of(
              row.label(),
              String.valueOf(row.yes()),
              String.valueOf(row.denominator()),
              row.percentYes().isPresent() ? String.valueOf(row.percentYes().getAsInt()) : "-"));
    }
    return TextTable.of(List.of("row", "yes", "of", "% yes"), rows).withNotes(notes());
  }

  /** The columns of {@link #table()}. */
  static final List<String> HEADER =
      List.of("row", "capabilities", "yes", "no", "unanswered", "denominator", "percent_yes");

  static List<String> cells(TallyRow row) {
    return List.of(
        row.label(),
        String.join("+", row.capabilityIds()),
        String.valueOf(row.yes()),
        String.valueOf(row.no()),
        String.valueOf(row.unanswered()),
        String.valueOf(row.denominator()),
        row.percentYes().isPresent() ? String.valueOf(row.percentYes().getAsInt()) : "");
  }

  /**
   * Starts a tally that counts assessments one at a time, in memory that depends on the view alone:
   * the way to tally a stream of any size, or to tally parts in parallel and {@linkplain
   * Accumulator#combine combine} them.
   *
   * <pre>{@code
   * Tally.Accumulator figure1 = Tally.accumulator(TallyView.figure1(), mnr);
   * for (Response response : responses) {
   *   figure1.add(assessor.assess(response));
   * }
   * figure1.result().figure().text();
   * }</pre>
   *
   * @param view the view, such as {@link TallyView#figure1()}
   * @param framework the framework the assessments are of
   * @return an empty accumulator
   * @throws MnrException naming a capability of the view the framework does not have
   */
  public static Accumulator accumulator(TallyView view, Framework framework) {
    return accumulator(view, framework, List.of());
  }

  /**
   * Starts a tally of the part of a stream that filters keep: an assessment is counted if it meets
   * every filter, and the tally records the filters.
   *
   * @param view the view
   * @param framework the framework the assessments are of
   * @param filters the filters, such as {@code List.of(Where.parse("incomeGroup=high"))}
   * @return an empty accumulator
   * @throws MnrException naming a capability of the view the framework does not have
   */
  public static Accumulator accumulator(TallyView view, Framework framework, List<Where> filters) {
    return new Accumulator(view, framework, filters);
  }

  /**
   * Returns a collector that tallies a stream of assessments, sequential or parallel.
   *
   * <pre>{@code
   * Tally tally = assessments.parallelStream()
   *     .collect(Tally.collector(TallyView.figure1(), mnr));
   * }</pre>
   *
   * @param view the view
   * @param framework the framework the assessments are of
   * @return the collector
   * @throws MnrException naming a capability of the view the framework does not have
   */
  public static Collector<Assessment, ?, Tally> collector(TallyView view, Framework framework) {
    accumulator(view, framework);
    return Collector.of(
        () -> accumulator(view, framework),
        Accumulator::add,
        Accumulator::combine,
        Accumulator::result);
  }

  /**
   * Counts a tally one assessment at a time: per row, yes when every capability of the row is in
   * place, no when any is not in place, unanswered otherwise. Counts are exact whatever the order
   * of the assessments and however they are split between accumulators. Not thread-safe: give each
   * thread its own, then combine them.
   */
  public static final class Accumulator {
    private final TallyView view;
    private final Framework framework;

    /** Each row's capabilities, by their index in the framework. */
    private final int[][] rows;

    /** Per row: yes, no, unanswered. */
    private final int[] counts;

    private int jurisdictions;

    private final List<Where> filters;
    private final Predicate<Assessment> keep;
    private boolean synthetic;

    Accumulator(TallyView view, Framework framework, List<Where> filters) {
      this.view = view;
      this.framework = framework;
      this.filters = List.copyOf(filters);
      this.keep = Notes.keeper(this.filters);
      List<Capability> capabilities = framework.capabilities();
      this.rows = new int[view.rows().size()][];
      for (int r = 0; r < rows.length; r++) {
        List<String> ids = view.rows().get(r).capabilityIds();
        rows[r] = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
          String id = ids.get(i);
          Optional<Capability> capability = framework.findCapability(id);
          if (capability.isEmpty()) {
            throw new MnrException(
                "unknown capability '" + id + "' in framework '" + framework.id() + "'");
          }
          rows[r][i] = capabilities.indexOf(capability.get());
        }
      }
      this.counts = new int[rows.length * 3];
    }

    /**
     * Counts an assessment, if it meets the accumulator's filters.
     *
     * @param assessment an assessment of this accumulator's framework
     * @throws MnrException if the assessment is of another framework
     */
    public void add(Assessment assessment) {
      if (assessment.framework() != framework && !assessment.framework().equals(framework)) {
        throw new MnrException(
            "a tally of framework '"
                + framework.id()
                + "' cannot count the"
                + " assessment of "
                + assessment.jurisdiction()
                + ", which is of framework '"
                + assessment.framework().id()
                + "'");
      }
      if (!keep.test(assessment)) {
        return;
      }
      synthetic |= assessment.jurisdiction().isSynthetic();
      List<CapabilityStatus> statuses = assessment.statuses();
      for (int r = 0; r < rows.length; r++) {
        boolean allIn = true;
        boolean anyOut = false;
        for (int c : rows[r]) {
          CapabilityStatus status = statuses.get(c);
          allIn &= status == CapabilityStatus.IN_PLACE;
          anyOut |= status == CapabilityStatus.NOT_IN_PLACE;
        }
        counts[r * 3 + (anyOut ? 1 : allIn ? 0 : 2)]++;
      }
      jurisdictions++;
    }

    /**
     * Counts one jurisdiction from compact statuses: {@code statuses[offset + c]} is the ordinal of
     * capability {@code c}'s status. The caller has applied the filters.
     */
    void add(byte[] statuses, int offset, boolean synthetic) {
      this.synthetic |= synthetic;
      int inPlace = CapabilityStatus.IN_PLACE.ordinal();
      int notInPlace = CapabilityStatus.NOT_IN_PLACE.ordinal();
      for (int r = 0; r < rows.length; r++) {
        boolean allIn = true;
        boolean anyOut = false;
        for (int c : rows[r]) {
          int status = statuses[offset + c];
          allIn &= status == inPlace;
          anyOut |= status == notInPlace;
        }
        counts[r * 3 + (anyOut ? 1 : allIn ? 0 : 2)]++;
      }
      jurisdictions++;
    }

    /**
     * Adds another accumulator's counts to this one's.
     *
     * @param other an accumulator of the same view, framework and filters
     * @return this accumulator
     * @throws MnrException if the other tallies another view or framework, or has other filters
     * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE}
     */
    public Accumulator combine(Accumulator other) {
      if (!view.equals(other.view)
          || !framework.equals(other.framework)
          || !filters.equals(other.filters)) {
        throw new MnrException(
            "cannot combine a tally of view '"
                + other.view.id()
                + "', framework '"
                + other.framework.id()
                + "' and filters "
                + other.filters
                + " with one of view '"
                + view.id()
                + "', framework '"
                + framework.id()
                + "' and filters "
                + filters);
      }
      synthetic |= other.synthetic;
      for (int i = 0; i < counts.length; i++) {
        counts[i] = Math.addExact(counts[i], other.counts[i]);
      }
      jurisdictions = Math.addExact(jurisdictions, other.jurisdictions);
      return this;
    }

    /**
     * Returns how many assessments were counted.
     *
     * @return the count
     */
    public int jurisdictions() {
      return jurisdictions;
    }

    /** Whether a synthetic jurisdiction was counted. */
    boolean synthetic() {
      return synthetic;
    }

    /**
     * Returns the tally of what was counted so far; counting may go on.
     *
     * @return the tally
     */
    public Tally result() {
      ImmutableTally.Builder tally =
          ImmutableTally.builder()
              .view(view.id())
              .jurisdictions(jurisdictions)
              .addAllFilters(filters)
              .synthetic(synthetic);
      for (int r = 0; r < rows.length; r++) {
        tally.addRow(
            TallyRow.of(view.rows().get(r), counts[r * 3], counts[r * 3 + 1], counts[r * 3 + 2]));
      }
      return tally.build();
    }

    @Override
    public String toString() {
      return "Tally.Accumulator[" + view.id() + ", " + jurisdictions + " jurisdictions]";
    }
  }

  @Override
  public String toString() {
    return "Tally["
        + view()
        + ", "
        + jurisdictions()
        + " jurisdictions, "
        + rows().size()
        + " rows]";
  }
}
