package io.github.mnr4j.crosswalk;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.crosswalk.MigrationNote.Outcome;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What migrating many responses did, counted: how many responses, how many became drafts for
 * review, and for each outcome and pair of questions how many answers had it. The counts hold no
 * jurisdiction and no answer, and take memory by the crosswalk's size, not the cohort's. {@link
 * Migration} shows one made and read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class MigrationSummary {
  MigrationSummary() {}

  /**
   * Returns the id of the crosswalk the responses were migrated through.
   *
   * @return the crosswalk's id
   */
  public abstract String crosswalkId();

  /**
   * Returns how many responses were migrated.
   *
   * @return the number of responses
   */
  public abstract long responses();

  /**
   * Returns how many of them need review: drafts until someone completes them.
   *
   * @return the number of responses with a note that needs review
   */
  public abstract long needingReview();

  /**
   * Returns the counts, by outcome (in {@link Outcome}'s order), then by the questions' ids as
   * people number them (q2 before q10).
   *
   * @return one row per outcome and pair of questions
   */
  public abstract List<Row> rows();

  /** How many answers (or new questions) one outcome had between the same questions. */
  @Value.Immutable
  public abstract static class Row {
    Row() {}

    /**
     * Returns the outcome.
     *
     * @return the outcome
     */
    public abstract Outcome outcome();

    /**
     * Returns the old instrument's questions.
     *
     * @return question ids; possibly empty
     */
    public abstract List<String> sources();

    /**
     * Returns the new instrument's questions.
     *
     * @return question ids; possibly empty
     */
    public abstract List<String> targets();

    /**
     * Returns how many responses had a note with this outcome between these questions.
     *
     * @return the count, at least 1
     */
    public abstract long count();

    @Override
    public String toString() {
      return outcome().id()
          + " "
          + String.join(" + ", sources())
          + " -> "
          + String.join(" + ", targets())
          + ": "
          + count();
    }
  }

  /**
   * Returns an accumulator of migration results through one crosswalk.
   *
   * @param crosswalk the crosswalk the results came through
   * @return an empty accumulator
   */
  public static Accumulator<MigrationResult, MigrationSummary> accumulator(Crosswalk crosswalk) {
    return new Counting(crosswalk.id());
  }

  @Override
  public String toString() {
    return "MigrationSummary["
        + Messages.clip(crosswalkId())
        + ": "
        + responses()
        + " responses, "
        + needingReview()
        + " needing review]";
  }

  /** Orders question ids as people number them: q2 before q10, and an empty list first. */
  static int compareIds(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = compareId(a.get(i), b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareId(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
        String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
        int order =
            numberA.length() != numberB.length()
                ? Integer.compare(numberA.length(), numberB.length())
                : numberA.compareTo(numberB);
        if (order != 0) {
          return order;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static final class Counting implements Accumulator<MigrationResult, MigrationSummary> {
    private final String crosswalkId;
    private long responses;
    private long needingReview;
    private final Map<List<Object>, Long> counts = new LinkedHashMap<>();

    Counting(String crosswalkId) {
      this.crosswalkId = crosswalkId;
    }

    @Override
    public void add(MigrationResult result) {
      responses++;
      if (result.needsReview()) {
        needingReview++;
      }
      for (MigrationNote note : result.notes()) {
        counts.merge(List.of(note.outcome(), note.sources(), note.targets()), 1L, Long::sum);
      }
    }

    @Override
    public Accumulator<MigrationResult, MigrationSummary> combine(
        Accumulator<MigrationResult, MigrationSummary> other) {
      if (!(other instanceof Counting that) || !that.crosswalkId.equals(crosswalkId)) {
        throw new MnrException(
            "cannot combine a migration summary of crosswalk "
                + Messages.quote(crosswalkId)
                + " with another kind of accumulator or another crosswalk's");
      }
      responses += that.responses;
      needingReview += that.needingReview;
      that.counts.forEach((key, count) -> counts.merge(key, count, Long::sum));
      return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MigrationSummary result() {
      List<Row> rows = new ArrayList<>();
      counts.forEach(
          (key, count) ->
              rows.add(
                  ImmutableRow.builder()
                      .outcome((Outcome) key.get(0))
                      .addAllSources((List<String>) key.get(1))
                      .addAllTargets((List<String>) key.get(2))
                      .count(count)
                      .build()));
      // A stable order whatever the order the results came in.
      rows.sort(
          Comparator.comparing(Row::outcome)
              .thenComparing(row -> row.sources(), MigrationSummary::compareIds)
              .thenComparing(row -> row.targets(), MigrationSummary::compareIds));
      return ImmutableMigrationSummary.builder()
          .crosswalkId(crosswalkId)
          .responses(responses)
          .needingReview(needingReview)
          .addAllRows(rows)
          .build();
    }
  }
}
