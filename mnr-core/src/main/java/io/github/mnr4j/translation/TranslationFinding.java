package io.github.mnr4j.translation;

import io.github.mnr4j.Finding;
import io.github.mnr4j.Identified;
import io.github.mnr4j.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a translation: a code, a severity, a JSON Pointer into the {@code
 * mnr4j.translation} document, the key concerned and a message.
 *
 * <pre>{@code
 * // warning stale /entries/3 question/q7/text: the source text changed since it was translated
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class TranslationFinding implements Finding {
  TranslationFinding() {}

  /** What a translation check finds, each with the id that reports use. */
  public enum Code implements Identified {
    /**
     * The language or the source language is not a well-formed BCP 47 tag, or the two are the same.
     */
    INVALID_LANGUAGE("invalid-language"),
    /** The translation names another source than the texts it is checked against. */
    SOURCE_MISMATCH("source-mismatch"),
    /** An entry's key is not a key of the source. */
    UNKNOWN_KEY("unknown-key"),
    /** An entry's text is blank. */
    EMPTY_TEXT("empty-text"),
    /** An entry's placeholders ({@code {count}}) are not the source text's. */
    PLACEHOLDERS_DIFFER("placeholders-differ"),
    /** An entry's square brackets (a reconstruction's marks) are not the source text's. */
    BRACKETS_DIFFER("brackets-differ"),
    /** An entry's markup (tags such as {@code <em>}, web addresses) is not the source text's. */
    MARKUP_DIFFERS("markup-differs"),
    /**
     * The translation does not say which language its source is in, so outputs that fall back to
     * the source's texts cannot name it (a warning).
     */
    MISSING_SOURCE_LANGUAGE("missing-source-language"),
    /** A source text has no entry: it is shown in a fallback language (a warning). */
    MISSING("missing"),
    /**
     * An entry translates an earlier version of its source text: it is not shown, and the text
     * falls back (a warning).
     */
    STALE("stale");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /**
     * Returns the code's id, such as {@code stale}.
     *
     * @return the id
     */
    @Override
    public String id() {
      return id;
    }
  }

  @Override
  public abstract Code code();

  @Override
  public abstract Severity severity();

  /**
   * Returns a JSON Pointer into the translation document: to an entry, to {@code /entries} for a
   * key no entry translates, to {@code /language} or {@code /source}.
   *
   * @return the pointer
   */
  @Override
  public abstract String pointer();

  /**
   * Returns the key concerned, if the finding is about one.
   *
   * @return the key, or empty
   */
  public abstract Optional<String> key();

  @Override
  public abstract String message();

  static TranslationFinding of(Code code, String pointer, Optional<String> key, String message) {
    return ImmutableTranslationFinding.builder()
        .code(code)
        .severity(
            code == Code.MISSING || code == Code.STALE || code == Code.MISSING_SOURCE_LANGUAGE
                ? Severity.WARNING
                : Severity.ERROR)
        .pointer(pointer)
        .key(key)
        .message(message)
        .build();
  }

  @Override
  public String toString() {
    return severity().id()
        + " "
        + code().id()
        + " "
        + pointer()
        + key().map(k -> " " + k).orElse("")
        + ": "
        + message();
  }
}
