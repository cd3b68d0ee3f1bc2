package io.github.mnr4j;

import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * A fold over many items, such as the assessments of a cohort: add one item, combine two
 * accumulators, take the result. Every cohort statistic of mnr4j (tallies, breakdowns, option
 * tallies, score summaries, rankings, rounds to compare) is made by one, so that a cohort of any
 * size is counted as it is read, in parts on several threads, or on several machines.
 *
 * <pre>{@code
 * Accumulator<Assessment, Tally> tally = Tally.accumulator(TallyView.figure1(), mnr);
 * assessments.forEach(tally::add);
 * tally.result().row("Hotline");
 *
 * // or as a stream's collector, in parallel if the stream is
 * assessments.stream().collect(Accumulator.collector(() -> Tally.accumulator(TallyView.figure1(), mnr)));
 * }</pre>
 *
 * <p>The contract, which every mnr4j accumulator meets and which an adapter to a distributed
 * engine's aggregate needs (Spark's {@code Aggregator}: {@code zero} a new accumulator, {@code
 * reduce} {@link #add}, {@code merge} {@link #combine}, {@code finish} {@link #result}; Beam's
 * {@code CombineFn}: {@code createAccumulator}, {@code addInput}, {@code mergeAccumulators}, {@code
 * extractOutput}; Flink's {@code AggregateFunction}: {@code createAccumulator}, {@code add}, {@code
 * merge}, {@code getResult}):
 *
 * <ul>
 *   <li>Split and order do not matter: the items split into any parts, each added to a new
 *       accumulator made the same way, the parts combined in any order, give a result equal to
 *       adding every item to one accumulator.
 *   <li>{@link #add} refuses an item it cannot count (an assessment of another framework; for a
 *       ranking, of a jurisdiction already added) with an {@link MnrException} and leaves the
 *       accumulator as it was; {@link #combine} refuses an accumulator made another way (another
 *       view, framework or model) and leaves both as they were; {@link #result} refuses what the
 *       items together cannot give (a round that holds a jurisdiction twice, however the items were
 *       split).
 *   <li>{@link #result} changes nothing: adding may go on after it, and it may be taken again.
 *   <li>An accumulator is for one thread at a time; combine those of other threads when they are
 *       done. mnr4j's accumulators are not {@code Serializable}: an engine that moves accumulators
 *       between machines needs an adapter that encodes them, or moves the items instead.
 * </ul>
 *
 * @param <T> what is added, such as an assessment
 * @param <R> the result, such as a tally
 */
public interface Accumulator<T, R> {
  /**
   * Adds an item.
   *
   * @param item the item
   * @throws MnrException if the accumulator cannot count the item; it is then unchanged
   */
  void add(T item);

  /**
   * Adds everything another accumulator has added, leaving the other as it was.
   *
   * @param other an accumulator made the same way as this one
   * @return this accumulator
   * @throws MnrException if the other was made another way; both are then unchanged
   */
  Accumulator<T, R> combine(Accumulator<T, R> other);

  /**
   * Returns the result of every item added so far.
   *
   * @return the result
   */
  R result();

  /**
   * Returns a collector that folds a stream's items with accumulators from a supplier, one per part
   * of a parallel stream.
   *
   * @param supplier makes a new, empty accumulator, the same way each time
   * @param <T> what is added
   * @param <R> the result
   * @return the collector
   */
  static <T, R> Collector<T, Accumulator<T, R>, R> collector(
      Supplier<? extends Accumulator<T, R>> supplier) {
    return Collector.of(supplier::get, Accumulator::add, Accumulator::combine, Accumulator::result);
  }
}
