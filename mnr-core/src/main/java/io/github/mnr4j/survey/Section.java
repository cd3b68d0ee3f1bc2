package io.github.mnr4j.survey;

import io.github.mnr4j.internal.checks.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of an instrument: its number and title, and what it prints before its questions: an
 * introduction, the enablers and outcome of its domain, and a blurb on each capability.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Section {
  Section() {}

  /**
   * Returns the section's id, such as {@code criminal-justice}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the number the instrument prints.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Returns the section's title, such as {@code Criminal Justice}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the text the section opens with, if any (the scope of Section 1, for example).
   *
   * @return the text, or empty
   */
  public abstract Optional<String> introduction();

  /**
   * Returns the id of the framework domain the section asks about, if any.
   *
   * @return a domain id, or empty for sections such as the introduction
   */
  public abstract Optional<String> domainId();

  /**
   * Returns the ids of the enablers the section prints.
   *
   * @return enabler ids of the framework
   */
  public abstract List<String> enablerIds();

  /**
   * Returns the outcome as the section prints it.
   *
   * @return the outcome's text, or empty
   */
  public abstract Optional<String> outcome();

  /**
   * Returns the section's blurbs on its capabilities, as printed ("Leadership - An accountable
   * national governance and oversight committee"), by the id of the capability each is about, so
   * that a translation can name each ({@code section/ID/blurb/CAPABILITY}).
   *
   * @return the blurbs by capability id, in printed order
   */
  public abstract Map<String, String> capabilityBlurbs();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableSection.builder();
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("section '" + id() + "'")
            .id("id", id())
            .positive("number", number())
            .notBlank("title", title());
    capabilityBlurbs()
        .forEach(
            (capabilityId, blurb) -> {
              if (blurb.isBlank()) {
                checks.add(List.of("capabilityBlurbs", capabilityId), "a blurb must not be blank");
              }
            });
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Section " + number() + " " + id() + " (" + title() + ")";
  }

  /** Builds a {@link Section}. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id such as {@code criminal-justice}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the number the instrument prints.
     *
     * @param number from 1
     * @return this builder
     */
    Builder number(int number);

    /**
     * Sets the title as printed.
     *
     * @param title the title
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the text the section opens with.
     *
     * @param introduction the text
     * @return this builder
     */
    Builder introduction(String introduction);

    /**
     * Sets the framework domain the section asks about.
     *
     * @param domainId the domain's id
     * @return this builder
     */
    Builder domainId(String domainId);

    /**
     * Adds an enabler the section names.
     *
     * @param enablerId an enabler id
     * @return this builder
     */
    Builder addEnablerId(String enablerId);

    /**
     * Adds a capability blurb, as printed.
     *
     * @param capabilityId the id of the capability the blurb is about
     * @param blurb the blurb
     * @return this builder
     */
    Builder putCapabilityBlurb(String capabilityId, String blurb);

    /**
     * Adds enablers the section prints.
     *
     * @param enablerIds enabler ids of the framework
     * @return this builder
     */
    Builder addAllEnablerIds(Iterable<String> enablerIds);

    /**
     * Sets the outcome as the section prints it.
     *
     * @param outcome the outcome's text
     * @return this builder
     */
    Builder outcome(String outcome);

    /**
     * Adds blurbs on the section's capabilities, as printed.
     *
     * @param blurbs the blurbs by capability id, in printed order
     * @return this builder
     */
    Builder putAllCapabilityBlurbs(Map<String, ? extends String> blurbs);

    /**
     * Builds the section.
     *
     * @return the section
     * @throws io.github.mnr4j.InvalidDefinitionException if the id, number or title is invalid
     */
    Section build();
  }
}
