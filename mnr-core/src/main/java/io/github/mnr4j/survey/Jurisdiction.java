package io.github.mnr4j.survey;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a response speaks for: an id and a name, optionally the World Bank income group and UNICEF
 * region, and any further attributes to group cohorts by (a round, a year, a language).
 *
 * <pre>{@code
 * Jurisdiction.builder().id("C07").name("Country 07")
 *     .incomeGroup(IncomeGroup.UPPER_MIDDLE).region(Region.LATIN_AMERICA_CARIBBEAN)
 *     .putAttribute("round", "2021").build();
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
  public abstract Map<String, String> attributes();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableJurisdiction.builder();
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
    Checks checks = Checks.of("jurisdiction", id()).id("id", id()).notBlank("name", name());
    attributes()
        .forEach(
            (name, value) -> {
              checks.id("attributes", name);
              if (value.equals(NO_ATTRIBUTE_VALUE)) {
                // A breakdown would put these with the jurisdictions that lack the attribute, and
                // show the two as one group, each too small to show alone.
                checks.add(
                    List.of("attributes", name),
                    "the value '"
                        + NO_ATTRIBUTE_VALUE
                        + "' stands for no value in breakdowns; give another");
              }
            });
    checks.throwIfAny();
  }

  /** What a breakdown calls the group of jurisdictions without the attribute it groups by. */
  public static final String NO_ATTRIBUTE_VALUE = "(none)";

  /**
   * The attribute that says where a jurisdiction's data come from; its value {@value #SYNTHETIC}
   * marks made-up data, as in mnr4j's example cohort.
   */
  public static final String DATA_ATTRIBUTE = "data";

  /** The value of {@value #DATA_ATTRIBUTE} that marks made-up data. */
  public static final String SYNTHETIC = "synthetic";

  /** What every table of synthetic jurisdictions says, as a note or comment line. */
  public static final String SYNTHETIC_NOTE =
      "SYNTHETIC DATA: made-up jurisdictions whose"
          + " invented answers imitate published aggregates; no jurisdiction stands for a real"
          + " country.";

  /**
   * Returns what a table says of the synthetic jurisdictions it counts: {@link #SYNTHETIC_NOTE}
   * when all of them are, and how many of how many otherwise ("2 of 3 jurisdictions are
   * synthetic"), so that real data counted beside made-up data are not called made up.
   *
   * @param syntheticCount how many of the counted are synthetic, at least 1
   * @param count how many were counted
   * @param counted what was counted, plural: {@code jurisdictions}, or {@code responses of the two
   *     rounds}
   * @return the note
   */
  public static String syntheticNote(long syntheticCount, long count, String counted) {
    if (syntheticCount >= count) {
      return SYNTHETIC_NOTE;
    }
    return "SYNTHETIC DATA: "
        + syntheticCount
        + " of "
        + count
        + " "
        + counted
        + (syntheticCount == 1 ? " is" : " are")
        + " synthetic: made up, with invented answers that imitate published aggregates; the"
        + " others' data are not marked synthetic.";
  }

  /**
   * Tells whether the jurisdiction's data are made up: its attribute {@value #DATA_ATTRIBUTE} is
   * {@value #SYNTHETIC}. Tallies of synthetic jurisdictions say so in every format.
   *
   * @return true for made-up data
   */
  public boolean isSynthetic() {
    return SYNTHETIC.equals(attributes().get(DATA_ATTRIBUTE));
  }

  /**
   * Returns the form in which ids are compared to find one jurisdiction under two ids: lower case,
   * without trailing {@code .}, {@code -} or {@code _}. {@code C07}, {@code c07} and {@code C07.}
   * have the same form, and a cohort refuses a second of them as it refuses the same id twice: they
   * are far more likely one jurisdiction typed twice than two.
   *
   * @param id a jurisdiction's id
   * @return the id's comparable form
   */
  public static String comparableId(String id) {
    int end = id.length();
    while (end > 1 && ".-_".indexOf(id.charAt(end - 1)) >= 0) {
      end--;
    }
    return id.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Says why a cohort refuses an id after another: the same id, or the same but for case and
   * trailing punctuation ({@link #comparableId}).
   *
   * @param id the id that came again
   * @param earlier the id that came first
   * @return {@code 'C07' came before}, or {@code 'c07' differs only in case or a trailing '.', '-'
   *     or '_' from 'C07', which came before}
   */
  public static String cameBefore(String id, String earlier) {
    return id.equals(earlier)
        ? "'" + Messages.clip(id) + "' came before"
        : "'"
            + Messages.clip(id)
            + "' differs only in case or a trailing '.', '-' or '_' from '"
            + Messages.clip(earlier)
            + "', which came before";
  }

  @Override
  public String toString() {
    return id() + " " + Messages.printable(name());
  }

  /** Builds a {@link Jurisdiction}. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code C07}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the name.
     *
     * @param name such as {@code Country 07}
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the income group.
     *
     * @param incomeGroup the group
     * @return this builder
     */
    Builder incomeGroup(IncomeGroup incomeGroup);

    /**
     * Sets the region.
     *
     * @param region the region
     * @return this builder
     */
    Builder region(Region region);

    /**
     * Adds a further attribute.
     *
     * @param name the attribute's name, a valid id such as {@code round}
     * @param value its value
     * @return this builder
     */
    Builder putAttribute(String name, String value);

    /**
     * Adds further attributes.
     *
     * @param attributes values by attribute name
     * @return this builder
     */
    Builder putAllAttributes(Map<String, ? extends String> attributes);

    /**
     * Builds the jurisdiction.
     *
     * @return the jurisdiction
     * @throws io.github.mnr4j.InvalidDefinitionException if the id, name or an attribute name is
     *     invalid
     */
    Jurisdiction build();
  }
}
