package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.translation.Localizer;
import io.github.mnr4j.translation.Pseudolocales;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import io.github.mnr4j.translation.TranslationCheckReport;
import io.github.mnr4j.translation.TranslationFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example French and Spanish translations: complete, current, labelled, stale when due. */
class ExampleTranslationsTest {
  private static final List<SourceTexts> SOURCES =
      List.of(SourceTexts.of(Frameworks.mnr()), SourceTexts.of(Instruments.mnrSurvey2021()));

  private static Translation example(String language, SourceTexts texts) {
    List<Translation> found = ExampleTranslations.of(language, texts);
    assertThat(found).as("%s of %s", language, texts.source()).hasSize(1);
    return found.get(0);
  }

  /** Every text of the framework and the survey, in both languages, with no finding at all. */
  @Test
  void frenchAndSpanishAreCompleteAndClean() {
    for (String language : ExampleTranslations.LANGUAGES) {
      for (SourceTexts texts : SOURCES) {
        Translation translation = example(language, texts);
        TranslationCheckReport report = translation.check(texts);
        assertThat(report.findings()).as(report.summary()).isEmpty();
        assertThat(report.completeness()).isEqualTo(100);
        assertThat(translation.language()).isEqualTo(language);
        assertThat(translation.sourceLanguage()).hasValue("en");
        assertThat(translation.notes())
            .first()
            .asString()
            .startsWith("Unofficial translation")
            .contains("not reviewed by the WeProtect Global Alliance");
        // a translation, not a copy: most texts differ from the English (Spanish "No" is "No")
        long same =
            texts.texts().entrySet().stream()
                .filter(e -> translation.find(e.getKey()).orElseThrow().text().equals(e.getValue()))
                .count();
        assertThat(same).as("texts left in English").isLessThan(texts.size() / 8);
      }
    }
  }

  /** The report's own words (passages) are translated, and the framework's document says so. */
  @Test
  void theReportsWordsAreTranslatedAndMarked() {
    SourceTexts framework = SOURCES.get(0);
    for (String language : ExampleTranslations.LANGUAGES) {
      Translation translation = example(language, framework);
      assertThat(translation.notes())
          .anySatisfy(note -> assertThat(note).contains("report's own words").contains("quote"));
      Frameworks.mnr()
          .passages()
          .forEach(
              passage ->
                  assertThat(
                          translation
                              .find("passage/" + passage.id() + "/text")
                              .orElseThrow()
                              .text())
                      .isNotEqualTo(passage.text()));
    }
  }

  /** Changing one English text marks exactly its entry stale, in every language. */
  @Test
  void changingOneEnglishTextMarksExactlyItsEntriesStale() {
    for (SourceTexts texts : SOURCES) {
      String key = texts.texts().keySet().stream().skip(texts.size() / 2).findFirst().orElseThrow();
      Map<String, String> changed = new LinkedHashMap<>(texts.texts());
      changed.put(key, texts.texts().get(key) + " (revised)");
      SourceTexts revised = SourceTexts.of(texts.source(), changed);
      for (String language : ExampleTranslations.LANGUAGES) {
        TranslationCheckReport report = example(language, texts).check(revised);
        assertThat(report.findings())
            .extracting(TranslationFinding::code, f -> f.key().orElseThrow())
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(TranslationFinding.Code.STALE, key));
        Localizer localizer = Localizer.of(language, revised, List.of(example(language, texts)));
        assertThat(localizer.text(key)).isEqualTo(changed.get(key));
        assertThat(localizer.fallbackCount()).isEqualTo(1);
      }
    }
  }

  /** Each document reads back equal to what it writes. */
  @Test
  void documentsRoundTrip() {
    for (String language : ExampleTranslations.LANGUAGES) {
      for (SourceTexts texts : SOURCES) {
        Translation translation = example(language, texts);
        String json = MnrJson.strict().write(translation, Document.TRANSLATION);
        assertThat(MnrJson.strict().read(json, Document.TRANSLATION)).isEqualTo(translation);
      }
    }
  }

  /** Only the translations a language falls back through are read; pseudolocales for any source. */
  @Test
  void aLanguageReadsOnlyItsOwn() {
    SourceTexts survey = SOURCES.get(1);
    assertThat(ExampleTranslations.of("fr-CA", survey))
        .extracting(Translation::language)
        .containsExactly("fr");
    assertThat(ExampleTranslations.of("es-419", survey))
        .extracting(Translation::language)
        .containsExactly("es");
    assertThat(ExampleTranslations.of("de", survey)).isEmpty();
    assertThat(ExampleTranslations.fallsBackTo("FR-ca", "fr")).isTrue();
    assertThat(ExampleTranslations.fallsBackTo("fry", "fr")).isFalse();
    assertThat(ExampleTranslations.of("fry", survey)).isEmpty();
    SourceTexts unicef = SourceTexts.of(Instruments.unicefSurvey2021());
    assertThat(ExampleTranslations.of("fr", unicef)).isEmpty();
    assertThat(ExampleTranslations.of("en-XA", unicef))
        .containsExactly(Pseudolocales.accented(unicef));
    assertThat(ExampleTranslations.of("ar-xb", unicef))
        .containsExactly(Pseudolocales.rightToLeft(unicef));
    assertThat(ExampleTranslations.resource("fr", survey))
        .isEqualTo("fr/instrument-wpga-mnr-survey@2021.json");
  }
}
