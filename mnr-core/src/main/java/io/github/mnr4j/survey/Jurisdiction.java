package io.github.mnr4j.survey;

import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.internal.Checks;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a response speaks for: an id and a name, optionally the World Bank income group and UNICEF
 * region, and any further attributes to group cohorts by (a round, a year, a language).
 *
 * <pre>{@code
 * Jurisdiction.builder().id("C07").name("Country 07")
 *     .incomeGroup(IncomeGroup.UPPER_MIDDLE).region(Region.LATIN_AMERICA_CARIBBEAN)
 *     .putAttributes("round", "2021").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Jurisdiction {
  Jurisdiction() {}

  /**
   * Returns the jurisdiction's id, such as {@code C07}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the jurisdiction's name, such as {@code Country 07}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the income group, if known.
   *
   * @return the group, or empty
   */
  public abstract Optional<IncomeGroup> incomeGroup();

  /**
   * Returns the region, if known.
   *
   * @return the region, or empty
   */
  public abstract Optional<Region> region();

  /**
   * Returns further attributes, in the order given.
   *
   * @return attribute names to values
   */
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a jurisdiction with an id and a name only.
   *
   * @param id the id
   * @param name the name
   * @return the jurisdiction
   */
  public static Jurisdiction of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("jurisdiction '" + id() + "'")
        .id("id", id())
        .notBlank("name", name());
    attributes().forEach((name, value) -> checks.id("attributes", name));
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }

  /** Builds a {@link Jurisdiction}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }
}
