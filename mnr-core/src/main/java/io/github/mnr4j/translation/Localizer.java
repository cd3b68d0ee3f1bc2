package io.github.mnr4j.translation;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The texts of a source to show in a language, from the translations at hand: entry by entry, the
 * language asked for, then its parents ({@code fr-CA}, then {@code fr}), then the source's own
 * text; translations of one language are tried in the order given, so that one's own can come
 * before another. An entry is used only if it is current and passes the checks (not stale, not
 * blank, its placeholders and brackets kept); every text shown in another language than the one
 * asked for is counted, and {@link #note()} says so, so that languages are never mixed in silence.
 *
 * <pre>{@code
 * SourceTexts texts = SourceTexts.of(Frameworks.mnr());
 * Translation french = Translation.builder().language("fr").source(texts.source())
 *     .addEntry(texts.translate("domain/victim/name", "Victimes"))
 *     .build();
 * Localizer canadian = Localizer.of("fr-CA", texts, List.of(french));
 * canadian.text("domain/victim/name");    // Victimes
 * canadian.text("domain/industry/name");  // Industry
 * canadian.note().isPresent();            // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Localizer {
  private final String language;
  private final SourceTexts texts;
  private final Map<String, String> shown = new LinkedHashMap<>();

  /** The language each text is shown in; absent for the source's own. */
  private final Map<String, String> languages = new LinkedHashMap<>();

  private final List<Translation> used;

  /** The source's language, if a translation says it. */
  private final Optional<String> sourceLanguage;

  private Localizer(String language, SourceTexts texts, List<Translation> translations) {
    this.language = language;
    this.texts = texts;
    List<Translation> chain = new ArrayList<>();
    for (String tag : chain(language)) {
      translations.stream().filter(t -> t.language().equalsIgnoreCase(tag)).forEach(chain::add);
    }
    texts
        .texts()
        .forEach(
            (key, source) -> {
              shown.put(key, source);
              for (Translation translation : chain) {
                Optional<TranslationEntry> entry = translation.find(key);
                if (entry.isPresent() && TranslationChecks.usable(entry.get(), source)) {
                  shown.put(key, entry.get().text());
                  languages.put(key, translation.language());
                  break;
                }
              }
            });
    this.used =
        List.copyOf(chain.stream().filter(t -> languages.containsValue(t.language())).toList());
    this.sourceLanguage =
        translations.stream().flatMap(t -> t.sourceLanguage().stream()).findFirst();
  }

  /**
   * Prepares the texts of a source in a language.
   *
   * @param language the language asked for, a BCP 47 tag such as {@code fr-CA}
   * @param texts the source's texts, the last fallback
   * @param translations translations of that source, in any languages, those of one language in the
   *     order to try them; those of other languages than the one asked for and its parents are not
   *     used
   * @return the texts to show
   * @throws MnrException naming the translation if one is of another source, or the language if it
   *     is not a well-formed tag
   */
  public static Localizer of(String language, SourceTexts texts, List<Translation> translations) {
    if (!TranslationChecks.isWellFormed(language)) {
      throw new MnrException(
          Messages.quote(language) + " is not a well-formed BCP 47 language tag (such as fr-CA)");
    }
    for (Translation translation : translations) {
      if (!translation.source().equals(texts.source())) {
        throw new MnrException(
            "the translation to "
                + Messages.quote(translation.language())
                + " is of "
                + translation.source()
                + ", not of "
                + texts.source());
      }
    }
    return new Localizer(language, texts, translations);
  }

  /** The language asked for, then its parents, by dropping the last subtag each time. */
  static List<String> chain(String language) {
    List<String> chain = new ArrayList<>();
    String tag = Locale.forLanguageTag(language).toLanguageTag();
    while (!tag.isEmpty()) {
      chain.add(tag);
      int dash = tag.lastIndexOf('-');
      tag = dash < 0 ? "" : tag.substring(0, dash);
    }
    return chain;
  }

  /**
   * Returns the language asked for.
   *
   * @return the tag
   */
  public String language() {
    return language;
  }

  /**
   * Returns the text to show for a key.
   *
   * @param key a key of the source
   * @return the text in the language asked for, or the nearest fallback
   * @throws MnrException naming the key if the source has no such key
   */
  public String text(String key) {
    String text = shown.get(key);
    if (text == null) {
      throw new MnrException(
          Messages.unknown("text key", key, texts.source().toString(), shown.keySet()));
    }
    return text;
  }

  /**
   * Returns the language a key's text is shown in.
   *
   * @param key a key of the source
   * @return the tag of the translation used, or empty for the source's own text
   */
  public Optional<String> languageOf(String key) {
    return Optional.ofNullable(languages.get(key));
  }

  /**
   * Returns how many of the source's texts are shown in another language than the one asked for: a
   * parent's, or the source's own.
   *
   * @return the count
   */
  public int fallbackCount() {
    return (int)
        shown.keySet().stream()
            .filter(key -> !language.equalsIgnoreCase(languages.getOrDefault(key, "")))
            .count();
  }

  /**
   * Says how many texts fell back, and to which languages; every output that shows these texts
   * carries it.
   *
   * @return the note, or empty when every text is in the language asked for
   */
  public Optional<String> note() {
    int fallbacks = fallbackCount();
    if (fallbacks == 0) {
      return Optional.empty();
    }
    // The parents in the order they were tried, then the source.
    Map<String, Long> byLanguage = new LinkedHashMap<>();
    for (String tag : chain(language)) {
      shown.keySet().stream()
          .map(key -> languages.getOrDefault(key, ""))
          .filter(used -> used.equalsIgnoreCase(tag))
          .filter(used -> !used.equalsIgnoreCase(language))
          .forEach(used -> byLanguage.merge(used, 1L, Long::sum));
    }
    long source = shown.keySet().stream().filter(key -> !languages.containsKey(key)).count();
    if (source > 0) {
      byLanguage.put(
          sourceLanguage.map(tag -> tag + " (the source language)").orElse("the source language"),
          source);
    }
    return Optional.of(
        fallbacks
            + " of "
            + shown.size()
            + " texts of "
            + texts.source()
            + " are not in "
            + language
            + ": "
            + byLanguage.entrySet().stream()
                .map(e -> e.getValue() + " in " + e.getKey())
                .collect(Collectors.joining(", ")));
  }

  /**
   * Returns a copy of the framework these texts are of, with the texts to show in place of its own:
   * the same ids, numbers and links, so that it can be shown, but never in place of the framework
   * it copies for reading or scoring responses (it is not equal to it).
   *
   * <pre>{@code
   * Framework framework = Frameworks.mnr();
   * Localizer english = Localizer.of("en", SourceTexts.of(framework), List.of());
   * english.localize(framework).equals(framework);  // true
   * }</pre>
   *
   * @param framework the framework the texts are of
   * @return the copy
   * @throws MnrException if the texts are not this framework's
   */
  public Framework localize(Framework framework) {
    requireSource(TranslationSource.of(framework));
    return Localized.framework(framework, this::text);
  }

  /**
   * Returns a copy of the instrument these texts are of, with the texts to show in place of its own
   * (not its framework's: {@link #localize(Framework)} does those), for showing only.
   *
   * @param instrument the instrument the texts are of
   * @return the copy
   * @throws MnrException if the texts are not this instrument's
   */
  public Instrument localize(Instrument instrument) {
    requireSource(TranslationSource.of(instrument));
    return Localized.instrument(instrument, this::text);
  }

  private void requireSource(TranslationSource source) {
    if (!source.equals(texts.source())) {
      throw new MnrException("these are texts of " + texts.source() + ", not of " + source);
    }
  }

  /**
   * Returns the translations that give at least one of the texts shown, in the order they were
   * tried; an output that shows them carries their notes (who made them, whether anyone reviewed
   * them).
   *
   * @return the translations used
   */
  public List<Translation> translationsUsed() {
    return used;
  }

  @Override
  public String toString() {
    return "Localizer[" + language + ", " + texts.source() + ", " + fallbackCount() + " fallbacks]";
  }
}
