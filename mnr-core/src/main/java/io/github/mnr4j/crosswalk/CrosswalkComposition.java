package io.github.mnr4j.crosswalk;

import java.util.List;
import org.immutables.value.Value;

/**
 * Two crosswalks composed (A to B, then B to C): the crosswalk from A to C as far as the two
 * determine it, and where they do not.
 *
 * <pre>{@code
 * Provenance provenance = Provenance.of("analyst", LocalDate.of(2026, 12, 6), "change records");
 * Framework v1 = Frameworks.mnr().tailor("mnr-v1").removeCapability("universal-terminology").build();
 * Framework v2 = v1.tailor("mnr-v2").renameCapability("csea-hotline", "Hotline").build();
 * CrosswalkComposition composed = Crosswalk.derive(Frameworks.mnr(), v1, provenance)
 *     .compose(Crosswalk.derive(v1, v2, provenance), provenance);
 * composed.isComplete();            // true
 * composed.crosswalk().target();    // framework mnr-v2
 * // narrower then broader determines nothing: such a path is a gap, in words
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CrosswalkComposition {
  CrosswalkComposition() {}

  /**
   * Returns the composed crosswalk. Where there are gaps, its source elements there have no entry,
   * and {@link Crosswalk#check(io.github.mnr4j.framework.Framework,
   * io.github.mnr4j.framework.Framework) checking} it reports them.
   *
   * @return the crosswalk from the first one's source to the second one's target
   */
  public abstract Crosswalk crosswalk();

  /**
   * Returns where the composition is not defined: each a sentence naming the entries.
   *
   * @return the gaps, in the first crosswalk's order; empty when complete
   */
  public abstract List<String> gaps();

  /**
   * Tells whether every entry composed.
   *
   * @return true when there are no gaps
   */
  public boolean isComplete() {
    return gaps().isEmpty();
  }

  static CrosswalkComposition of(Crosswalk crosswalk, List<String> gaps) {
    return ImmutableCrosswalkComposition.builder().crosswalk(crosswalk).addAllGaps(gaps).build();
  }
}
