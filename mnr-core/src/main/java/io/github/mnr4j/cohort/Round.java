package io.github.mnr4j.cohort;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One round of a survey, held for {@linkplain RoundComparison#compare(Round, Round) comparison}
 * with another: each jurisdiction's id and, for each capability, its status and its level under a
 * model (one byte), and the counts of a view's rows. Filled one assessment at a time, so that
 * rounds too large to hold as responses are compared as they are read; the jurisdictions are held
 * in the order of their ids, whatever the order they were added in.
 *
 * <pre>{@code
 * Accumulator<Assessment, Round> earlier = Round.accumulator("Round 2021", mnr);
 * // the earlier round's responses, as they are read
 * for (Response each : responses) {
 *   earlier.add(assessor.assess(each));
 * }
 * Round round2021 = earlier.result();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// EnumOrdinal: a cell packs the status by its ordinal, with the level, in one byte.
@SuppressWarnings("EnumOrdinal")
public final class Round {
  /** The most levels a comparison tells apart: a cell's six bits, less one for no level. */
  static final int MAX_LEVELS = 63;

  private static final List<CapabilityStatus> STATUSES = List.of(CapabilityStatus.values());

  final String name;
  final Framework framework;
  final TallyView view;
  final String modelId;
  final List<String> jurisdictionIds;

  /** Per jurisdiction and capability, {@code [j * width + c]}: its {@linkplain #cell cell}. */
  final byte[] cells;

  /** The levels the cells name, by index. */
  final List<Level> levels;

  final Tally tally;
  final boolean synthetic;

  /**
   * The round as filled, put in an order that does not depend on the order of adding: the
   * jurisdictions by id, the levels by ordinal and id.
   */
  private Round(Filling filled) {
    int width = filled.framework.capabilities().size();
    this.name = filled.name;
    this.framework = filled.framework;
    this.view = filled.view;
    this.modelId = filled.model.id();
    List<Level> sortedLevels = new ArrayList<>(filled.levels);
    sortedLevels.sort(Comparator.comparingInt(Level::ordinal).thenComparing(Level::id));
    int[] levelAt = new int[filled.levels.size()];
    for (int l = 0; l < levelAt.length; l++) {
      levelAt[l] = sortedLevels.indexOf(filled.levels.get(l));
    }
    Integer[] order = new Integer[filled.ids.size()];
    Arrays.setAll(order, j -> j);
    Arrays.sort(order, Comparator.comparing(filled.ids::get));
    List<String> ids = new ArrayList<>(order.length);
    byte[] sorted = new byte[order.length * width];
    for (int j = 0; j < order.length; j++) {
      String id = filled.ids.get(order[j]);
      if (j > 0 && id.equals(ids.get(j - 1))) {
        throw filled.repeated(id);
      }
      ids.add(id);
      for (int c = 0; c < width; c++) {
        byte cell = filled.cells[order[j] * width + c];
        int level = levelOf(cell);
        sorted[j * width + c] = cell(statusOf(cell), level < 0 ? null : levelAt[level]);
      }
    }
    this.jurisdictionIds = List.copyOf(ids);
    this.cells = sorted;
    this.levels = List.copyOf(sortedLevels);
    this.tally = filled.tally.result();
    this.synthetic = filled.synthetic;
  }

  /**
   * Returns the responses of the round that had validation errors.
   *
   * @return the summary; empty when every response was valid
   */
  public InvalidResponses invalidResponses() {
    return tally.invalidResponses();
  }

  /**
   * Starts a round to compare under the Figure 1 view and the staged model.
   *
   * @param name the round's name, such as {@code "Round 2024"}
   * @param framework the framework its assessments are of
   * @return an empty accumulator of the round
   */
  public static Accumulator<Assessment, Round> accumulator(String name, Framework framework) {
    return accumulator(name, framework, TallyView.figure1(), ScoringModels.staged());
  }

  /**
   * Starts a round to compare under a view and a model. {@code add} refuses an assessment of
   * another framework, or whose levels would make more than a comparison tells apart (63); {@code
   * result} refuses a round in which a jurisdiction came twice.
   *
   * @param name the round's name, such as {@code "Round 2024"}
   * @param framework the framework its assessments are of
   * @param view the rows to compare counts of
   * @param model a model whose levels to compare
   * @return an empty accumulator of the round
   * @throws MnrException naming a capability of the view the framework does not have, or if the
   *     model does not fit the framework
   */
  public static Accumulator<Assessment, Round> accumulator(
      String name, Framework framework, TallyView view, ScoringModel model) {
    return new Filling(name, framework, view, model);
  }

  /**
   * Returns the round's name.
   *
   * @return such as {@code Round 2024}
   */
  public String name() {
    return name;
  }

  /**
   * Returns how many jurisdictions the round holds.
   *
   * @return the count
   */
  public int jurisdictionCount() {
    return jurisdictionIds.size();
  }

  /** The round's name, framework, view and model, for messages. */
  String describe() {
    return Messages.quote(name)
        + " (framework '"
        + framework.id()
        + "', view '"
        + view.id()
        + "', model '"
        + modelId
        + "')";
  }

  /** Equal to a round of the same name, framework, view and model holding the same cells. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Round that
        && name.equals(that.name)
        && framework.equals(that.framework)
        && view.equals(that.view)
        && modelId.equals(that.modelId)
        && jurisdictionIds.equals(that.jurisdictionIds)
        && Arrays.equals(cells, that.cells)
        && levels.equals(that.levels)
        && tally.equals(that.tally)
        && synthetic == that.synthetic;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, modelId, jurisdictionIds, Arrays.hashCode(cells), levels, tally);
  }

  @Override
  public String toString() {
    return "Round[" + describe() + ", " + jurisdictionIds.size() + " jurisdictions]";
  }

  /** A capability's status, and its level's index plus one (0 for none), in one byte. */
  static byte cell(CapabilityStatus status, @Nullable Integer level) {
    return (byte) (status.ordinal() | (level == null ? 0 : level + 1) << 2);
  }

  static CapabilityStatus statusOf(byte cell) {
    return STATUSES.get(cell & 3);
  }

  /** The index of a cell's level, -1 for none. */
  static int levelOf(byte cell) {
    return ((cell & 0xFF) >>> 2) - 1;
  }

  /** A round being filled. */
  private static final class Filling implements Accumulator<Assessment, Round> {
    private final String name;
    private final Framework framework;
    private final TallyView view;
    private final ScoringModel model;
    private final CompiledModel compiled;
    private final Tally.Counts tally;
    private final int width;
    // Ids only: a repeated one is found when the round is sorted, since a set of a million ids
    // would double the round's memory.
    private final List<String> ids = new ArrayList<>();
    private byte[] cells = new byte[0];
    private final List<Level> levels = new ArrayList<>();
    private final Map<Level, Integer> levelIndex = new HashMap<>();
    private boolean synthetic;

    Filling(String name, Framework framework, TallyView view, ScoringModel model) {
      this.name = name;
      this.framework = framework;
      this.view = view;
      this.model = model;
      this.tally = new Tally.Counts(view, framework, List.of());
      this.compiled = model.compile(framework);
      this.width = framework.capabilities().size();
    }

    @Override
    public void add(Assessment assessment) {
      String id = assessment.jurisdiction().id();
      List<@Nullable Level> reached = new ArrayList<>(width);
      for (CapabilityScore score : compiled.score(assessment).capabilities()) {
        reached.add(score.level().orElse(null));
      }
      requireRoom(reached);
      tally.add(assessment);
      int j = grow(id);
      synthetic |= assessment.jurisdiction().isSynthetic();
      List<CapabilityStatus> statuses = assessment.statuses();
      for (int c = 0; c < width; c++) {
        cells[j * width + c] = cell(statuses.get(c), levelIndex(reached.get(c)));
      }
    }

    private MnrException repeated(String id) {
      return new MnrException(
          "round "
              + Messages.quote(name)
              + " holds one assessment per jurisdiction; "
              + Messages.quote(id)
              + " came again");
    }

    /** Refuses levels that a cell cannot tell apart, before anything is added. */
    private void requireRoom(List<@Nullable Level> more) {
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

    /** Adds a jurisdiction's id and room for its cells; returns its position. */
    private int grow(String id) {
      int j = ids.size();
      ids.add(id);
      if ((j + 1) * width > cells.length) {
        cells = Arrays.copyOf(cells, Math.max(16 * width, cells.length * 2));
      }
      return j;
    }

    /** A level's index in this round, added if new; null for none. */
    private @Nullable Integer levelIndex(@Nullable Level level) {
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

    @Override
    public Accumulator<Assessment, Round> combine(Accumulator<Assessment, Round> accumulator) {
      if (!(accumulator instanceof Filling other)
          || !name.equals(other.name)
          || !framework.equals(other.framework)
          || !view.equals(other.view)
          || !model.id().equals(other.model.id())) {
        throw new MnrException("cannot combine " + accumulator + " with " + this);
      }
      requireRoom(other.levels);
      for (int k = 0; k < other.ids.size(); k++) {
        int j = grow(other.ids.get(k));
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

    @Override
    public Round result() {
      return new Round(this);
    }

    @Override
    public String toString() {
      return "round "
          + Messages.quote(name)
          + " (framework '"
          + framework.id()
          + "', view '"
          + view.id()
          + "', model '"
          + model.id()
          + "', "
          + ids.size()
          + " jurisdictions)";
    }
  }
}
