/**
 * JMH benchmarks of mnr4j's hot paths: validating, assessing and scoring one response, and
 * tallying a cohort of 100,000. Run them from the repository's root after
 * {@code mvn -q package -DskipTests}:
 *
 * <pre>
 * java -cp mnr-examples/target/mnr.jar org.openjdk.jmh.Main -f 1 -wi 3 -i 5
 * </pre>
 */
@NullMarked
package io.github.mnr4j.examples.bench;

import org.jspecify.annotations.NullMarked;
