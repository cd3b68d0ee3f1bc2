package io.github.mnr4j.survey;

import com.google.common.collect.ImmutableList;
import io.github.mnr4j.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One option of a choice question, such as q17's {@code csam-possession}.
 *
 * <p>An option can be <em>exclusive</em> (chosen alone: q6's {@code not-used}), can
 * <em>carry text</em> (an "Other (please describe)" option, whose text goes in the answer's
 * {@code otherText}), and can be evidence for further capabilities beyond its question's (q17's
 * {@code isp-reporting-duty} also informs {@code csea-reporting}). On a gate question, an option
 * can say whether the capability is in place ({@link #affirms()}).
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
  public boolean exclusive() {
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
   * Tells what choosing the option on a gate question says about the capability: in place
   * ({@code true}), not in place ({@code false}), or neither (empty). A yes-no question's
   * {@code yes} affirms and its {@code no} denies; a single-choice gate of one's own says it
   * per option (comprehensive and partial laws, say, affirm; none denies).
   *
   * @return whether the option affirms the capability, or empty
   */
  public abstract Optional<Boolean> affirms();

  /**
   * Returns the capabilities the option is evidence for beyond those of its question.
   *
   * @return capability ids; usually empty
   */
  public abstract ImmutableList<String> alsoInforms();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
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
    return "Option " + id() + (exclusive() ? " (exclusive)" : "")
        + (carriesText() ? " (carries text)" : "");
  }

  /** Builds an {@link Option}. */
  public static final class Builder extends ImmutableOption.Builder {
    Builder() {}
  }
}
