package io.github.mnr4j.crosswalk;

import io.github.mnr4j.Identified;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.checks.Checks;
import io.github.mnr4j.survey.Instrument;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One end of a {@link Crosswalk}: a framework or an instrument, named by id and version. An
 * instrument's version is its edition ({@code wpga-mnr-survey} {@code 2021}); a framework has no
 * edition in mnr4j, so its version is optional and a tailored variant is told apart by its id.
 *
 * <pre>{@code
 * CrosswalkEnd.of(Instruments.mnrSurvey2021());  // instrument wpga-mnr-survey@2021
 * CrosswalkEnd.of(Frameworks.mnr());             // framework wpga-mnr
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class CrosswalkEnd {
  CrosswalkEnd() {}

  /** What an end is. */
  public enum Kind implements Identified {
    /** A framework: its elements are domains, capabilities and enablers. */
    FRAMEWORK("framework"),
    /**
     * An instrument: its elements are questions and their options, an option written {@code
     * question/option} ({@code q17/csam-possession}).
     */
    INSTRUMENT("instrument");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /**
     * Returns the kind's id.
     *
     * @return {@code framework} or {@code instrument}
     */
    @Override
    public String id() {
      return id;
    }
  }

  /**
   * Returns whether the end is a framework or an instrument.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the framework's or instrument's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the version: an instrument's edition; for a framework, empty unless given.
   *
   * @return the version, or empty
   */
  public abstract Optional<String> version();

  /**
   * Creates an end without a version: a framework.
   *
   * @param kind framework or instrument
   * @param id the id
   * @return the end
   * @throws io.github.mnr4j.InvalidDefinitionException if the id is invalid or the end is an
   *     instrument, which needs a version
   */
  public static CrosswalkEnd of(Kind kind, String id) {
    return ImmutableCrosswalkEnd.builder().kind(kind).id(id).build();
  }

  /**
   * Creates an end with a version.
   *
   * @param kind framework or instrument
   * @param id the id
   * @param version the version: an instrument's edition
   * @return the end
   * @throws io.github.mnr4j.InvalidDefinitionException if the id is invalid or the version blank
   */
  public static CrosswalkEnd of(Kind kind, String id, String version) {
    return ImmutableCrosswalkEnd.builder().kind(kind).id(id).version(version).build();
  }

  /**
   * Names a framework as an end.
   *
   * @param framework the framework
   * @return the end, without a version
   */
  public static CrosswalkEnd of(Framework framework) {
    return of(Kind.FRAMEWORK, framework.id());
  }

  /**
   * Names an instrument as an end.
   *
   * @param instrument the instrument
   * @return the end, with the instrument's edition as its version
   */
  public static CrosswalkEnd of(Instrument instrument) {
    return of(Kind.INSTRUMENT, instrument.id(), instrument.edition());
  }

  /**
   * Returns how responses and documents refer to the end: {@code id@version}, or the id alone.
   *
   * @return the reference, such as {@code wpga-mnr-survey@2021}
   */
  public String reference() {
    return id() + version().map(v -> "@" + v).orElse("");
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of(kind().id(), id()).id("id", id());
    version().ifPresent(v -> checks.notBlank("version", v));
    if (kind() == Kind.INSTRUMENT && version().isEmpty()) {
      checks.add("version", "an instrument end needs a version: the instrument's edition");
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return kind().id() + " " + reference();
  }
}
