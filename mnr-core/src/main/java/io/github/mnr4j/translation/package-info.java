/**
 * Translations as data: the texts of a framework, an instrument or mnr4j's own messages in another
 * language, keyed by stable ids, never by position, each entry with a fingerprint of the source
 * text it translates so that it goes stale, rather than silently wrong, when the source changes.
 * The report's Limitations: "English was the primary language for the study. This, combined with a
 * lack of standard definitions and terminology across jurisdictions, may have affected responses."
 *
 * <pre>{@code
 * SourceTexts texts = SourceTexts.of(Frameworks.mnr());
 * Translation french = Translation.builder()
 *     .language("fr")
 *     .source(texts.source())
 *     .addEntry(texts.translate("capability/child-helpline/name", "Ligne d'assistance pour enfants"))
 *     .build();
 * french.check(texts).missingCount() == texts.size() - 1;  // true
 * Localizer.of("fr-CA", texts, List.of(french)).text("capability/child-helpline/name");
 * // Ligne d'assistance pour enfants
 * }</pre>
 *
 * <p>{@link io.github.mnr4j.translation.Translation#check} finds what a translation lacks or gets
 * wrong ({@link io.github.mnr4j.translation.TranslationFinding.Code}); a {@link
 * io.github.mnr4j.translation.Localizer} gives the texts to show in a language, falling back entry
 * by entry to the parent language and then to the source, and counts every fallback so that an
 * output can say how many texts are not in the language asked for. The framework and instrument
 * types gain nothing language-specific, and responses keep ids: a response answered in French is
 * the same data as one answered in English.
 */
@NullMarked
@MnrStyle
package io.github.mnr4j.translation;

import io.github.mnr4j.internal.MnrStyle;
import org.jspecify.annotations.NullMarked;
