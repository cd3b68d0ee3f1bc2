package io.github.mnr4j.crosswalk;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.internal.checks.Checks;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the elements of one framework or instrument map to those of another: two versions of the MNR,
 * two editions of a survey, two different surveys, or a survey and the framework its questions give
 * evidence for. A crosswalk is data: {@link CrosswalkEntry entries} in a closed vocabulary of
 * {@link Relationship}s, each with a rationale and provenance, checked like an instrument ({@link
 * #check(Framework, Framework)} and its siblings) and carried in JSON as an {@code mnr4j.crosswalk}
 * document.
 *
 * <pre>{@code
 * Framework variant =
 *     Frameworks.mnr().tailor("wpga-mnr-v2").removeCapability("universal-terminology").build();
 * Crosswalk derived = Crosswalk.derive(Frameworks.mnr(), variant,
 *     Provenance.of("analyst", LocalDate.of(2026, 12, 6), "the variant's change record"));
 * derived.check(Frameworks.mnr(), variant).findings();  // []
 * // read backwards, from the variant to the MNR
 * derived.inverse().source();  // framework wpga-mnr-v2
 * }</pre>
 *
 * <p>Every element of the source end must be mapped or declared {@link Relationship#REMOVED
 * removed}, and every element of the target end reached or declared {@link Relationship#ADDED
 * added}. At an instrument end the elements are questions and their options ({@code
 * q17/csam-possession}); an option needs no entry of its own when its question maps to exactly one
 * question that has an option with the same id: it then maps to that option.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Crosswalk {
  Crosswalk() {}

  /**
   * Returns the crosswalk's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns a title for people.
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns the end mapped from.
   *
   * @return the source end
   */
  public abstract CrosswalkEnd source();

  /**
   * Returns the end mapped to.
   *
   * @return the target end
   */
  public abstract CrosswalkEnd target();

  /**
   * Tells whether the two ends are versions of one framework or one instrument (by default, when
   * they are of the same kind). Then, as in NIST's practice, an id found at both ends must name the
   * same element at both: an element with another meaning needs an id of its own. Two different
   * surveys that both number their questions {@code q1}, {@code q2} ... are not of one lineage.
   *
   * @return true when ids kept across the ends must keep their meaning
   */
  @Value.Default
  public boolean isSameLineage() {
    return source().kind() == target().kind();
  }

  /**
   * Returns who made the crosswalk, when and on what authority.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Returns notes for readers: what the crosswalk is for and what it does not cover.
   *
   * @return notes, in order; possibly empty
   */
  public abstract List<String> notes();

  /**
   * Returns the entries, in the order given.
   *
   * @return the entries
   */
  public abstract List<CrosswalkEntry> entries();

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableCrosswalk.builder();
  }

  /**
   * Derives the crosswalk from a framework to a variant tailored from it, from the variant's record
   * of changes: a removed element is declared removed, an added one added, and every element the
   * variant keeps maps to itself as {@link Relationship#EQUIVALENT}, with the changes made to it as
   * the rationale. A kept id keeps its meaning (see {@link #isSameLineage()}); where a change of
   * description changes a capability's scope, edit the entry (split it, or narrow it).
   *
   * @param base the framework the variant was tailored from
   * @param variant the variant, whose {@link Framework#basedOn()} is the base's id
   * @param provenance who derives it, when, on what authority
   * @return the crosswalk from the base to the variant
   * @throws MnrException if the variant was not tailored from the base, or its change record
   *     differs from {@code base.diff(variant)}
   */
  public static Crosswalk derive(Framework base, Framework variant, Provenance provenance) {
    return FrameworkDerivation.derive(base, variant, provenance);
  }

  /**
   * Derives the crosswalk from an instrument's questions to its framework's capabilities and
   * domains, from the questions' links ({@link io.github.mnr4j.survey.Question#informs()}): a
   * question that informs gives evidence of part of what it informs ({@link
   * Relationship#SOURCE_NARROWER}); one that informs nothing is declared removed (it gives no
   * evidence), and a capability no question informs is declared added.
   *
   * @param instrument the instrument
   * @param provenance who derives it, when, on what authority
   * @return the crosswalk from the instrument to its framework
   */
  public static Crosswalk evidence(Instrument instrument, Provenance provenance) {
    List<CrosswalkEntry> entries = new ArrayList<>();
    Set<String> informed = new HashSet<>();
    for (Question question : instrument.questions()) {
      if (question.informs().isEmpty()) {
        entries.add(
            CrosswalkEntry.removed(question.id())
                .withRationale(
                    "A " + question.role().id() + " question: evidence of no capability"));
      } else {
        informed.addAll(question.informs());
        entries.add(
            CrosswalkEntry.of(
                    List.of(question.id()), question.informs(), Relationship.SOURCE_NARROWER)
                .withRationale(
                    "The "
                        + question.role().id()
                        + " question informs "
                        + String.join(", ", question.informs())));
      }
    }
    for (Capability capability : instrument.framework().capabilities()) {
      if (!informed.contains(capability.id())) {
        entries.add(CrosswalkEntry.added(capability.id()).withRationale("No question informs it"));
      }
    }
    String id = instrument.id() + "-" + instrument.edition() + "-evidence";
    return builder()
        .id(Checks.isId(id) ? id : instrument.id())
        .title("Evidence from " + instrument.reference() + " for " + instrument.framework().id())
        .source(CrosswalkEnd.of(instrument))
        .target(CrosswalkEnd.of(instrument.framework()))
        .provenance(provenance)
        .addNote("Derived from the questions' links to the capabilities and domains they inform.")
        .addAllEntries(entries)
        .build();
  }

  /**
   * Returns the crosswalk read backwards: the ends swapped, each entry {@link
   * CrosswalkEntry#inverse() inverted}. Reading it backwards twice gives this crosswalk.
   *
   * @return the inverse crosswalk, whose id ends with {@code -inverse} (or loses that ending)
   */
  public Crosswalk inverse() {
    List<CrosswalkEntry> inverted = new ArrayList<>();
    entries().forEach(entry -> inverted.add(entry.inverse()));
    String suffix = "-inverse";
    String inverseId =
        id().endsWith(suffix) ? id().substring(0, id().length() - suffix.length()) : id() + suffix;
    return builder()
        .id(inverseId.length() > 100 ? id() : inverseId)
        .title(title())
        .source(target())
        .target(source())
        .sameLineage(isSameLineage())
        .provenance(provenance())
        .addAllNotes(notes())
        .addAllEntries(inverted)
        .build();
  }

  /**
   * Composes this crosswalk (A to B) with the next (B to C) into one from A to C, entry by entry:
   * equivalent then equivalent is equivalent, narrower then narrower narrower, and so on. Where two
   * relationships do not determine one (narrower then broader could be anything), the composition
   * has no entry and says so in {@link CrosswalkComposition#gaps()}.
   *
   * @param next the crosswalk from this one's target end
   * @param provenance who composes it, when, on what authority
   * @return the composition: the crosswalk and where it is not defined
   * @throws MnrException if the next crosswalk does not start where this one ends
   */
  public CrosswalkComposition compose(Crosswalk next, Provenance provenance) {
    if (!target().equals(next.source())) {
      throw new MnrException(
          "crosswalk "
              + Messages.quote(next.id())
              + " starts at "
              + next.source()
              + ", not where "
              + Messages.quote(id())
              + " ends ("
              + target()
              + ")");
    }
    return Composition.compose(this, next, provenance);
  }

  /**
   * Checks the crosswalk against the two frameworks it maps.
   *
   * @param from the source framework
   * @param to the target framework
   * @return every finding, coded and located
   */
  public CrosswalkCheckReport check(Framework from, Framework to) {
    return CrosswalkChecks.check(this, Elements.of(from), Elements.of(to));
  }

  /**
   * Checks the crosswalk against the two instruments it maps.
   *
   * @param from the source instrument
   * @param to the target instrument
   * @return every finding, coded and located
   */
  public CrosswalkCheckReport check(Instrument from, Instrument to) {
    return CrosswalkChecks.check(this, Elements.of(from), Elements.of(to));
  }

  /**
   * Checks a crosswalk from an instrument's questions to the capabilities of a framework: which
   * questions give evidence for which capability. Every question must be mapped or declared removed
   * (giving no evidence), every capability reached or declared added (no question informs it);
   * options and domains may be mapped but need not be.
   *
   * @param from the instrument
   * @param to the framework
   * @return every finding, coded and located
   */
  public CrosswalkCheckReport check(Instrument from, Framework to) {
    return CrosswalkChecks.check(this, Elements.of(from), Elements.of(to));
  }

  /**
   * Checks the parts that need neither end: repeated and contradictory entries.
   *
   * @return the findings that need no end
   */
  public CrosswalkCheckReport check() {
    return CrosswalkChecks.checkAlone(this);
  }

  /** A copy with other entries, the rest as it is. */
  Crosswalk withEntries(List<CrosswalkEntry> entries) {
    return builder()
        .id(id())
        .title(title())
        .source(source())
        .target(target())
        .sameLineage(isSameLineage())
        .provenance(provenance())
        .addAllNotes(notes())
        .addAllEntries(entries)
        .build();
  }

  @Value.Check
  void checkDefinition() {
    Checks checks = Checks.of("crosswalk", id()).id("id", id()).notBlank("title", title());
    for (int i = 0; i < notes().size(); i++) {
      if (notes().get(i).isBlank()) {
        checks.add(List.of("notes", String.valueOf(i)), "a note must not be blank");
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Crosswalk["
        + id()
        + ": "
        + source()
        + " -> "
        + target()
        + ", "
        + entries().size()
        + " entries]";
  }

  /** Builds a {@link Crosswalk}; {@link #build()} checks ids and texts. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id the crosswalk's id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title a title for people
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the source end.
     *
     * @param source the end mapped from
     * @return this builder
     */
    Builder source(CrosswalkEnd source);

    /**
     * Sets the target end.
     *
     * @param target the end mapped to
     * @return this builder
     */
    Builder target(CrosswalkEnd target);

    /**
     * Says whether the ends are versions of one framework or instrument; by default, when they are
     * of the same kind.
     *
     * @param sameLineage false for two different surveys
     * @return this builder
     */
    Builder sameLineage(boolean sameLineage);

    /**
     * Sets the provenance.
     *
     * @param provenance who made it, when, on what authority
     * @return this builder
     */
    Builder provenance(Provenance provenance);

    /**
     * Adds a note.
     *
     * @param note a note for readers
     * @return this builder
     */
    Builder addNote(String note);

    /**
     * Adds notes.
     *
     * @param notes notes for readers
     * @return this builder
     */
    Builder addAllNotes(Iterable<String> notes);

    /**
     * Adds an entry.
     *
     * @param entry the entry
     * @return this builder
     */
    Builder addEntry(CrosswalkEntry entry);

    /**
     * Adds entries.
     *
     * @param entries the entries
     * @return this builder
     */
    Builder addAllEntries(Iterable<? extends CrosswalkEntry> entries);

    /**
     * Builds the crosswalk.
     *
     * @return the crosswalk
     * @throws io.github.mnr4j.InvalidDefinitionException if the id or a text is invalid
     */
    Crosswalk build();
  }
}
