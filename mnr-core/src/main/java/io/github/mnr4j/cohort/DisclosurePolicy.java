package io.github.mnr4j.cohort;

import io.github.mnr4j.Identified;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a cohort's aggregate outputs may show, so that no jurisdiction's answers can be read off
 * them, not even by combining one output with another. The 2021 survey told governments that
 * "Original survey replies will not be published" (its Background, in Framing the future, Appendix
 * 2); the policy applies to counts the rules official statistics apply to tables of people:
 *
 * <ul>
 *   <li><b>Primary suppression</b>, a threshold rule: a group of a breakdown counted over fewer
 *       jurisdictions than the minimum group size (for an option breakdown: fewer answers) is
 *       suppressed.
 *   <li><b>Secondary suppression</b>: a breakdown's groups add up to its total, which is published
 *       too, so one suppressed group could be recovered by subtracting the others from it. Until at
 *       least two groups are suppressed and they hold at least the minimum group size together, the
 *       smallest group shown is suppressed as well; what subtraction then gives is a sum over two
 *       groups or more, of at least the minimum group size together.
 *   <li><b>Query-set-size control</b>: a filtered count ({@link CohortAnalysis#where}) is refused
 *       when the jurisdictions it keeps, or those it leaves out, number fewer than the minimum (but
 *       not none): subtracting it from the whole cohort's would otherwise show the few left out. A
 *       whole cohort smaller than the minimum is refused likewise. In a filtered breakdown, a group
 *       whose jurisdictions left out by the filters number fewer than the minimum (but not none) is
 *       suppressed, since the unfiltered breakdown's group would give them away.
 *   <li><b>Per-jurisdiction outputs</b> (rankings, scorecards of a cohort, changes between rounds
 *       per jurisdiction) only with a minimum group size of 1, the explicit opt-in; outputs made
 *       under a minimum below {@link #SAFE_MIN_GROUP_SIZE} say so in their notes ({@link #note()}).
 * </ul>
 *
 * <p>The policy protects each output against its own totals and against the whole cohort's and the
 * unfiltered breakdown's counts. It does not audit a series of arbitrary queries: an analyst who
 * publishes results should publish a fixed set of tables made under one policy.
 *
 * <p>Tallies and option tallies are counts, whoever reads them: {@link #check(Tally)} before
 * showing one. Breakdowns take the policy and apply it to their groups themselves.
 *
 * <p>Immutable and thread-safe.
 */
public final class DisclosurePolicy {
  /**
   * The minimum group size to publish with unless there is a reason to show less: a group of five
   * or more keeps one jurisdiction's answers from being read off its group's counts.
   */
  public static final int SAFE_MIN_GROUP_SIZE = 5;

  private static final DisclosurePolicy STANDARD = new DisclosurePolicy(SAFE_MIN_GROUP_SIZE);

  /** Why a group of a breakdown was suppressed. */
  public enum Suppression implements Identified {
    /** Fewer jurisdictions (or answers) than the minimum group size: primary suppression. */
    TOO_SMALL("too-small", "fewer than the minimum group size"),
    /**
     * The jurisdictions of the group that the filters left out number fewer than the minimum, so
     * the unfiltered group's counts minus this group's would show theirs.
     */
    FILTER_DIFFERENCE(
        "filter-difference", "the unfiltered group differs from it by fewer than the minimum"),
    /**
     * Large enough, but suppressed as well so that the suppressed groups cannot be recovered by
     * subtracting the groups shown from the total: secondary suppression.
     */
    COMPLEMENTARY("complementary", "so that no suppressed group can be recovered from the total");

    private final String id;
    private final String reason;

    Suppression(String id, String reason) {
      this.id = id;
      this.reason = reason;
    }

    /**
     * Returns the id used in output.
     *
     * @return such as {@code too-small}
     */
    @Override
    public String id() {
      return id;
    }

    /**
     * Returns why a group is suppressed, in words.
     *
     * @return such as {@code fewer than the minimum group size}
     */
    public String reason() {
      return reason;
    }
  }

  private final int minGroupSize;

  private DisclosurePolicy(int minGroupSize) {
    this.minGroupSize = minGroupSize;
  }

  /**
   * Returns the policy to publish with: a minimum group size of {@link #SAFE_MIN_GROUP_SIZE}, no
   * per-jurisdiction outputs.
   *
   * @return the standard policy
   */
  public static DisclosurePolicy standard() {
    return STANDARD;
  }

  /**
   * Returns a policy with another minimum group size. Below {@link #SAFE_MIN_GROUP_SIZE} smaller
   * groups are shown, and outputs say so; 1 shows single jurisdictions and allows per-jurisdiction
   * outputs: only for data that may be shown that way, such as a jurisdiction's own.
   *
   * @param minGroupSize the fewest jurisdictions a count may describe, 1 or more
   * @return the policy
   * @throws MnrException if the minimum is below 1
   */
  public static DisclosurePolicy withMinGroupSize(int minGroupSize) {
    if (minGroupSize < 1) {
      throw new MnrException("the minimum group size is 1 or more, not " + minGroupSize);
    }
    return minGroupSize == SAFE_MIN_GROUP_SIZE ? STANDARD : new DisclosurePolicy(minGroupSize);
  }

  /**
   * Returns the fewest jurisdictions (for option counts: answers) a published count may describe.
   *
   * @return the minimum group size
   */
  public int minGroupSize() {
    return minGroupSize;
  }

  /**
   * Tells whether per-jurisdiction outputs are allowed: only with a minimum group size of 1.
   *
   * @return true if single jurisdictions may be shown
   */
  public boolean allowsPerJurisdiction() {
    return minGroupSize == 1;
  }

  /**
   * Returns the note an output made under this policy carries when it shows smaller groups than the
   * standard policy would.
   *
   * @return the note, or empty under a minimum of {@link #SAFE_MIN_GROUP_SIZE} or more
   */
  public Optional<String> note() {
    if (minGroupSize >= SAFE_MIN_GROUP_SIZE) {
      return Optional.empty();
    }
    return Optional.of(
        minGroupSize == 1
            ? "Shown by request with a minimum group size of 1: single jurisdictions' answers"
                + " may be read off these numbers (the standard minimum is "
                + SAFE_MIN_GROUP_SIZE
                + ")."
            : "Shown by request with a minimum group size of "
                + minGroupSize
                + ": groups that small may expose single jurisdictions' answers (the standard"
                + " minimum is "
                + SAFE_MIN_GROUP_SIZE
                + ").");
  }

  /**
   * Refuses a tally that would show fewer jurisdictions than the minimum, or whose filters leave
   * out fewer than the minimum (but not none): the whole cohort's counts minus the tally's would
   * show theirs.
   *
   * @param tally the tally about to be shown
   * @throws DisclosureException saying which set is too small
   */
  public void check(Tally tally) {
    checkQuerySet(
        tally.filters(), tally.jurisdictionCount(), tally.leftOutCount(), "jurisdictions", "");
  }

  /**
   * Refuses an option tally counted over fewer answers than the minimum, or whose filters leave out
   * fewer answers than the minimum (but not none).
   *
   * @param options the option tally about to be shown
   * @throws DisclosureException saying which set is too small
   */
  public void check(OptionTally options) {
    checkQuerySet(
        options.filters(),
        options.answeredCount(),
        options.leftOutAnsweredCount(),
        "answers",
        " to " + options.questionId());
  }

  /**
   * Refuses a summary of fewer scorecards than the minimum: its lowest and highest values, and its
   * means, would be single jurisdictions'.
   *
   * @param summary the summary about to be shown
   * @throws DisclosureException saying how many it summarises
   */
  public void check(ScoreSummary summary) {
    checkQuerySet(List.of(), summary.jurisdictionCount(), 0, "scorecards", "");
  }

  /**
   * Refuses a comparison of rounds either of which has fewer jurisdictions than the minimum: its
   * rows are each round's tally. The changes per jurisdiction ({@link
   * RoundComparison#toChangeTable()}) are an output of jurisdictions one by one: {@link
   * #requirePerJurisdiction}.
   *
   * @param comparison the comparison about to be shown
   * @throws DisclosureException saying which round is too small
   */
  public void check(RoundComparison comparison) {
    // Every row of a round counts all of its jurisdictions: the first row gives their number.
    for (RoundComparison.RowChange row :
        comparison.rows().subList(0, Math.min(1, comparison.rows().size()))) {
      checkQuerySet(List.of(), total(row.before()), 0, "jurisdictions", of(comparison.before()));
      checkQuerySet(List.of(), total(row.after()), 0, "jurisdictions", of(comparison.after()));
    }
  }

  private static String of(String round) {
    return " of round '" + Messages.printable(Messages.clip(round)) + "'";
  }

  private static int total(TallyRow row) {
    return row.yesCount() + row.noCount() + row.unansweredCount();
  }

  /**
   * Refuses an output that shows jurisdictions one by one unless the policy allows it.
   *
   * @param output what would be shown, such as {@code a ranking}
   * @throws DisclosureException unless the minimum group size is 1
   */
  public void requirePerJurisdiction(String output) {
    if (!allowsPerJurisdiction()) {
      throw new DisclosureException(
          output
              + " shows single jurisdictions, which the disclosure policy allows only by request:"
              + " a minimum group size of 1");
    }
  }

  /**
   * Refuses a set of jurisdictions (or answers) that is not empty and smaller than the minimum, or
   * whose complement left out by the filters is.
   */
  void checkQuerySet(List<Where> filters, int size, int leftOut, String unit, String question) {
    String where =
        filters.isEmpty()
            ? ""
            : " where "
                + filters.stream().map(Where::toString).collect(Collectors.joining(" and "));
    if (size > 0 && size < minGroupSize) {
      throw new DisclosureException(
          "the disclosure policy refuses counts of "
              + size
              + " "
              + unit
              + question
              + where
              + ", fewer than the minimum group size of "
              + minGroupSize
              + ": they would show single jurisdictions' answers");
    }
    if (leftOut > 0 && leftOut < minGroupSize) {
      throw new DisclosureException(
          "the disclosure policy refuses counts"
              + where
              + ": they leave out "
              + leftOut
              + " "
              + unit
              + question
              + ", fewer than the minimum group size of "
              + minGroupSize
              + ", whose answers the counts without the filter minus these would show");
    }
  }

  /**
   * Decides which groups of a breakdown to suppress: those too small, those that differ from their
   * unfiltered group by too few, then, secondarily, the smallest groups shown until what the
   * suppressed groups hold together cannot be split.
   *
   * @param sizes each group's size and the size left out of it by the filters ({@code {size,
   *     leftOut}}), in the order shown
   * @return each suppressed group's reason; the groups not in it are shown
   */
  Map<String, Suppression> suppress(Map<String, int[]> sizes) {
    Map<String, Suppression> suppressed = new LinkedHashMap<>();
    int suppressedSize = 0;
    for (Map.Entry<String, int[]> group : sizes.entrySet()) {
      int size = group.getValue()[0];
      int leftOut = group.getValue()[1];
      if (size < minGroupSize) {
        suppressed.put(group.getKey(), Suppression.TOO_SMALL);
      } else if (leftOut > 0 && leftOut < minGroupSize) {
        suppressed.put(group.getKey(), Suppression.FILTER_DIFFERENCE);
      } else {
        continue;
      }
      suppressedSize += size;
    }
    List<String> shown = new ArrayList<>(sizes.keySet());
    shown.removeAll(suppressed.keySet());
    // The smallest shown first, ties in the order shown: what is lost is as little as it can be.
    shown.sort(Comparator.comparingInt(value -> sizeOf(sizes, value)));
    for (String value : shown) {
      if (suppressed.isEmpty() || (suppressed.size() >= 2 && suppressedSize >= minGroupSize)) {
        break;
      }
      suppressed.put(value, Suppression.COMPLEMENTARY);
      suppressedSize += sizeOf(sizes, value);
    }
    return suppressed;
  }

  private static int sizeOf(Map<String, int[]> sizes, String value) {
    return Objects.requireNonNull(sizes.get(value))[0];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DisclosurePolicy policy && policy.minGroupSize == minGroupSize;
  }

  @Override
  public int hashCode() {
    return minGroupSize;
  }

  @Override
  public String toString() {
    return "DisclosurePolicy[minGroupSize=" + minGroupSize + "]";
  }
}
