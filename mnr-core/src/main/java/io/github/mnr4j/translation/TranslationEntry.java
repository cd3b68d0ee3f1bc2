package io.github.mnr4j.translation;

import org.immutables.value.Value;

/**
 * One translated text: its key in the source ({@link SourceTexts}), the text in the translation's
 * language, and the fingerprint of the source text it translates ({@link SourceTexts#fingerprint}).
 *
 * <pre>{@code
 * SourceTexts.of(Frameworks.mnr()).translate("capability/child-helpline/name", "Ligne d'écoute");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables' annotations are compile-time only
public abstract class TranslationEntry {
  TranslationEntry() {}

  /**
   * Returns the key of the source text.
   *
   * @return the key, such as {@code question/q7/text}
   */
  public abstract String key();

  /**
   * Returns the translated text.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the fingerprint of the source text this entry translates.
   *
   * @return the fingerprint
   */
  public abstract String sourceFingerprint();

  /**
   * Creates an entry.
   *
   * @param key the key of the source text
   * @param text the translated text
   * @param sourceFingerprint the fingerprint of the source text translated
   * @return the entry
   */
  public static TranslationEntry of(String key, String text, String sourceFingerprint) {
    return ImmutableTranslationEntry.builder()
        .key(key)
        .text(text)
        .sourceFingerprint(sourceFingerprint)
        .build();
  }

  @Override
  public String toString() {
    return "TranslationEntry[" + key() + "]";
  }
}
