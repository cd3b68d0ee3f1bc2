package io.github.mnr4j.translation;

import io.github.mnr4j.Identified;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Instrument;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Translation} translates: a framework, an instrument (by id and edition) or a bundle
 * of mnr4j's own messages.
 *
 * <pre>{@code
 * TranslationSource.of(Instruments.mnrSurvey2021());  // instrument wpga-mnr-survey@2021
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class TranslationSource {
  TranslationSource() {}

  /** What a source is. */
  public enum Kind implements Identified {
    /** A framework: its title, domains, capabilities, enablers and passages. */
    FRAMEWORK("framework"),
    /** An instrument: its title, sections, questions, options and passages. */
    INSTRUMENT("instrument"),
    /** A bundle of mnr4j's own messages, keyed by message key. */
    MESSAGES("messages");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /**
     * Returns the kind's id.
     *
     * @return {@code framework}, {@code instrument} or {@code messages}
     */
    @Override
    public String id() {
      return id;
    }
  }

  /**
   * Returns the kind of source.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the source's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the version: an instrument's edition; empty for a framework or a bundle.
   *
   * @return the version, or empty
   */
  public abstract Optional<String> version();

  /**
   * Creates a source without a version.
   *
   * @param kind the kind
   * @param id the id
   * @return the source
   */
  public static TranslationSource of(Kind kind, String id) {
    return ImmutableTranslationSource.builder().kind(kind).id(id).build();
  }

  /**
   * Creates a source with a version.
   *
   * @param kind the kind
   * @param id the id
   * @param version the version, such as an instrument's edition
   * @return the source
   */
  public static TranslationSource of(Kind kind, String id, String version) {
    return ImmutableTranslationSource.builder().kind(kind).id(id).version(version).build();
  }

  /**
   * Returns the source of a framework's translations.
   *
   * @param framework the framework
   * @return the source, by the framework's id
   */
  public static TranslationSource of(Framework framework) {
    return of(Kind.FRAMEWORK, framework.id());
  }

  /**
   * Returns the source of an instrument's translations.
   *
   * @param instrument the instrument
   * @return the source, by the instrument's id and edition
   */
  public static TranslationSource of(Instrument instrument) {
    return of(Kind.INSTRUMENT, instrument.id(), instrument.edition());
  }

  @Override
  public String toString() {
    return kind().id() + " " + id() + version().map(v -> "@" + v).orElse("");
  }
}
