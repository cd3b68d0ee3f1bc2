/**
 * Benchmarks and scale tools. JMH benchmarks put each of mnr4j's hot paths next to a baseline in
 * one run: reading against Jackson's {@code Map} binding and a bare token pass ({@link
 * io.github.mnr4j.examples.bench.ReadingBenchmarks}), validating, assessing and scoring against a
 * hand-written loop ({@link io.github.mnr4j.examples.bench.PipelineBenchmarks}), Figure 1 against a
 * hand loop over an array ({@link io.github.mnr4j.examples.bench.Figure1Benchmarks}); one
 * response's paths alone ({@link io.github.mnr4j.examples.bench.ResponseBenchmarks}). {@link
 * io.github.mnr4j.examples.bench.SideBySide} runs the side-by-side ones and prints the ratios;
 * {@link io.github.mnr4j.examples.bench.GenerateCohort} writes large synthetic cohorts for {@code
 * mnr-examples/bench/scale.sh}, and {@link io.github.mnr4j.examples.bench.TokenPass} times that
 * script's floor, a cold pass over Jackson's tokens. From the repository's root, after {@code mvn
 * -q package -DskipTests}:
 *
 * <pre>
 * java -cp mnr-examples/target/mnr.jar io.github.mnr4j.examples.bench.SideBySide
 * java -cp mnr-examples/target/mnr.jar org.openjdk.jmh.Main -f 1 -wi 3 -i 5 ResponseBenchmarks
 * </pre>
 */
@NullMarked
package io.github.mnr4j.examples.bench;

import org.jspecify.annotations.NullMarked;
