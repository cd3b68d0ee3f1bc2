package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Folds over numbered items (draws, samples) spread over the tool's threads. */
final class Folds {
  private Folds() {}

  /**
   * Adds the numbers 0 to {@code count} less one to accumulators on {@code threads} threads and
   * combines them: the library's folds give the same result however they are split.
   */
  static <R> R overIndices(int count, Supplier<Accumulator<Integer, R>> accumulators, int threads) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(
              () ->
                  IntStream.range(0, count)
                      .boxed()
                      .parallel()
                      .collect(Accumulator.collector(accumulators)))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MnrException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
