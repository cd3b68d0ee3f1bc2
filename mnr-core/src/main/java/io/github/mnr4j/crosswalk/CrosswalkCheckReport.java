package io.github.mnr4j.crosswalk;

import io.github.mnr4j.Report;
import io.github.mnr4j.internal.Messages;
import java.util.List;
import org.immutables.value.Value;

/**
 * What checking a {@link Crosswalk} found: its findings in a stable order (the ends, then the
 * entries in order, then the source end's elements in its order, then the target end's).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CrosswalkCheckReport implements Report<CrosswalkFinding> {
  CrosswalkCheckReport() {}

  /**
   * Returns the id of the crosswalk checked.
   *
   * @return the crosswalk's id
   */
  public abstract String crosswalkId();

  @Override
  public abstract List<CrosswalkFinding> findings();

  static CrosswalkCheckReport of(String crosswalkId, List<CrosswalkFinding> findings) {
    return ImmutableCrosswalkCheckReport.builder()
        .crosswalkId(crosswalkId)
        .addAllFindings(findings)
        .build();
  }

  @Override
  public String toString() {
    return "CrosswalkCheckReport["
        + Messages.clip(crosswalkId())
        + ": "
        + errors().size()
        + " errors, "
        + warnings().size()
        + " warnings]";
  }
}
