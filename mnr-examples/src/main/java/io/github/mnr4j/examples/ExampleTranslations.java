package io.github.mnr4j.examples;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.translation.Localizer;
import io.github.mnr4j.translation.Pseudolocales;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The example translations that come with mnr4j: French ({@code fr}) and Spanish ({@code es}) of
 * the framework ({@code wpga-mnr}) and of the 2021 survey ({@code wpga-mnr-survey@2021}), made by
 * mnr4j's authors, unofficial and not reviewed by the Alliance (each says so in its notes); and the
 * pseudolocales {@code en-XA} and {@code ar-XB} of any source, generated from its English. The
 * documents are data files in this jar, under {@value #RESOURCES}, one per language and source,
 * checked like any translation ({@code mnr lint}).
 *
 * <pre>{@code
 * Framework mnr = Frameworks.mnr();
 * Localizer french = ExampleTranslations.localizer("fr", SourceTexts.of(mnr));
 * french.localize(mnr).capability("child-helpline").name();  // Ligne d'assistance aux enfants
 * french.note().isPresent();  // false
 * }</pre>
 */
public final class ExampleTranslations {
  /** Where the documents are in the jar: {@code LANGUAGE/KIND-ID.json} under it. */
  public static final String RESOURCES = "/io/github/mnr4j/examples/translations/";

  /** The languages translated, besides the pseudolocales. */
  public static final List<String> LANGUAGES = List.of("fr", "es");

  private static final Map<String, Optional<Translation>> READ = new ConcurrentHashMap<>();

  private ExampleTranslations() {}

  /**
   * Returns the example translations of a source that a language may fall back through: for {@code
   * fr-CA}, the French one; for {@code en-XA} or {@code ar-XB}, the pseudolocale. Only these are
   * read, so that asking for one language reads one file per source.
   *
   * @param language a BCP 47 tag
   * @param texts the source's texts
   * @return the translations, possibly none
   */
  public static List<Translation> of(String language, SourceTexts texts) {
    List<Translation> found = new ArrayList<>();
    String asked = language.toLowerCase(Locale.ROOT);
    if (asked.equals(Pseudolocales.ACCENTED.toLowerCase(Locale.ROOT))) {
      found.add(Pseudolocales.accented(texts));
    } else if (asked.equals(Pseudolocales.RIGHT_TO_LEFT.toLowerCase(Locale.ROOT))) {
      found.add(Pseudolocales.rightToLeft(texts));
    }
    for (String tag : LANGUAGES) {
      if (fallsBackTo(language, tag)) {
        read(tag, texts).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * Whether a language is a tag or falls back to it: {@code fr-CA} to {@code fr}, not {@code fry}
   * to {@code fr}. Case is ignored, as in BCP 47.
   *
   * @param language the language asked for
   * @param tag a translation's language
   * @return true if a translation to {@code tag} serves {@code language}
   */
  public static boolean fallsBackTo(String language, String tag) {
    String asked = language.toLowerCase(Locale.ROOT);
    String translated = tag.toLowerCase(Locale.ROOT);
    return asked.equals(translated) || asked.startsWith(translated + "-");
  }

  /**
   * Returns a source's texts in a language, from the example translations.
   *
   * @param language a BCP 47 tag
   * @param texts the source's texts
   * @return the texts to show
   * @throws MnrException if the tag is not well formed
   */
  public static Localizer localizer(String language, SourceTexts texts) {
    return Localizer.of(language, texts, of(language, texts));
  }

  /**
   * Returns the resource that holds a language's translation of a source, such as {@code
   * fr/instrument-wpga-mnr-survey@2021.json}.
   *
   * @param language a tag of {@link #LANGUAGES}
   * @param texts the source's texts
   * @return the resource's name under {@link #RESOURCES}
   */
  public static String resource(String language, SourceTexts texts) {
    return language + "/" + texts.source().toString().replace(' ', '-') + ".json";
  }

  private static Optional<Translation> read(String language, SourceTexts texts) {
    return READ.computeIfAbsent(
        resource(language, texts),
        name -> {
          try (InputStream in = ExampleTranslations.class.getResourceAsStream(RESOURCES + name)) {
            return in == null
                ? Optional.empty()
                : Optional.of(MnrJson.strict().read(in, Document.TRANSLATION));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
