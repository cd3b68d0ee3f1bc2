package io.github.mnr4j.scoring;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.survey.InvalidResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A ranking of a cohort's jurisdictions by a composite index, made by a {@link Ranker}: each
 * jurisdiction's nominal value and rank, its median rank and 5th to 95th percentile interval over
 * the weight draws, and the probability of each band of the index's scale.
 *
 * <p>For indices of one's own: the Alliance says that individual results of its MNR Maturity Model
 * survey "will not be used to rank or benchmark particular countries' responses", and every output
 * of a ranking says so ({@link #NOT_A_LEAGUE_TABLE}).
 *
 * <pre>{@code
 * Ranking ranking = analysis.assessments().stream()
 *     .collect(Accumulator.collector(
 *         () -> Ranker.of(ScoringModels.index()).withDraws(1000).withSeed(2022).accumulator(mnr)));
 * ranking.entries().get(0).nominalRank();  // 1
 * System.out.print(ranking.toTable().toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Ranking {
  Ranking() {}

  /**
   * Returns the index whose values are ranked.
   *
   * @return its id
   */
  public abstract String modelId();

  /**
   * Returns how many weight draws were made.
   *
   * @return the draws
   */
  public abstract int drawCount();

  /**
   * Returns the random seed.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Returns the bands of the index's scale, lowest first, such as {@code 0-25}.
   *
   * @return the bands' labels
   */
  public abstract List<String> bands();

  /**
   * Returns the ranked jurisdictions, by nominal rank (then id).
   *
   * @return the entries
   */
  public abstract List<Entry> entries();

  /**
   * Returns the jurisdictions with too little evidence for an index value (fewer capabilities with
   * a value than the index's minimum coverage), which are not ranked.
   *
   * @return ids, in their order
   */
  public abstract List<String> unranked();

  /**
   * Returns how many of the jurisdictions ranked, or left unranked, are synthetic (made up, as the
   * example cohort's are); the table then says how many of how many.
   *
   * @return the count; 0 for real data only
   */
  public abstract int syntheticCount();

  /**
   * Tells whether any jurisdiction ranked, or left unranked, is synthetic.
   *
   * @return true if made-up data were ranked
   */
  public boolean isSynthetic() {
    return syntheticCount() > 0;
  }

  /**
   * Returns the responses ranked, or left unranked, that had validation errors: they are ranked as
   * far as their answers go, and the table says so.
   *
   * @return the summary; empty when every response was valid
   */
  public abstract InvalidResponses invalidResponses();

  /**
   * Returns how many of the jurisdictions ranked, or left unranked, answer each instrument: more
   * than one, and the table says their values compare within one instrument only.
   *
   * @return counts by instrument reference, in reference order
   */
  public abstract Map<String, Integer> instrumentCounts();

  static Ranking of(
      String model,
      int draws,
      long seed,
      List<String> bands,
      List<Entry> entries,
      List<String> unranked,
      int syntheticCount,
      InvalidResponses invalidResponses,
      Map<String, Integer> instrumentCounts) {
    return ImmutableRanking.builder()
        .modelId(model)
        .drawCount(draws)
        .seed(seed)
        .addAllBands(bands)
        .addAllEntries(entries)
        .addAllUnranked(unranked)
        .syntheticCount(syntheticCount)
        .invalidResponses(invalidResponses)
        .putAllInstrumentCounts(new TreeMap<>(instrumentCounts))
        .build();
  }

  /** One jurisdiction's place in the ranking. */
  @Value.Immutable
  public abstract static class Entry {
    Entry() {}

    /**
     * Returns the jurisdiction's id.
     *
     * @return the id
     */
    public abstract String jurisdictionId();

    /**
     * Returns the jurisdiction's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the index with the model's own weights.
     *
     * @return a value in [0, 100]
     */
    public abstract double nominalValue();

    /**
     * Returns the rank with the model's own weights.
     *
     * @return the rank, from 1
     */
    public abstract int nominalRank();

    /**
     * Returns the median rank over the draws.
     *
     * @return the rank
     */
    public abstract int medianRank();

    /**
     * Returns the 5th percentile of the ranks: the best rank but for the luckiest 5% of draws.
     *
     * @return the rank
     */
    public abstract int bestRank();

    /**
     * Returns the 95th percentile of the ranks.
     *
     * @return the rank
     */
    public abstract int worstRank();

    /**
     * Returns the probability of each band, in band order; bands never reached are left out.
     *
     * @return band label to probability
     */
    public abstract Map<String, Double> bandProbabilities();

    static Entry of(
        String jurisdictionId,
        String name,
        double nominalValue,
        int nominalRank,
        int medianRank,
        int bestRank,
        int worstRank,
        Map<String, Double> bandProbabilities) {
      return ImmutableEntry.builder()
          .jurisdictionId(jurisdictionId)
          .name(name)
          .nominalValue(nominalValue)
          .nominalRank(nominalRank)
          .medianRank(medianRank)
          .bestRank(bestRank)
          .worstRank(worstRank)
          .putAllBandProbabilities(bandProbabilities)
          .build();
    }
  }

  /**
   * Returns the ranking as a tidy table, a row per jurisdiction: {@code rank, jurisdiction, name,
   * index, median_rank, best_rank, worst_rank} (the 5th and 95th percentile ranks), {@code
   * likely_band, likely_band_percent}. The unranked follow, with only their id: their empty rank
   * says that too little is known of them for an index value. A note says when the data are
   * synthetic.
   *
   * @return the table
   */
  public TextTable toTable() {
    List<List<String>> rows = new ArrayList<>();
    for (Entry entry : entries()) {
      Map.Entry<String, Double> likely =
          entry.bandProbabilities().entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .orElseThrow();
      rows.add(
          List.of(
              String.valueOf(entry.nominalRank()),
              entry.jurisdictionId(),
              entry.name(),
              String.format(Locale.ROOT, "%.1f", entry.nominalValue()),
              String.valueOf(entry.medianRank()),
              String.valueOf(entry.bestRank()),
              String.valueOf(entry.worstRank()),
              likely.getKey(),
              String.format(Locale.ROOT, "%.0f", 100 * likely.getValue())));
    }
    for (String id : unranked()) {
      rows.add(List.of("", id, "", "", "", "", "", "", ""));
    }
    return TextTable.of(
            List.of(
                "rank",
                "jurisdiction",
                "name",
                "index",
                "median_rank",
                "best_rank",
                "worst_rank",
                "likely_band",
                "likely_band_percent"),
            rows)
        .withNotes(notes());
  }

  /**
   * What every ranking says first, in the Alliance's words: a ranking is of an index of one's own,
   * never a league table of countries' responses to the MNR.
   */
  public static final String NOT_A_LEAGUE_TABLE =
      "The WeProtect Global Alliance says of its MNR Maturity Model survey that individual results"
          + " \"will not be used to rank or benchmark particular countries' responses\""
          + " (weprotect.org/survey-maturity-model-mnr). Rank an index of your own, for your own"
          + " purpose; not countries' responses to the Model National Response.";

  /**
   * The notes of the table: the Alliance's words on ranking, validation errors, synthetic data,
   * instruments mixed.
   */
  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add(NOT_A_LEAGUE_TABLE);
    CohortNotes.add(
        notes,
        "Ranked",
        invalidResponses(),
        syntheticCount(),
        entries().size() + unranked().size(),
        instrumentCounts());
    return notes;
  }

  @Override
  public String toString() {
    return "Ranking["
        + entries().size()
        + " ranked, "
        + drawCount()
        + " draws, seed "
        + seed()
        + "]";
  }
}
