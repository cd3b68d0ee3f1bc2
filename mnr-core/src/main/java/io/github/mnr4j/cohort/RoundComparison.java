package io.github.mnr4j.cohort;

import io.github.mnr4j.Identified;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.CompiledModel;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class RoundComparison {
  RoundComparison() {}

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

  /**
   * Returns the earlier round's name.
   *
   * @return the name
   */
  public abstract String before();

  /**
   * Returns the later round's name.
   *
   * @return the name
   */
  public abstract String after();

  /**
   * Returns the model whose levels are compared.
   *
   * @return the model's id
   */
  public abstract String model();

  /**
   * Returns the changes of every jurisdiction in both rounds, in the later round's order.
   *
   * @return one entry per jurisdiction and capability
   */
  public abstract List<CapabilityChange> changes();

  /**
   * Returns the jurisdictions only in the earlier round.
   *
   * @return ids
   */
  public abstract List<String> onlyBefore();

  /**
   * Returns the jurisdictions only in the later round.
   *
   * @return ids
   */
  public abstract List<String> onlyAfter();

  /**
   * Returns the change in each row's counts, over each round's whole cohort.
   *
   * @return one entry per row of the view
   */
  public abstract List<RowChange> rows();

  /**
   * Tells whether any jurisdiction of either round is synthetic.
   *
   * @return true if made-up data were compared
   */
  public abstract boolean synthetic();

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
   * Compares two rounds under the Figure 1 view and the staged model.
   *
   * @param before the earlier round
   * @param after the later round
   * @return the comparison
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
   */
  public static RoundComparison compare(
      CohortAnalysis before, CohortAnalysis after, TallyView view, ScoringModel model) {
    Map<String, Assessment> earlier = new LinkedHashMap<>();
    before.assessments().forEach(a -> earlier.put(a.jurisdiction().id(), a));
    ImmutableRoundComparison.Builder comparison =
        ImmutableRoundComparison.builder()
            .before(before.cohort().name())
            .after(after.cohort().name())
            .model(model.id())
            .synthetic(
                Stream.concat(before.assessments().stream(), after.assessments().stream())
                    .anyMatch(a -> a.jurisdiction().isSynthetic()));
    CompiledModel scoreBefore = model.compile(before.instrument().framework());
    CompiledModel scoreAfter = model.compile(after.instrument().framework());
    Set<String> matched = new HashSet<>();
    for (Assessment later : after.assessments()) {
      String id = later.jurisdiction().id();
      Assessment was = earlier.get(id);
      if (was == null) {
        comparison.addOnlyAfter(id);
        continue;
      }
      matched.add(id);
      Scorecard cardBefore = scoreBefore.score(was);
      Scorecard cardAfter = scoreAfter.score(later);
      for (int c = 0; c < later.capabilities().size(); c++) {
        CapabilityScore then = cardBefore.capabilities().get(c);
        CapabilityScore now = cardAfter.capabilities().get(c);
        comparison.addChange(
            ImmutableCapabilityChange.builder()
                .jurisdictionId(id)
                .capabilityId(now.capabilityId())
                .statusBefore(then.status())
                .statusAfter(now.status())
                .change(Change.of(then.status(), now.status()))
                .levelBefore(then.level())
                .levelAfter(now.level())
                .build());
      }
    }
    earlier.keySet().stream()
        .filter(id -> !matched.contains(id))
        .forEach(comparison::addOnlyBefore);
    Tally tallyBefore = before.tally(view);
    Tally tallyAfter = after.tally(view);
    for (int r = 0; r < view.rows().size(); r++) {
      comparison.addRow(
          ImmutableRowChange.builder()
              .label(view.rows().get(r).label())
              .before(tallyBefore.rows().get(r))
              .after(tallyAfter.rows().get(r))
              .build());
    }
    return comparison.build();
  }

  /**
   * Counts the capability changes of a kind, over all jurisdictions.
   *
   * @param change the kind
   * @return how many
   */
  public int count(Change change) {
    return (int) changes().stream().filter(c -> c.change() == change).count();
  }

  /**
   * Returns the rows as a table: row, yes before, of, yes after, of, change.
   *
   * @return the table
   */
  public TextTable rowTable() {
    List<List<String>> rows = new ArrayList<>();
    for (RowChange row : rows()) {
      rows.add(
          List.of(
              row.label(),
              String.valueOf(row.before().yes()),
              String.valueOf(row.before().denominator()),
              String.valueOf(row.after().yes()),
              String.valueOf(row.after().denominator()),
              (row.yesChange() > 0 ? "+" : "") + row.yesChange()));
    }
    return TextTable.of(
            List.of("row", "yes " + before(), "of", "yes " + after(), "of", "change"), rows)
        .withNotes(Notes.of(List.of(), synthetic()));
  }

  /**
   * Returns the changes other than {@code unchanged} as a table: jurisdiction, capability, change,
   * status and level before and after.
   *
   * @return the table
   */
  public TextTable changeTable() {
    List<List<String>> rows = new ArrayList<>();
    for (CapabilityChange change : changes()) {
      if (change.change() == Change.UNCHANGED && change.levelBefore().equals(change.levelAfter())) {
        continue;
      }
      rows.add(
          List.of(
              change.jurisdictionId(),
              change.capabilityId(),
              change.change().id(),
              change.statusBefore().id() + " -> " + change.statusAfter().id(),
              change.levelBefore().map(Level::id).orElse("-")
                  + " -> "
                  + change.levelAfter().map(Level::id).orElse("-")));
    }
    return TextTable.of(List.of("jurisdiction", "capability", "change", "status", "level"), rows)
        .withNotes(Notes.of(List.of(), synthetic()));
  }

  @Override
  public String toString() {
    return "RoundComparison["
        + before()
        + " -> "
        + after()
        + ": "
        + count(Change.GAINED)
        + " gained, "
        + count(Change.LOST)
        + " lost, "
        + count(Change.NEWLY_ANSWERED)
        + " newly answered]";
  }
}
