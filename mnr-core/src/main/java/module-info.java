/**
 * mnr4j core: the Model National Response (MNR) of the WeProtect Global Alliance as immutable data
 * and pure functions.
 *
 * <p>Packages:
 *
 * <ul>
 *   <li>{@link io.github.mnr4j} holds what every package shares: the exceptions, {@code Identified}
 *       (ids of enums), {@code TextTable} (rendered tables), {@code Accumulator} (the shape of
 *       every fold), and {@code Finding}, {@code Report} and {@code Severity} (what checks find);
 *   <li>{@link io.github.mnr4j.framework} the framework: domains, capabilities, enablers, outcomes,
 *       the built-in MNR and tailored variants;
 *   <li>{@link io.github.mnr4j.reference} reference data: income groups, regions and the 42
 *       countries of the 2022 review;
 *   <li>{@link io.github.mnr4j.survey} survey instruments (the built-in 2021 survey), responses,
 *       validation and instrument checks;
 *   <li>{@link io.github.mnr4j.assessment} evidence and status per capability;
 *   <li>{@link io.github.mnr4j.scoring} the scoring engine and its built-in models;
 *   <li>{@link io.github.mnr4j.cohort} cohort analytics: the report's Figure 1, breakdowns,
 *       comparisons between rounds and rankings;
 *   <li>{@link io.github.mnr4j.crosswalk} crosswalks between versions of a framework or an
 *       instrument, their checks, and the migration of responses through them.
 * </ul>
 *
 * <p>The module does no I/O and knows nothing of JSON; {@code io.github.mnr4j.json} does that. Its
 * public signatures use JDK types only: Guava serves inside, and a user's own Guava version does
 * not have to match it.
 */
// Immutables' annotations, needed at compile time only, and Commons Math 3 (no module name of its
// own) come as automatic modules; the modules the internal package is exported to are built after
// this one.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.mnr4j.core {
  requires com.google.common;
  requires commons.math3;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.mnr4j;
  exports io.github.mnr4j.assessment;
  exports io.github.mnr4j.cohort;
  exports io.github.mnr4j.crosswalk;
  exports io.github.mnr4j.framework;
  exports io.github.mnr4j.reference;
  exports io.github.mnr4j.scoring;
  exports io.github.mnr4j.survey;
  exports io.github.mnr4j.translation;
  // Shared with mnr4j's own modules, so that they escape input as the core does; not the API.
  exports io.github.mnr4j.internal to
      io.github.mnr4j.json,
      io.github.mnr4j.examples;
}
