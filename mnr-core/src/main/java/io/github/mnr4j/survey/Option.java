package io.github.mnr4j.survey;

import io.github.mnr4j.internal.checks.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * One option of a choice question, such as q17's {@code csam-possession}.
 *
 * <p>An option can be <em>exclusive</em> (chosen alone: q6's {@code not-used}), can <em>carry
 * text</em> (an "Other (please describe)" option, whose text goes in the answer's {@code
 * otherText}), and can be evidence for further capabilities beyond its question's (q17's {@code
 * isp-reporting-duty} also informs {@code csea-reporting}). On a gate question, an option can say
 * whether the capability is in place ({@link #verdict()}).
 *
 * <pre>{@code
 * Option.of("partial", "Partial");
 * Option.builder().id("other").text("Other (please describe)").carriesText(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Option {
  Option() {}

  /**
   * Returns the option's id, unique within its question.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the option's text as the instrument prints it.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Tells whether the option must be chosen alone.
   *
   * @return true for an exclusive option
   */
  @Value.Default
  public boolean isExclusive() {
    return false;
  }

  /**
   * Tells whether choosing the option calls for free text (an answer's {@code otherText}).
   *
   * @return true for an "Other (please describe)" option
   */
  @Value.Default
  public boolean carriesText() {
    return false;
  }

  /**
   * Tells what choosing the option on a gate question says about the capability: in place, not in
   * place, or neither (the default).
   *
   * @return the verdict
   */
  @Value.Default
  public Verdict verdict() {
    return Verdict.NEUTRAL;
  }

  /**
   * Returns the capabilities the option is evidence for beyond those of its question.
   *
   * @return capability ids; usually empty
   */
  public abstract List<String> alsoInforms();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableOption.builder();
  }

  /**
   * Creates a plain option.
   *
   * @param id the id
   * @param text the text
   * @return the option
   */
  public static Option of(String id, String text) {
    return builder().id(id).text(text).build();
  }

  @Value.Check
  void check() {
    Checks.of("option '" + id() + "'").id("id", id()).notBlank("text", text()).throwIfAny();
  }

  @Override
  public String toString() {
    return "Option "
        + id()
        + (isExclusive() ? " (exclusive)" : "")
        + (carriesText() ? " (carries text)" : "")
        + (verdict() == Verdict.NEUTRAL ? "" : " (" + verdict().id() + ")");
  }

  /** Builds an {@link Option}. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id unique within the question
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the text.
     *
     * @param text the option as printed
     * @return this builder
     */
    Builder text(String text);

    /**
     * Says whether the option must be chosen alone; by default it need not.
     *
     * @param exclusive true for an exclusive option
     * @return this builder
     */
    Builder exclusive(boolean exclusive);

    /**
     * Says whether the option calls for free text; by default it does not.
     *
     * @param carriesText true for an "Other (please describe)" option
     * @return this builder
     */
    Builder carriesText(boolean carriesText);

    /**
     * Sets what choosing the option on a gate says about the capability; by default {@link
     * Verdict#NEUTRAL}.
     *
     * @param verdict the verdict
     * @return this builder
     */
    Builder verdict(Verdict verdict);

    /**
     * Adds a capability the option is evidence for beyond its question's.
     *
     * @param capabilityId the capability's id
     * @return this builder
     */
    Builder addAlsoInform(String capabilityId);

    /**
     * Adds capabilities the option is evidence for beyond its question's.
     *
     * @param capabilityIds the capabilities' ids
     * @return this builder
     */
    Builder addAllAlsoInforms(Iterable<String> capabilityIds);

    /**
     * Builds the option.
     *
     * @return the option
     * @throws io.github.mnr4j.InvalidDefinitionException if the id or text is invalid
     */
    Option build();
  }
}
