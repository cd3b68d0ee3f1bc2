package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.crosswalk.Crosswalk;
import io.github.mnr4j.crosswalk.CrosswalkCheckReport;
import io.github.mnr4j.crosswalk.CrosswalkEntry;
import io.github.mnr4j.crosswalk.Relationship;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Progress between two rounds of the same jurisdictions: for each jurisdiction in both rounds and
 * each capability, whether it was gained, lost, newly answered, no longer answered or unchanged,
 * with its level before and after under a staged model; and for each row of a view, the change in
 * counts.
 *
 * <pre>{@code
 * RoundComparison progress = RoundComparison.compare(round2021, round2024);
 * // capabilities gained, all jurisdictions
 * progress.count(RoundComparison.Change.GAINED);
 * System.out.print(progress.toRowTable().toText());
 * }</pre>
 *
 * <p>Rounds too large to hold as responses are compared as they are read: a {@link Round} keeps a
 * byte per jurisdiction and capability (the status and the level) besides the jurisdiction's id,
 * and the comparison keeps a byte a round for each jurisdiction in both, its {@link #changes()}
 * made as they are read.
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations, on the nested values, are compile-time only
public final class RoundComparison {
  private final String before;
  private final String after;
  private final String model;
  private final int syntheticCount;
  private final int responseCount;
  private final InvalidResponses invalidBefore;
  private final InvalidResponses invalidAfter;
  private final List<String> onlyBefore;
  private final List<String> onlyAfter;
  private final List<RowChange> rows;
  private final List<String> capabilityIds;
  private final List<String> notComparable;

  /** The later round's jurisdictions. */
  private final List<String> laterIds;

  /** The jurisdictions in both rounds, by their position in the later round, in its order. */
  private final int[] matched;

  /**
   * Per jurisdiction in both rounds and capability ({@code [j * capabilities + c]}), in each round:
   * a {@linkplain Round#cell cell} of the status and the level, the level by its index in {@link
   * #levels}.
   */
  private final byte[] cellsBefore;

  private final byte[] cellsAfter;
  private final List<Level> levels;

  /** How a capability's status moved between rounds. */
  public enum Change implements Identified {
    /** Not in place, then in place. */
    GAINED("gained"),
    /** In place, then not in place. */
    LOST("lost"),
    /** Unknown, then in place or not in place. */
    NEWLY_ANSWERED("newly-answered"),
    /** In place or not in place, then unknown. */
    NO_LONGER_ANSWERED("no-longer-answered"),
    /** The same status in both rounds. */
    UNCHANGED("unchanged");

    private final String id;

    Change(String id) {
      this.id = id;
    }

    /**
     * Returns the id used in output.
     *
     * @return such as {@code newly-answered}
     */
    @Override
    public String id() {
      return id;
    }

    static Change of(CapabilityStatus before, CapabilityStatus after) {
      if (before == after) {
        return UNCHANGED;
      }
      if (before == CapabilityStatus.UNKNOWN) {
        return NEWLY_ANSWERED;
      }
      if (after == CapabilityStatus.UNKNOWN) {
        return NO_LONGER_ANSWERED;
      }
      return after == CapabilityStatus.IN_PLACE ? GAINED : LOST;
    }
  }

  private RoundComparison(
      Round earlier,
      Round later,
      int[] earlierPositions,
      int[] matched,
      List<String> onlyBefore,
      List<String> onlyAfter,
      Columns columns) {
    this.before = earlier.name;
    this.after = later.name;
    this.model = earlier.modelId;
    this.syntheticCount = earlier.tally.syntheticCount() + later.tally.syntheticCount();
    this.responseCount = earlier.tally.jurisdictionCount() + later.tally.jurisdictionCount();
    this.invalidBefore = earlier.tally.invalidResponses();
    this.invalidAfter = later.tally.invalidResponses();
    this.onlyBefore = List.copyOf(onlyBefore);
    this.onlyAfter = List.copyOf(onlyAfter);
    this.capabilityIds = columns.capabilityIds;
    this.notComparable = columns.notComparable;
    Tally tallyBefore = earlier.tally;
    Tally tallyAfter = later.tally;
    List<RowChange> rowChanges = new ArrayList<>();
    for (int r : columns.rows) {
      rowChanges.add(
          ImmutableRowChange.builder()
              .label(earlier.view.rows().get(r).label())
              .before(tallyBefore.rows().get(r))
              .after(tallyAfter.rows().get(r))
              .build());
    }
    this.rows = List.copyOf(rowChanges);
    // One dictionary of levels for both rounds: the earlier round's, then the later's new ones.
    List<Level> dictionary = new ArrayList<>(earlier.levels);
    int[] laterLevels = new int[later.levels.size()];
    for (int l = 0; l < laterLevels.length; l++) {
      Level level = later.levels.get(l);
      int index = dictionary.indexOf(level);
      if (index < 0) {
        index = dictionary.size();
        dictionary.add(level);
      }
      if (index >= Round.MAX_LEVELS) {
        throw new MnrException(
            "a comparison tells at most "
                + Round.MAX_LEVELS
                + " levels apart; model '"
                + earlier.modelId
                + "' gave more in rounds '"
                + earlier.name
                + "' and '"
                + later.name
                + "' together");
      }
      laterLevels[l] = index;
    }
    this.levels = List.copyOf(dictionary);
    this.laterIds = later.jurisdictionIds;
    this.matched = matched;
    int width = capabilityIds.size();
    int earlierWidth = earlier.framework.capabilities().size();
    int laterWidth = later.framework.capabilities().size();
    this.cellsBefore = new byte[matched.length * width];
    this.cellsAfter = new byte[cellsBefore.length];
    for (int j = 0; j < matched.length; j++) {
      for (int c = 0; c < width; c++) {
        cellsBefore[j * width + c] =
            earlier.cells[earlierPositions[j] * earlierWidth + columns.before[c]];
        byte cell = later.cells[matched[j] * laterWidth + columns.after[c]];
        int level = Round.levelOf(cell);
        cellsAfter[j * width + c] =
            Round.cell(Round.statusOf(cell), level < 0 ? null : laterLevels[level]);
      }
    }
  }

  /**
   * Returns the earlier round's name.
   *
   * @return the name
   */
  public String before() {
    return before;
  }

  /**
   * Returns the later round's name.
   *
   * @return the name
   */
  public String after() {
    return after;
  }

  /**
   * Returns the responses of the earlier round that had validation errors.
   *
   * @return the summary; empty when every response was valid
   */
  public InvalidResponses invalidResponsesBefore() {
    return invalidBefore;
  }

  /**
   * Returns the responses of the later round that had validation errors.
   *
   * @return the summary; empty when every response was valid
   */
  public InvalidResponses invalidResponsesAfter() {
    return invalidAfter;
  }

  /** The notes of the comparison's tables: each round's invalid responses, synthetic data. */
  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (!invalidBefore.isEmpty()) {
      notes.add(before + ": " + Notes.counted(invalidBefore));
    }
    if (!invalidAfter.isEmpty()) {
      notes.add(after + ": " + Notes.counted(invalidAfter));
    }
    notes.addAll(Notes.of(List.of(), 0, 0, InvalidResponses.none()));
    if (!notComparable.isEmpty()) {
      notes.add(
          notComparable.size()
              + " capabilities not compared, counted in no change: "
              + String.join("; ", notComparable));
    }
    if (syntheticCount > 0) {
      notes.add(
          Jurisdiction.syntheticNote(syntheticCount, responseCount, "responses of the two rounds"));
    }
    return notes;
  }

  /**
   * Returns the model whose levels are compared.
   *
   * @return the model's id
   */
  public String modelId() {
    return model;
  }

  /**
   * Returns the changes of every jurisdiction in both rounds, in the order of their ids: for each
   * such jurisdiction, one per capability in the framework's order. The list is made as it is read,
   * from two bytes per round for each jurisdiction and capability.
   *
   * @return one entry per jurisdiction and capability, an immutable list
   */
  public List<CapabilityChange> changes() {
    return new AbstractList<>() {
      @Override
      public CapabilityChange get(int index) {
        Objects.checkIndex(index, size());
        return change(index);
      }

      @Override
      public int size() {
        return cellsBefore.length;
      }
    };
  }

  private CapabilityChange change(int index) {
    CapabilityStatus then = Round.statusOf(cellsBefore[index]);
    CapabilityStatus now = Round.statusOf(cellsAfter[index]);
    return ImmutableCapabilityChange.builder()
        .jurisdictionId(laterIds.get(matched[index / capabilityIds.size()]))
        .capabilityId(capabilityIds.get(index % capabilityIds.size()))
        .statusBefore(then)
        .statusAfter(now)
        .change(Change.of(then, now))
        .levelBefore(level(cellsBefore[index]))
        .levelAfter(level(cellsAfter[index]))
        .build();
  }

  private Optional<Level> level(byte cell) {
    int level = Round.levelOf(cell);
    return level < 0 ? Optional.empty() : Optional.of(levels.get(level));
  }

  /**
   * Returns the jurisdictions only in the earlier round, in the order of their ids.
   *
   * @return ids
   */
  public List<String> onlyBefore() {
    return onlyBefore;
  }

  /**
   * Returns the jurisdictions only in the later round, in the order of their ids.
   *
   * @return ids
   */
  public List<String> onlyAfter() {
    return onlyAfter;
  }

  /**
   * Returns the change in each row's counts, over each round's whole cohort.
   *
   * @return one entry per row of the view
   */
  public List<RowChange> rows() {
    return rows;
  }

  /**
   * Returns the capabilities not compared, each with the reason: empty unless the rounds were
   * compared through a crosswalk that does not map every capability one to one.
   *
   * @return "capability: reason", the later round's capabilities first, in its framework's order
   */
  public List<String> notComparable() {
    return notComparable;
  }

  /**
   * Tells whether any jurisdiction of either round is synthetic.
   *
   * @return true if made-up data were compared
   */
  public boolean isSynthetic() {
    return syntheticCount > 0;
  }

  /** One jurisdiction's change for one capability. */
  @Value.Immutable
  public abstract static class CapabilityChange {
    CapabilityChange() {}

    /**
     * Returns the jurisdiction.
     *
     * @return its id
     */
    public abstract String jurisdictionId();

    /**
     * Returns the capability.
     *
     * @return its id
     */
    public abstract String capabilityId();

    /**
     * Returns the status in the earlier round.
     *
     * @return the status
     */
    public abstract CapabilityStatus statusBefore();

    /**
     * Returns the status in the later round.
     *
     * @return the status
     */
    public abstract CapabilityStatus statusAfter();

    /**
     * Returns how the status moved.
     *
     * @return the change
     */
    public abstract Change change();

    /**
     * Returns the level in the earlier round.
     *
     * @return the level, or empty
     */
    public abstract Optional<Level> levelBefore();

    /**
     * Returns the level in the later round.
     *
     * @return the level, or empty
     */
    public abstract Optional<Level> levelAfter();
  }

  /** One row's counts in both rounds. */
  @Value.Immutable
  public abstract static class RowChange {
    RowChange() {}

    /**
     * Returns the row's label.
     *
     * @return the label
     */
    public abstract String label();

    /**
     * Returns the row in the earlier round.
     *
     * @return the row
     */
    public abstract TallyRow before();

    /**
     * Returns the row in the later round.
     *
     * @return the row
     */
    public abstract TallyRow after();
  }

  /**
   * Compares two rounds under the Figure 1 view and the staged model.
   *
   * @param before the earlier round
   * @param after the later round
   * @return the comparison
   * @throws MnrException if the rounds' instruments have different frameworks
   */
  public static RoundComparison compare(CohortAnalysis before, CohortAnalysis after) {
    return compare(round(before), round(after));
  }

  private static Round round(CohortAnalysis analysis) {
    return analysis.assessments().stream()
        .collect(
            Accumulator.collector(
                () ->
                    Round.accumulator(
                        analysis.cohort().name(), analysis.instrument().framework())));
  }

  /**
   * Compares two rounds read one assessment at a time, joining their jurisdictions by id.
   *
   * @param before the earlier round
   * @param after the later round
   * @return the comparison; the rounds may go on being filled, and it does not change
   * @throws MnrException if the rounds are of different frameworks, views or models, or together
   *     give more levels than a comparison tells apart (63)
   */
  public static RoundComparison compare(Round before, Round after) {
    if (!before.framework.equals(after.framework)
        || !before.view.equals(after.view)
        || !before.modelId.equals(after.modelId)) {
      throw new MnrException(
          "rounds "
              + before.describe()
              + " and "
              + after.describe()
              + " are not compared: their capabilities, rows or levels differ");
    }
    return join(before, after, Columns.same(before));
  }

  /**
   * Compares two rounds answered on different frameworks (through their instruments) through a
   * crosswalk between the frameworks. A capability is compared only where the crosswalk makes it
   * one to one: a single {@link Relationship#EQUIVALENT} entry from one capability to one, neither
   * of which any other entry names. Every other capability of either round is listed in {@link
   * #notComparable()} with the reason, and counted in no change; a row of the view is compared only
   * when both rounds have the same view and each of the row's capabilities is compared with itself.
   *
   * @param before the earlier round
   * @param after the later round
   * @param crosswalk the crosswalk from the earlier round's framework to the later's
   * @return the comparison
   * @throws MnrException if the crosswalk does not map the rounds' frameworks or has errors against
   *     them, or the rounds are scored by different models
   */
  public static RoundComparison compare(Round before, Round after, Crosswalk crosswalk) {
    CrosswalkCheckReport report = crosswalk.check(before.framework, after.framework);
    if (report.hasErrors()) {
      throw new MnrException(
          "rounds "
              + before.describe()
              + " and "
              + after.describe()
              + " are not compared through crosswalk "
              + Messages.quote(crosswalk.id())
              + ": it has "
              + report.errors().size()
              + " error(s) against their frameworks, the first: "
              + report.errors().get(0));
    }
    if (!before.modelId.equals(after.modelId)) {
      throw new MnrException(
          "rounds "
              + before.describe()
              + " and "
              + after.describe()
              + " are not compared: they are scored by different models");
    }
    return join(before, after, Columns.through(before, after, crosswalk));
  }

  private static RoundComparison join(Round before, Round after, Columns columns) {
    Map<String, Integer> earlier = new HashMap<>();
    for (int j = 0; j < before.jurisdictionIds.size(); j++) {
      earlier.put(before.jurisdictionIds.get(j), j);
    }
    int[] earlierPositions = new int[after.jurisdictionIds.size()];
    int[] matched = new int[after.jurisdictionIds.size()];
    int count = 0;
    boolean[] seen = new boolean[before.jurisdictionIds.size()];
    List<String> onlyAfter = new ArrayList<>();
    for (int k = 0; k < after.jurisdictionIds.size(); k++) {
      Integer was = earlier.get(after.jurisdictionIds.get(k));
      if (was == null) {
        onlyAfter.add(after.jurisdictionIds.get(k));
      } else {
        seen[was] = true;
        earlierPositions[count] = was;
        matched[count++] = k;
      }
    }
    List<String> onlyBefore = new ArrayList<>();
    for (int j = 0; j < seen.length; j++) {
      if (!seen[j]) {
        onlyBefore.add(before.jurisdictionIds.get(j));
      }
    }
    return new RoundComparison(
        before,
        after,
        earlierPositions,
        Arrays.copyOf(matched, count),
        onlyBefore,
        onlyAfter,
        columns);
  }

  /**
   * Counts the capability changes of a kind, over all jurisdictions.
   *
   * @param change the kind
   * @return how many
   */
  public int count(Change change) {
    int count = 0;
    for (int i = 0; i < cellsBefore.length; i++) {
      if (Change.of(Round.statusOf(cellsBefore[i]), Round.statusOf(cellsAfter[i])) == change) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the rows as a table: row, yes before, of, yes after, of, change.
   *
   * @return the table
   */
  public TextTable toRowTable() {
    List<List<String>> table = new ArrayList<>();
    for (RowChange row : rows) {
      int change = row.after().yesCount() - row.before().yesCount();
      table.add(
          List.of(
              row.label(),
              String.valueOf(row.before().yesCount()),
              String.valueOf(row.before().denominator()),
              String.valueOf(row.after().yesCount()),
              String.valueOf(row.after().denominator()),
              (change > 0 ? "+" : "") + change));
    }
    return TextTable.of(
            List.of("row", "yes " + before, "of", "yes " + after, "of", "change"), table)
        .withNotes(notes());
  }

  /**
   * Returns the changes other than {@code unchanged} as a table: jurisdiction, capability, change,
   * status and level before and after.
   *
   * @return the table
   */
  public TextTable toChangeTable() {
    List<List<String>> table = new ArrayList<>();
    for (int i = 0; i < cellsBefore.length; i++) {
      if (cellsBefore[i] == cellsAfter[i]) {
        continue;
      }
      CapabilityChange change = change(i);
      table.add(
          List.of(
              change.jurisdictionId(),
              change.capabilityId(),
              change.change().id(),
              change.statusBefore().id() + " -> " + change.statusAfter().id(),
              change.levelBefore().map(Level::id).orElse("-")
                  + " -> "
                  + change.levelAfter().map(Level::id).orElse("-")));
    }
    return TextTable.of(List.of("jurisdiction", "capability", "change", "status", "level"), table)
        .withNotes(notes());
  }

  /**
   * Tells whether another comparison has the same rounds' names, model, rows, jurisdictions and
   * changes.
   *
   * @param other another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RoundComparison that)) {
      return false;
    }

    return before.equals(that.before)
        && after.equals(that.after)
        && model.equals(that.model)
        && syntheticCount == that.syntheticCount
        && responseCount == that.responseCount
        && invalidBefore.equals(that.invalidBefore)
        && invalidAfter.equals(that.invalidAfter)
        && onlyBefore.equals(that.onlyBefore)
        && onlyAfter.equals(that.onlyAfter)
        && rows.equals(that.rows)
        && notComparable.equals(that.notComparable)
        && changes().equals(that.changes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        before,
        after,
        model,
        syntheticCount,
        responseCount,
        onlyBefore,
        onlyAfter,
        rows,
        notComparable);
  }

  @Override
  public String toString() {
    return "RoundComparison["
        + before
        + " -> "
        + after
        + ": "
        + count(Change.GAINED)
        + " gained, "
        + count(Change.LOST)
        + " lost, "
        + count(Change.NEWLY_ANSWERED)
        + " newly answered]";
  }

  /** Which capability of each round each compared column reads, and which rows are compared. */
  private static final class Columns {
    final List<String> capabilityIds;
    final int[] before;
    final int[] after;
    final List<Integer> rows;
    final List<String> notComparable;

    private Columns(
        List<String> capabilityIds,
        int[] before,
        int[] after,
        List<Integer> rows,
        List<String> notComparable) {
      this.capabilityIds = List.copyOf(capabilityIds);
      this.before = before;
      this.after = after;
      this.rows = List.copyOf(rows);
      this.notComparable = List.copyOf(notComparable);
    }

    /** Every capability and row of one framework and view. */
    static Columns same(Round round) {
      List<String> ids =
          round.framework.capabilities().stream().map(Capability::id).collect(toUnmodifiableList());
      int[] all = new int[ids.size()];
      Arrays.setAll(all, c -> c);
      List<Integer> rows = new ArrayList<>();
      for (int r = 0; r < round.view.rows().size(); r++) {
        rows.add(r);
      }
      return new Columns(ids, all, all.clone(), rows, List.of());
    }

    static Columns through(Round earlier, Round later, Crosswalk crosswalk) {
      List<Capability> was = earlier.framework.capabilities();
      List<Capability> is = later.framework.capabilities();
      List<String> ids = new ArrayList<>();
      List<Integer> before = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      List<String> notComparable = new ArrayList<>();
      List<String> comparedBefore = new ArrayList<>();
      for (int k = 0; k < is.size(); k++) {
        String target = is.get(k).id();
        List<CrosswalkEntry> reaching = naming(crosswalk, target, false);
        Optional<String> source = oneToOne(crosswalk, reaching);
        int c = source.isPresent() ? indexOf(was, source.get()) : -1;
        if (c < 0) {
          notComparable.add(target + ": " + reason(reaching));
        } else {
          ids.add(target);
          before.add(c);
          after.add(k);
          comparedBefore.add(source.get());
        }
      }
      for (Capability capability : was) {
        if (!comparedBefore.contains(capability.id())) {
          notComparable.add(
              capability.id()
                  + " (earlier round): "
                  + reason(naming(crosswalk, capability.id(), true)));
        }
      }
      List<Integer> rows = new ArrayList<>();
      if (earlier.view.equals(later.view)) {
        for (int r = 0; r < earlier.view.rows().size(); r++) {
          boolean kept = true;
          for (String id : earlier.view.rows().get(r).capabilityIds()) {
            int column = ids.indexOf(id);
            kept &= column >= 0 && was.get(before.get(column)).id().equals(id);
          }
          if (kept) {
            rows.add(r);
          }
        }
      }
      return new Columns(
          ids,
          before.stream().mapToInt(Integer::intValue).toArray(),
          after.stream().mapToInt(Integer::intValue).toArray(),
          rows,
          notComparable);
    }

    private static List<CrosswalkEntry> naming(Crosswalk crosswalk, String id, boolean source) {
      List<CrosswalkEntry> entries = new ArrayList<>();
      for (CrosswalkEntry entry : crosswalk.entries()) {
        if ((source ? entry.sources() : entry.targets()).contains(id)) {
          entries.add(entry);
        }
      }
      return entries;
    }

    /** The one capability an entry maps one to one, where no other entry names either end. */
    private static Optional<String> oneToOne(Crosswalk crosswalk, List<CrosswalkEntry> reaching) {
      if (reaching.size() != 1) {
        return Optional.empty();
      }
      CrosswalkEntry entry = reaching.get(0);
      if (entry.relationship() != Relationship.EQUIVALENT
          || entry.sources().size() != 1
          || entry.targets().size() != 1
          || naming(crosswalk, entry.sources().get(0), true).size() != 1) {
        return Optional.empty();
      }
      return Optional.of(entry.sources().get(0));
    }

    private static int indexOf(List<Capability> capabilities, String id) {
      for (int c = 0; c < capabilities.size(); c++) {
        if (capabilities.get(c).id().equals(id)) {
          return c;
        }
      }
      return -1;
    }

    private static String reason(List<CrosswalkEntry> entries) {
      if (entries.isEmpty()) {
        return "named by no entry";
      }
      List<String> described = new ArrayList<>();
      entries.forEach(entry -> described.add(entry.toString()));
      return String.join("; ", described);
    }
  }
}
