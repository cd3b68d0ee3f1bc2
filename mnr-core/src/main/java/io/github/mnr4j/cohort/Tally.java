package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A tally of a cohort under a view: one {@link TallyRow} per row of the view, in its order.
 *
 * <pre>{@code
 * Tally figure1 = analysis.tally(TallyView.figure1());
 * figure1.row("Child helpline").yesCount();   // 40
 * System.out.print(figure1.toFigure().toText());
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
  public abstract int jurisdictionCount();

  /**
   * Returns how many jurisdictions the filters left out: with the whole cohort's tally, they are
   * what a {@link DisclosurePolicy} needs to know whether the filtered counts may be shown.
   *
   * @return the count; 0 without filters
   */
  @Value.Default
  public int leftOutCount() {
    return 0;
  }

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
   * Returns how many of the jurisdictions counted are {@linkplain
   * io.github.mnr4j.survey.Jurisdiction#isSynthetic() synthetic}: made up, as the example cohort's
   * are. The table then says how many of how many.
   *
   * @return the count; 0 for real data only
   */
  public abstract int syntheticCount();

  /**
   * Tells whether any jurisdiction counted is synthetic.
   *
   * @return true if made-up data were counted
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  /**
   * Returns the responses tallied that had validation errors: they are counted as far as their
   * answers go, and the tally's table says so.
   *
   * @return the summary; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

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
                new MnrException(
                    Messages.unknown(
                        "row",
                        label,
                        "view '" + view() + "'",
                        rows().stream().map(TallyRow::label).collect(toUnmodifiableList()))));
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
   * denominator, percent_yes, published} (capabilities joined by {@code +}; published yes or no,
   * {@linkplain TallyRow#notPublished() whether the report publishes the row}). Its notes say which
   * jurisdictions were counted, why rows are not published, and whether the data are synthetic.
   * (What a row's count {@linkplain TallyRow#assumption() assumes} is in the row, and in its JSON.)
   *
   * @return the table
   */
  public TextTable toTable() {
    List<List<String>> rows = new ArrayList<>();
    for (TallyRow row : rows()) {
      List<String> cells = new ArrayList<>(cells(row));
      cells.add(row.notPublished().isPresent() ? "no" : "yes");
      rows.add(cells);
    }
    return TextTable.of(HEADER, rows).withNotes(notes());
  }

  /** The notes of the tally's tables. */
  private List<String> notes() {
    List<String> notes = rowNotes();
    notes.addAll(Notes.of(filters(), syntheticCount(), jurisdictionCount(), invalidResponses()));
    return notes;
  }

  /** What the published column says, and why rows are not published, one note a reason. */
  List<String> rowNotes() {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (TallyRow row : rows()) {
      row.notPublished()
          .ifPresent(
              reason -> labels.computeIfAbsent(reason, r -> new ArrayList<>()).add(row.label()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "published: whether Framing the future (2022) publishes the row"
            + (isSynthetic()
                ? "; the synthetic example reproduces the published rows, and the others are"
                    + " invented."
                : ", for comparison."));
    labels.forEach(
        (reason, rows) ->
            notes.add(
                (rows.size() == rows().size()
                        ? "No row is published"
                        : rows.stream().map(label -> "'" + label + "'").collect(joining(", "))
                            + (rows.size() == 1 ? " is not published" : " are not published"))
                    + ": "
                    + reason
                    + "."));
    return notes;
  }

  /**
   * Returns the tally as the report prints Figure 1: row, yes, of, percent, and whether the report
   * publishes the row.
   *
   * @return the table
   */
  public TextTable toFigure() {
    List<List<String>> rows = new ArrayList<>();
    for (TallyRow row : rows()) {
      rows.add(
          List.of(
              row.label(),
              String.valueOf(row.yesCount()),
              String.valueOf(row.denominator()),
              row.percentYes().isPresent() ? String.valueOf(row.percentYes().getAsInt()) : "-",
              row.notPublished().isPresent() ? "no" : "yes"));
    }
    return TextTable.of(List.of("row", "yes", "of", "% yes", "published"), rows).withNotes(notes());
  }

  /** The columns of {@link #toTable()}. */
  static final List<String> HEADER =
      List.of(
          "row",
          "capabilities",
          "yes",
          "no",
          "unanswered",
          "denominator",
          "percent_yes",
          "published");

  static List<String> cells(TallyRow row) {
    return List.of(
        row.label(),
        String.join("+", row.capabilityIds()),
        String.valueOf(row.yesCount()),
        String.valueOf(row.noCount()),
        String.valueOf(row.unansweredCount()),
        String.valueOf(row.denominator()),
        row.percentYes().isPresent() ? String.valueOf(row.percentYes().getAsInt()) : "");
  }

  /**
   * Starts a tally that counts assessments one at a time, in memory that depends on the view alone:
   * the way to tally a stream of any size, or to tally parts in parallel and combine them. With
   * filters, an assessment is counted if it meets every filter, and the tally records the filters.
   *
   * <pre>{@code
   * Accumulator<Assessment, Tally> figure1 = Tally.accumulator(TallyView.figure1(), mnr);
   * for (Response each : responses) {
   *   figure1.add(assessor.assess(each));
   * }
   * figure1.result().toFigure().toText();
   * }</pre>
   *
   * <p>{@code add} refuses an assessment of another framework.
   *
   * @param view the view, such as {@link TallyView#figure1()}
   * @param framework the framework the assessments are of
   * @param filters the filters, such as {@code Where.parse("incomeGroup=high")}; none for all
   * @return an empty accumulator
   * @throws MnrException naming a capability of the view the framework does not have
   */
  public static Accumulator<Assessment, Tally> accumulator(
      TallyView view, Framework framework, Where... filters) {
    return new Counts(view, framework, List.of(filters));
  }

  /** The counts of a tally: yes, no and unanswered per row, filled one assessment at a time. */
  // EnumOrdinal: statuses are packed by their ordinals, one byte a capability.
  @SuppressWarnings("EnumOrdinal")
  static final class Counts implements Accumulator<Assessment, Tally> {
    private final TallyView view;
    private final Framework framework;

    /** For each row of the view, the positions of its capabilities in the framework. */
    private final int[][] rows;

    /** Per row, the counts of yes, no and unanswered: {@code counts[3 * row + k]}. */
    private final int[] counts;

    /** The statuses of the assessment being added, packed as {@link #addPacked} takes them. */
    private final byte[] packed;

    private final Accumulator<ValidationReport, InvalidResponses> invalid =
        InvalidResponses.accumulator();

    private int jurisdictionCount;

    /** The jurisdictions the filters left out. */
    private int leftOut;

    private final List<Where> filters;
    private final Predicate<Assessment> keep;
    private int synthetic;

    /** Why none of the rows is published, for a breakdown's group; else decided at the end. */
    private final Optional<String> groupNotPublished;

    Counts(TallyView view, Framework framework, List<Where> filters) {
      this(view, framework, filters, Optional.empty());
    }

    Counts(
        TallyView view,
        Framework framework,
        List<Where> filters,
        Optional<String> groupNotPublished) {
      this.groupNotPublished = groupNotPublished;
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
          Capability capability = framework.capability(ids.get(i));
          rows[r][i] = capabilities.indexOf(capability);
        }
      }
      this.counts = new int[rows.length * 3];
      this.packed = new byte[capabilities.size()];
    }

    @Override
    public void add(Assessment assessment) {
      if (!assessment.framework().equals(framework)) {
        throw new MnrException(
            "a tally of framework '"
                + framework.id()
                + "' cannot count the assessment of "
                + assessment.jurisdiction()
                + ", which is of framework '"
                + assessment.framework().id()
                + "'");
      }
      if (!keep.test(assessment)) {
        leftOut++;
        return;
      }
      synthetic += assessment.jurisdiction().isSynthetic() ? 1 : 0;
      invalid.add(assessment.validation());
      List<CapabilityStatus> statuses = assessment.statuses();
      for (int c = 0; c < packed.length; c++) {
        packed[c] = (byte) statuses.get(c).ordinal();
      }
      count(packed, 0);
    }

    /**
     * Counts a jurisdiction whose statuses are packed as {@link CohortAnalysis} keeps them, one
     * byte a capability: a tally of a cohort held in memory then reads one array rather than an
     * object per jurisdiction (a fifth of the time).
     */
    void addPacked(byte[] statuses, int offset, boolean synthetic, ValidationReport validation) {
      this.synthetic += synthetic ? 1 : 0;
      invalid.add(validation);
      count(statuses, offset);
    }

    private void count(byte[] statuses, int offset) {
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
      jurisdictionCount++;
    }

    @Override
    public Accumulator<Assessment, Tally> combine(Accumulator<Assessment, Tally> accumulator) {
      if (!(accumulator instanceof Counts other)
          || !view.equals(other.view)
          || !framework.equals(other.framework)
          || !filters.equals(other.filters)) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      for (int i = 0; i < counts.length; i++) {
        counts[i] = Math.addExact(counts[i], other.counts[i]);
      }
      jurisdictionCount = Math.addExact(jurisdictionCount, other.jurisdictionCount);
      leftOut = Math.addExact(leftOut, other.leftOut);
      synthetic = Math.addExact(synthetic, other.synthetic);
      invalid.combine(other.invalid);
      return this;
    }

    /** The invalid responses counted, to combine into a breakdown's. */
    Accumulator<ValidationReport, InvalidResponses> invalid() {
      return invalid;
    }

    /** How many jurisdictions were counted. */
    int jurisdictionCount() {
      return jurisdictionCount;
    }

    /** How many jurisdictions the filters left out. */
    int leftOutCount() {
      return leftOut;
    }

    /**
     * Records jurisdictions the filters left out before they reached this accumulator, as {@link
     * CohortAnalysis#where} leaves them.
     */
    void leftOut(int count) {
      leftOut = Math.addExact(leftOut, count);
    }

    /** How many synthetic jurisdictions were counted. */
    int syntheticCount() {
      return synthetic;
    }

    @Override
    public Tally result() {
      ImmutableTally.Builder tally =
          ImmutableTally.builder()
              .view(view.id())
              .jurisdictionCount(jurisdictionCount)
              .leftOutCount(leftOut)
              .addAllFilters(filters)
              .syntheticCount(synthetic)
              .invalidResponses(invalid.result());
      Optional<String> notPublished =
          groupNotPublished.or(() -> Published.whyNotPublished(view, framework, filters));
      for (int r = 0; r < rows.length; r++) {
        TallyView.Row row = view.rows().get(r);
        if (notPublished.isPresent() && row.notPublished().isEmpty()) {
          row = row.withNotPublished(notPublished.get());
        }
        tally.addRow(TallyRow.of(row, counts[r * 3], counts[r * 3 + 1], counts[r * 3 + 2]));
      }
      return tally.build();
    }

    @Override
    public String toString() {
      return "a tally of view '"
          + view.id()
          + "', framework '"
          + framework.id()
          + "'"
          + (filters.isEmpty() ? "" : " where " + filters)
          + " ("
          + jurisdictionCount
          + " jurisdictions)";
    }
  }

  @Override
  public String toString() {
    return "Tally["
        + view()
        + ", "
        + jurisdictionCount()
        + " jurisdictions, "
        + rows().size()
        + " rows]";
  }
}
