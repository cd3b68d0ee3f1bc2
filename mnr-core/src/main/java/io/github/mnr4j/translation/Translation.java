package io.github.mnr4j.translation;

import io.github.mnr4j.internal.checks.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source's texts in one language (a BCP 47 tag such as {@code fr} or {@code fr-CA}): entries
 * keyed by the stable keys of {@link SourceTexts}, each with the fingerprint of the source text it
 * translates, and notes that say who made it and whether anyone reviewed it.
 *
 * <pre>{@code
 * SourceTexts texts = SourceTexts.of(Frameworks.mnr());
 * Translation french = Translation.builder().language("fr").sourceLanguage("en")
 *     .source(texts.source())
 *     .addNote("Unofficial: not reviewed by the Alliance")
 *     .addEntry(texts.translate("capability/child-helpline/name", "Ligne d'écoute pour enfants"))
 *     .build();
 * french.check(texts).hasErrors();  // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class Translation {
  Translation() {}

  /**
   * Returns the language, a BCP 47 tag; {@link #check} reports one that is not well formed.
   *
   * @return the tag, such as {@code fr-CA}
   */
  public abstract String language();

  /**
   * Returns the language of the source's texts, a BCP 47 tag; {@link #check} warns when it is not
   * given (as pyxform warns of a form without a default language), since outputs that fall back to
   * the source's texts cannot then say which language they are in.
   *
   * @return the tag, such as {@code en}, or empty if the translation does not say
   */
  public abstract Optional<String> sourceLanguage();

  /**
   * Returns what is translated.
   *
   * @return the source
   */
  public abstract TranslationSource source();

  /**
   * Returns notes: who translated, on what authority, whether anyone reviewed it.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * Returns the entries, one per key, in the order given.
   *
   * @return the entries
   */
  public abstract List<TranslationEntry> entries();

  /**
   * Looks up an entry.
   *
   * @param key a key of the source
   * @return the entry, or empty
   */
  public Optional<TranslationEntry> find(String key) {
    return Optional.ofNullable(entriesByKey().get(key));
  }

  /** The entries by key, made once: a localizer looks up every key of its source. */
  @Value.Lazy
  Map<String, TranslationEntry> entriesByKey() {
    Map<String, TranslationEntry> byKey = new HashMap<>();
    entries().forEach(entry -> byKey.put(entry.key(), entry));
    return byKey;
  }

  /**
   * Checks the translation against the source's current texts.
   *
   * @param texts the texts of the source the translation names
   * @return the findings and the completeness figure
   */
  public TranslationCheckReport check(SourceTexts texts) {
    return TranslationChecks.check(this, texts);
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableTranslation.builder();
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("translation to '" + language() + "' of " + source())
            .notBlank("language", language());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries().size(); i++) {
      Integer before = seen.putIfAbsent(entries().get(i).key(), i);
      if (before != null) {
        checks.add(
            List.of("entries", String.valueOf(i), "key"),
            "key '" + entries().get(i).key() + "' comes twice: entries " + before + " and " + i);
      }
    }
    checks.throwIfAny();
  }

  @Override
  public String toString() {
    return "Translation[" + language() + ", " + source() + ", " + entries().size() + " entries]";
  }

  /** Builds a {@link Translation}. */
  public interface Builder {
    /**
     * Sets the language.
     *
     * @param language a BCP 47 tag
     * @return this builder
     */
    Builder language(String language);

    /**
     * Sets the language of the source's texts.
     *
     * @param language a BCP 47 tag, such as {@code en}
     * @return this builder
     */
    Builder sourceLanguage(String language);

    /**
     * Sets what is translated.
     *
     * @param source the source
     * @return this builder
     */
    Builder source(TranslationSource source);

    /**
     * Adds a note.
     *
     * @param note the note
     * @return this builder
     */
    Builder addNote(String note);

    /**
     * Adds notes.
     *
     * @param notes the notes
     * @return this builder
     */
    Builder addAllNotes(Iterable<String> notes);

    /**
     * Adds an entry.
     *
     * @param entry the entry
     * @return this builder
     */
    Builder addEntry(TranslationEntry entry);

    /**
     * Adds entries.
     *
     * @param entries the entries
     * @return this builder
     */
    Builder addAllEntries(Iterable<? extends TranslationEntry> entries);

    /**
     * Builds the translation.
     *
     * @return the translation
     * @throws io.github.mnr4j.InvalidDefinitionException if the language is blank or a key comes
     *     twice
     */
    Translation build();
  }
}
