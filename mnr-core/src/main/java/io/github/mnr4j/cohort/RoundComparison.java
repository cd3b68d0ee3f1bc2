package io.github.mnr4j.cohort;

import static java.util.stream.Collectors.toUnmodifiableList;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Progress between two rounds of the same jurisdictions: for each jurisdiction in both rounds and
 * each capability, whether it was gained, lost, newly answered, no longer answered or unchanged,
 * with its level before and after under a staged model; and for each row of a view, the change in
 * counts.
 *
 * <pre>{@code
 * RoundComparison progress = RoundComparison.compare(round2021, round2024);
 * progress.count(RoundComparison.Change.GAINED);      // capabilities gained, all jurisdictions
 * System.out.print(progress.rowTable().text());
 * }</pre>
 *
 * <p>Rounds too large to hold are compared as they are read: a {@link Round} keeps a byte per
 * jurisdiction and capability (the status and the level) besides the jurisdiction's id, and the
 * comparison keeps a byte a round for each jurisdiction in both, its {@link #changes()} made as
 * they are read.
 *
 * <pre>{@code
 * RoundComparison.Round earlier = RoundComparison.round("Round 2021", mnr);
 * for (Response each : responses) {          // the earlier round's, as they are read
 *   earlier.add(assessor.assess(each));
 * }
 * RoundComparison.Round later = RoundComparison.round("Round 2024", mnr);
 * for (Response each : responses) {          // the later round's
 *   later.add(assessor.assess(each));
 * }
 * RoundComparison progress = RoundComparison.compare(earlier, later);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations, on the nested values, are compile-time only
public final class RoundComparison {
  private final String before;
  private final String after;
  private final String model;
  private final boolean synthetic;
  private final List<String> onlyBefore;
  private final List<String> onlyAfter;
  private final List<RowChange> rows;
  private final List<String> capabilityIds;

  /** The later round's jurisdictions. */
  private final PackedStrings laterIds;

  /** The jurisdictions in both rounds, by their position in the later round, in its order. */
  private final int[] matched;

  /**
   * Per jurisdiction in both rounds and capability ({@code [j * capabilities + c]}), in each round:
   * a {@linkplain #cell cell} of the status and the level, the level by its index in {@link
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
      PackedStrings onlyBefore,
      PackedStrings onlyAfter) {
    this.before = earlier.name;
    this.after = later.name;
    this.model = earlier.model.id();
    this.synthetic = earlier.synthetic || later.synthetic;
    this.onlyBefore = onlyBefore.asList();
    this.onlyAfter = onlyAfter.asList();
    this.capabilityIds =
        earlier.framework.capabilities().stream().map(Capability::id).collect(toUnmodifiableList());
    Tally tallyBefore = earlier.tally.result();
    Tally tallyAfter = later.tally.result();
    List<RowChange> rowChanges = new ArrayList<>();
    for (int r = 0; r < earlier.view.rows().size(); r++) {
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
      if (index >= MAX_LEVELS) {
        throw new MnrException(
            "a comparison tells at most "
                + MAX_LEVELS
                + " levels apart; model '"
                + earlier.model.id()
                + "' gave more in rounds '"
                + earlier.name
                + "' and '"
                + later.name
                + "' together");
      }
      laterLevels[l] = index;
    }
    this.levels = List.copyOf(dictionary);
    // A copy, so that the later round may go on being filled.
    this.laterIds = later.ids.copy();
    this.matched = matched;
    int width = capabilityIds.size();
    this.cellsBefore = new byte[matched.length * width];
    this.cellsAfter = new byte[cellsBefore.length];
    for (int j = 0; j < matched.length; j++) {
      System.arraycopy(earlier.cells, earlierPositions[j] * width, cellsBefore, j * width, width);
      for (int c = 0; c < width; c++) {
        byte cell = later.cells[matched[j] * width + c];
        int level = levelOf(cell);
        cellsAfter[j * width + c] = cell(statusOf(cell), level < 0 ? null : laterLevels[level]);
      }
    }
  }

  /** The most levels a comparison tells apart: six bits of a cell, less one for none. */
  private static final int MAX_LEVELS = 63;

  private static final List<CapabilityStatus> STATUSES = List.of(CapabilityStatus.values());

  /** A status and a level's index (null for none) in one byte: two bits and six. */
  private static byte cell(CapabilityStatus status, Integer level) {
    return (byte) (status.ordinal() | (level == null ? 0 : level + 1) << 2);
  }

  private static CapabilityStatus statusOf(byte cell) {
    return STATUSES.get(cell & 3);
  }

  /** The level's index, -1 for none. */
  private static int levelOf(byte cell) {
    return ((cell & 0xFF) >>> 2) - 1;
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
   * Returns the model whose levels are compared.
   *
   * @return the model's id
   */
  public String model() {
    return model;
  }

  /**
   * Returns the changes of every jurisdiction in both rounds, in the later round's order: for each
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
    CapabilityStatus then = statusOf(cellsBefore[index]);
    CapabilityStatus now = statusOf(cellsAfter[index]);
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
    int level = levelOf(cell);
    return level < 0 ? Optional.empty() : Optional.of(levels.get(level));
  }

  /**
   * Returns the jurisdictions only in the earlier round, in its order.
   *
   * @return ids
   */
  public List<String> onlyBefore() {
    return onlyBefore;
  }

  /**
   * Returns the jurisdictions only in the later round, in its order.
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
   * Tells whether any jurisdiction of either round is synthetic.
   *
   * @return true if made-up data were compared
   */
  public boolean synthetic() {
    return synthetic;
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

    /**
     * Returns the change in the yes count.
     *
     * @return after's yes minus before's
     */
    public int yesChange() {
      return after().yes() - before().yes();
    }
  }

  /**
   * Starts a round to compare under the Figure 1 view and the staged model, filled one assessment
   * at a time.
   *
   * @param name the round's name, such as {@code "Round 2024"}
   * @param framework the framework its assessments are of
   * @return an empty round
   */
  public static Round round(String name, Framework framework) {
    return round(name, framework, TallyView.figure1(), ScoringModels.staged());
  }

  /**
   * Starts a round to compare under a view and a model, filled one assessment at a time.
   *
   * @param name the round's name, such as {@code "Round 2024"}
   * @param framework the framework its assessments are of
   * @param view the rows to compare counts of
   * @param model a model whose levels to compare
   * @return an empty round
   * @throws MnrException naming a capability of the view the framework does not have, or if the
   *     model does not fit the framework
   */
  public static Round round(String name, Framework framework, TallyView view, ScoringModel model) {
    return new Round(name, framework, view, model);
  }

  /**
   * One round of a comparison, read one assessment at a time: for each jurisdiction its id (as
   * bytes), and for each capability its status and its level under the model, in one byte; and the
   * view's counts. Jurisdictions keep the order they were added in. Not thread-safe: give each
   * thread its own part, then {@linkplain #combine combine} the parts in their order.
   */
  public static final class Round {
    private final String name;
    private final Framework framework;
    private final TallyView view;
    private final ScoringModel model;
    private final CompiledModel compiled;
    private final Tally.Accumulator tally;
    private final int width;
    private final PackedStrings ids = new PackedStrings();

    /** Per jurisdiction and capability, {@code [j * width + c]}: its {@linkplain #cell cell}. */
    private byte[] cells = new byte[0];

    private final List<Level> levels = new ArrayList<>();
    private final Map<Level, Integer> levelIndex = new HashMap<>();
    private boolean synthetic;

    private Round(String name, Framework framework, TallyView view, ScoringModel model) {
      this.name = name;
      this.framework = framework;
      this.view = view;
      this.model = model;
      this.tally = Tally.accumulator(view, framework);
      this.compiled = model.compile(framework);
      this.width = framework.capabilities().size();
    }

    /**
     * Adds a jurisdiction's assessment to the round.
     *
     * @param assessment an assessment of the round's framework, of a jurisdiction not yet added
     * @throws MnrException if the assessment is of another framework, its jurisdiction is in the
     *     round already, or the model gives more levels than a comparison tells apart (63); the
     *     round is then as it was
     */
    public void add(Assessment assessment) {
      if (assessment.framework() != framework && !assessment.framework().equals(framework)) {
        throw new MnrException(
            "round '"
                + name
                + "' is of framework '"
                + framework.id()
                + "'; the assessment of "
                + assessment.jurisdiction()
                + " is of framework '"
                + assessment.framework().id()
                + "'");
      }
      String id = assessment.jurisdiction().id();
      if (ids.indexOf(id) >= 0) {
        throw repeated(id);
      }
      List<Level> reached = new ArrayList<>(width);
      for (CapabilityScore score : compiled.score(assessment).capabilities()) {
        reached.add(score.level().orElse(null));
      }
      requireRoom(reached);
      int j = grow(ids.add(id));
      tally.add(assessment);
      synthetic |= assessment.jurisdiction().isSynthetic();
      List<CapabilityStatus> statuses = assessment.statuses();
      for (int c = 0; c < width; c++) {
        cells[j * width + c] = cell(statuses.get(c), levelIndex(reached.get(c)));
      }
    }

    private MnrException repeated(String id) {
      return new MnrException(
          "round '" + name + "' holds one assessment per jurisdiction; '" + id + "' came again");
    }

    /** Refuses levels that a cell cannot tell apart, before anything is added. */
    private void requireRoom(Collection<Level> more) {
      Set<Level> unseen = new HashSet<>();
      for (Level level : more) {
        if (level != null && !levelIndex.containsKey(level)) {
          unseen.add(level);
        }
      }
      if (levels.size() + unseen.size() > MAX_LEVELS) {
        throw new MnrException(
            "a comparison tells at most "
                + MAX_LEVELS
                + " levels apart; model '"
                + model.id()
                + "' gave more");
      }
    }

    /** Makes room for the cells of the jurisdiction just added at position j. */
    private int grow(int j) {
      if ((j + 1) * width > cells.length) {
        cells = Arrays.copyOf(cells, Math.max(16 * width, cells.length * 2));
      }
      return j;
    }

    /** A level's index in this round, added if new; null for none. */
    private Integer levelIndex(Level level) {
      if (level == null) {
        return null;
      }
      return levelIndex.computeIfAbsent(
          level,
          l -> {
            levels.add(l);
            return levels.size() - 1;
          });
    }

    /**
     * Adds another part of the same round after this one's jurisdictions.
     *
     * @param other a part of the same name, framework, view and model
     * @return this round
     * @throws MnrException if the other is of another round, view or model, or has a jurisdiction
     *     this one has; this round is then as it was
     */
    public Round combine(Round other) {
      if (!name.equals(other.name)
          || !framework.equals(other.framework)
          || !view.equals(other.view)
          || !model.id().equals(other.model.id())) {
        throw new MnrException(
            "cannot combine round " + other.describe() + " with round " + describe());
      }
      for (int k = 0; k < other.ids.size(); k++) {
        if (ids.indexOf(other.ids, k) >= 0) {
          throw repeated(other.ids.get(k));
        }
      }
      requireRoom(other.levels);
      for (int k = 0; k < other.ids.size(); k++) {
        int j = grow(ids.add(other.ids, k));
        for (int c = 0; c < width; c++) {
          byte cell = other.cells[k * width + c];
          int level = levelOf(cell);
          cells[j * width + c] =
              cell(statusOf(cell), level < 0 ? null : levelIndex(other.levels.get(level)));
        }
      }
      tally.combine(other.tally);
      synthetic |= other.synthetic;
      return this;
    }

    /**
     * Returns the round's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns how many jurisdictions were added.
     *
     * @return the count
     */
    public int jurisdictions() {
      return ids.size();
    }

    /** The round's name, framework, view and model, for messages. */
    private String describe() {
      return "'"
          + name
          + "' (framework '"
          + framework.id()
          + "', view '"
          + view.id()
          + "', model '"
          + model.id()
          + "')";
    }

    @Override
    public String toString() {
      return "RoundComparison.Round[" + name + ", " + ids.size() + " jurisdictions]";
    }
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
    return compare(before, after, TallyView.figure1(), ScoringModels.staged());
  }

  /**
   * Compares two rounds.
   *
   * @param before the earlier round
   * @param after the later round
   * @param view the rows to compare counts of
   * @param model a model whose levels to compare
   * @return the comparison
   * @throws MnrException if the rounds' instruments have different frameworks
   */
  public static RoundComparison compare(
      CohortAnalysis before, CohortAnalysis after, TallyView view, ScoringModel model) {
    return compare(round(before, view, model), round(after, view, model));
  }

  private static Round round(CohortAnalysis analysis, TallyView view, ScoringModel model) {
    Round round = round(analysis.cohort().name(), analysis.instrument().framework(), view, model);
    analysis.assessments().forEach(round::add);
    return round;
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
        || !before.model.id().equals(after.model.id())) {
      throw new MnrException(
          "rounds "
              + before.describe()
              + " and "
              + after.describe()
              + " are not compared: their capabilities, rows or levels differ");
    }
    int[] earlierPositions = new int[after.ids.size()];
    int[] matched = new int[after.ids.size()];
    int count = 0;
    boolean[] seen = new boolean[before.ids.size()];
    PackedStrings onlyAfter = new PackedStrings();
    for (int k = 0; k < after.ids.size(); k++) {
      int was = before.ids.indexOf(after.ids, k);
      if (was < 0) {
        onlyAfter.add(after.ids, k);
      } else {
        seen[was] = true;
        earlierPositions[count] = was;
        matched[count++] = k;
      }
    }
    PackedStrings onlyBefore = new PackedStrings();
    for (int j = 0; j < seen.length; j++) {
      if (!seen[j]) {
        onlyBefore.add(before.ids, j);
      }
    }
    return new RoundComparison(
        before, after, earlierPositions, Arrays.copyOf(matched, count), onlyBefore, onlyAfter);
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
      if (Change.of(statusOf(cellsBefore[i]), statusOf(cellsAfter[i])) == change) {
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
  public TextTable rowTable() {
    List<List<String>> table = new ArrayList<>();
    for (RowChange row : rows) {
      table.add(
          List.of(
              row.label(),
              String.valueOf(row.before().yes()),
              String.valueOf(row.before().denominator()),
              String.valueOf(row.after().yes()),
              String.valueOf(row.after().denominator()),
              (row.yesChange() > 0 ? "+" : "") + row.yesChange()));
    }
    return TextTable.of(
            List.of("row", "yes " + before, "of", "yes " + after, "of", "change"), table)
        .withNotes(Notes.of(List.of(), synthetic));
  }

  /**
   * Returns the changes other than {@code unchanged} as a table: jurisdiction, capability, change,
   * status and level before and after.
   *
   * @return the table
   */
  public TextTable changeTable() {
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
        .withNotes(Notes.of(List.of(), synthetic));
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
    if (!(other instanceof RoundComparison)) {
      return false;
    }
    RoundComparison that = (RoundComparison) other;
    return before.equals(that.before)
        && after.equals(that.after)
        && model.equals(that.model)
        && synthetic == that.synthetic
        && onlyBefore.equals(that.onlyBefore)
        && onlyAfter.equals(that.onlyAfter)
        && rows.equals(that.rows)
        && changes().equals(that.changes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after, model, synthetic, onlyBefore, onlyAfter, rows);
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
}
