package io.github.mnr4j.framework;

import io.github.mnr4j.internal.checks.Checks;
import org.immutables.value.Value;

/**
 * A note that a framework or an instrument carries on its own sources, such as where two printings
 * differ, under an id so that a translation can name it ({@code note/N1/text}).
 *
 * <pre>{@code
 * Frameworks.mnr().notes().get(0).id();  // "N1"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Note {
  Note() {}

  /**
   * Returns the note's id, unique among the notes of its framework or instrument, such as {@code
   * N1}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the note's text.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Creates a note.
   *
   * @param id the id, such as {@code N1}
   * @param text the text
   * @return the note
   */
  public static Note of(String id, String text) {
    return ImmutableNote.builder().id(id).text(text).build();
  }

  @Value.Check
  void check() {
    Checks.of("note '" + id() + "'").id("id", id()).notBlank("text", text()).throwIfAny();
  }

  @Override
  public String toString() {
    return id() + ": " + text();
  }
}
