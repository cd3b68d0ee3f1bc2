package io.github.mnr4j.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.translation.TranslationFinding.Code;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translations: keys, fingerprints, every check, and fallback at each step. */
class TranslationTest {
  private static final SourceTexts MNR = SourceTexts.of(Frameworks.mnr());
  private static final String HELPLINE = "capability/child-helpline/name";

  private static Translation.Builder french() {
    return Translation.builder().language("fr").sourceLanguage("en").source(MNR.source());
  }

  /** Keys are made of ids, never positions, and cover every text a person reads. */
  @Test
  void keysAreIdsAndCoverTheTexts() {
    assertThat(MNR.find(HELPLINE)).hasValue("Child Helpline");
    assertThat(MNR.texts())
        .containsKeys("title", "domain/victim/name", "enabler/data-and-evidence/text");
    assertThat(MNR.texts().keySet())
        .allSatisfy(key -> assertThat(key).doesNotContainPattern("/[0-9]+/"));
    SourceTexts survey = SourceTexts.of(Instruments.mnrSurvey2021());
    assertThat(survey.source()).hasToString("instrument wpga-mnr-survey@2021");
    assertThat(survey.find("question/q7/text").orElseThrow()).startsWith("[Is there a national]");
    assertThat(survey.find("option/q6/policy-basis/text"))
        .hasValue("As a basis for policy development");
    assertThat(survey.find("section/scope/introduction")).isPresent();
    assertThat(survey.find("erratum/E1/description")).isPresent();
    // the framework's own texts are translated apart
    assertThat(survey.find(HELPLINE)).isEmpty();
    assertThat(survey.find("passage/overview/heading")).hasValue("Survey overview");
    assertThat(survey.find("passage/overview/text")).isPresent();
    Frameworks.mnr().passages().stream()
        .filter(p -> p.heading().isPresent())
        .forEach(
            p -> assertThat(MNR.find("passage/" + p.id() + "/heading")).isEqualTo(p.heading()));
    Frameworks.mnr()
        .passages()
        .forEach(p -> assertThat(MNR.find("passage/" + p.id() + "/text")).hasValue(p.text()));
    Frameworks.mnr()
        .notes()
        .forEach(n -> assertThat(MNR.find("note/" + n.id() + "/text")).hasValue(n.text()));
    assertThat(survey.find("note/N2/text").orElseThrow()).startsWith("q78 is free text");
    Frameworks.mnr().enablers().stream()
        .filter(e -> e.note().isPresent())
        .forEach(e -> assertThat(MNR.find("enabler/" + e.id() + "/note")).isEqualTo(e.note()));
    assertThat(MNR).hasToString("SourceTexts[framework wpga-mnr, " + MNR.size() + " texts]");
  }

  /** A fingerprint is of the text's words, whatever the Unicode form they were typed in. */
  @Test
  void fingerprintsFollowTheWords() {
    assertThat(SourceTexts.fingerprint("Café")).hasSize(8).matches("[0-9a-f]{8}");
    // CRC-32 as Python computes it: '%08x' % zlib.crc32('Victim'.encode()) is 02600a1f
    assertThat(SourceTexts.fingerprint("Victim")).isEqualTo("02600a1f");
    assertThat(SourceTexts.fingerprint("Cafe\u0301")).isEqualTo(SourceTexts.fingerprint("Café"));
    assertThat(SourceTexts.fingerprint("Cafe")).isNotEqualTo(SourceTexts.fingerprint("Café"));
  }

  /** A complete, current translation checks clean and is 100% complete. */
  @Test
  void aCompleteTranslationChecksClean() {
    Translation.Builder all = french();
    MNR.texts().forEach((key, text) -> all.addEntry(MNR.translate(key, "FR " + text)));
    TranslationCheckReport report = all.build().check(MNR);
    assertThat(report.findings()).isEmpty();
    assertThat(report.completeness()).isEqualTo(100);
    assertThat(report.summary()).isEqualTo("fr: framework wpga-mnr 100%");
  }

  /**
   * Changing one English source text marks exactly its entry stale, and its text falls back to the
   * source until someone translates it again.
   */
  @Test
  void changingASourceTextMarksExactlyItsEntryStale() {
    Translation.Builder all = french();
    MNR.texts().forEach((key, text) -> all.addEntry(MNR.translate(key, "FR " + text)));
    Translation translation = all.build();
    Map<String, String> changed = new LinkedHashMap<>(MNR.texts());
    changed.put(HELPLINE, "Child Helplines");
    SourceTexts now = SourceTexts.of(MNR.source(), changed);
    TranslationCheckReport report = translation.check(now);
    assertThat(report.findings())
        .extracting(TranslationFinding::code, f -> f.key().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.STALE, HELPLINE));
    assertThat(report.findings().get(0))
        .hasToString(
            "warning stale /entries/"
                + List.copyOf(MNR.texts().keySet()).indexOf(HELPLINE)
                + "/sourceFingerprint "
                + HELPLINE
                + ": the source text changed since it was translated: it is now 'Child"
                + " Helplines' (fingerprint "
                + SourceTexts.fingerprint("Child Helplines")
                + ")");
    assertThat(report.staleCount()).isEqualTo(1);
    assertThat(report.summary()).isEqualTo("fr: framework wpga-mnr 99% (1 stale)");
    assertThat(report)
        .hasToString(
            "TranslationCheckReport[fr: framework wpga-mnr 99% (1 stale), 0 errors, 1 warnings]");
    assertThat(translation)
        .hasToString("Translation[fr, framework wpga-mnr, " + MNR.size() + " entries]");
    assertThat(translation.entries().get(0)).hasToString("TranslationEntry[title]");
    assertThat(report.hasErrors()).isFalse();
    Localizer localizer = Localizer.of("fr", now, List.of(translation));
    assertThat(localizer.text(HELPLINE)).isEqualTo("Child Helplines");
    assertThat(localizer.languageOf(HELPLINE)).isEmpty();
    assertThat(localizer.text("domain/victim/name"))
        .isEqualTo("FR " + MNR.find("domain/victim/name").orElseThrow());
    assertThat(localizer.fallbackCount()).isEqualTo(1);
    assertThat(localizer).hasToString("Localizer[fr, framework wpga-mnr, 1 fallbacks]");
    assertThat(localizer.note())
        .hasValue(
            "1 of "
                + now.size()
                + " texts of framework wpga-mnr are not in fr: 1 in en (the source"
                + " language)");
  }

  /** Every error an entry can carry, each located and named. */
  @Test
  void everyCheckFindsWhatItNames() {
    SourceTexts messages =
        SourceTexts.of(
            TranslationSource.of(TranslationSource.Kind.MESSAGES, "mnr-cli"),
            Map.of(
                "responses", "{count} responses",
                "reconstructed", "[Is there a national] committee?",
                "blank", "Blank"));
    Translation translation =
        Translation.builder()
            .language("fr_FR")
            .source(TranslationSource.of(TranslationSource.Kind.MESSAGES, "mnr-cli"))
            .addEntry(messages.translate("responses", "{nombre} réponses"))
            .addEntry(messages.translate("reconstructed", "Y a-t-il un comité national ?"))
            .addEntry(messages.translate("blank", " "))
            .addEntry(TranslationEntry.of("nowhere", "Nulle part", "0000000000000000"))
            .build();
    TranslationCheckReport report = translation.check(messages);
    assertThat(report.findings())
        .extracting(TranslationFinding::code, TranslationFinding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.INVALID_LANGUAGE, "/language"),
            org.assertj.core.groups.Tuple.tuple(Code.MISSING_SOURCE_LANGUAGE, "/sourceLanguage"),
            org.assertj.core.groups.Tuple.tuple(Code.PLACEHOLDERS_DIFFER, "/entries/0/text"),
            org.assertj.core.groups.Tuple.tuple(Code.BRACKETS_DIFFER, "/entries/1/text"),
            org.assertj.core.groups.Tuple.tuple(Code.EMPTY_TEXT, "/entries/2/text"),
            org.assertj.core.groups.Tuple.tuple(Code.UNKNOWN_KEY, "/entries/3/key"));
    assertThat(report.findings().get(2).message())
        .isEqualTo(
            "the source has placeholders [{count}], the translation [{nombre}]: each must be kept"
                + " as it is");
    assertThat(report.findings().get(3).message())
        .startsWith("the source has 1 '[' and 1 ']', the translation 0 and 0: ");
    assertThat(report.completeness()).isZero();
    assertThat(report.errors()).hasSize(5);
    // against another source, it says so first
    assertThat(french().build().check(messages).findings().get(0).code())
        .isEqualTo(Code.SOURCE_MISMATCH);
    assertThat(french().build().check(MNR).missingCount()).isEqualTo(MNR.size());
    assertThat(french().build().check(MNR).summary())
        .isEqualTo("fr: framework wpga-mnr 0% (" + MNR.size() + " missing)");
  }

  /** A key twice, or a blank language, is not a translation at all. */
  @Test
  void aKeyTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                french()
                    .addEntry(MNR.translate(HELPLINE, "A"))
                    .addEntry(MNR.translate(HELPLINE, "B"))
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("key 'capability/child-helpline/name' comes twice: entries 0 and 1");
    assertThatThrownBy(() -> MNR.translate("capability/nowhere/name", "x"))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith("unknown text key 'capability/nowhere/name' in framework wpga-mnr");
  }

  /** fr-CA falls back to fr, then to the source, entry by entry, and says how many did. */
  @Test
  void fallbackGoesToTheParentThenTheSource() {
    Translation canadian =
        Translation.builder()
            .language("fr-CA")
            .source(MNR.source())
            .addEntry(MNR.translate(HELPLINE, "Ligne d'écoute pour les jeunes"))
            .build();
    Translation french =
        french()
            .addEntry(MNR.translate(HELPLINE, "Ligne d'assistance pour enfants"))
            .addEntry(MNR.translate("domain/victim/name", "Victimes"))
            .build();
    Localizer localizer = Localizer.of("fr-CA", MNR, List.of(french, canadian));
    assertThat(localizer.text(HELPLINE)).isEqualTo("Ligne d'écoute pour les jeunes");
    assertThat(localizer.languageOf(HELPLINE)).hasValue("fr-CA");
    assertThat(localizer.text("domain/victim/name")).isEqualTo("Victimes");
    assertThat(localizer.languageOf("domain/victim/name")).hasValue("fr");
    assertThat(localizer.text("domain/industry/name")).isEqualTo("Industry");
    assertThat(localizer.fallbackCount()).isEqualTo(MNR.size() - 1);
    assertThat(localizer.note().orElseThrow())
        .isEqualTo(
            (MNR.size() - 1)
                + " of "
                + MNR.size()
                + " texts of framework wpga-mnr are not in fr-CA: 1 in fr, "
                + (MNR.size() - 2)
                + " in en (the source language)");
    assertThat(localizer.translationsUsed()).containsExactly(canadian, french);
    // a translation none of whose texts is shown is not used, and its notes are not carried
    Translation overridden = french().addEntry(MNR.translate(HELPLINE, "Ligne")).build();
    assertThat(Localizer.of("fr-CA", MNR, List.of(overridden, canadian)).translationsUsed())
        .containsExactly(canadian);
    // two of one language: the first given first, entry by entry
    Translation ours =
        french().addEntry(MNR.translate("domain/victim/name", "Personnes victimes")).build();
    Localizer both = Localizer.of("fr", MNR, List.of(ours, french));
    assertThat(both.text("domain/victim/name")).isEqualTo("Personnes victimes");
    assertThat(both.text(HELPLINE)).isEqualTo("Ligne d'assistance pour enfants");
    assertThat(both.translationsUsed()).containsExactly(ours, french);
    assertThat(Localizer.of("fr-CA", MNR, List.of(canadian)).note().orElseThrow())
        .endsWith(": " + (MNR.size() - 1) + " in the source language");
    assertThat(Localizer.chain("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "zh");
    // everything in the language asked for: no note
    Translation.Builder all = french();
    MNR.texts().forEach((key, text) -> all.addEntry(MNR.translate(key, "FR " + text)));
    assertThat(Localizer.of("fr", MNR, List.of(all.build())).note()).isEmpty();
    // all of them from the parent: the note names the parent alone
    assertThat(Localizer.of("fr-CA", MNR, List.of(all.build())).note())
        .hasValue(
            MNR.size()
                + " of "
                + MNR.size()
                + " texts of framework wpga-mnr are not in fr-CA: "
                + MNR.size()
                + " in fr");
    // the source's own text for a language nobody translated
    assertThat(Localizer.of("es", MNR, List.of(french)).text(HELPLINE)).isEqualTo("Child Helpline");
    assertThatThrownBy(() -> Localizer.of("fr", MNR, List.of(french)).text("nowhere"))
        .isInstanceOf(MnrException.class)
        .hasMessageStartingWith("unknown text key 'nowhere'");
    assertThatThrownBy(() -> Localizer.of("français", MNR, List.of(french)))
        .isInstanceOf(MnrException.class)
        .hasMessage("'français' is not a well-formed BCP 47 language tag (such as fr-CA)");
    SourceTexts survey = SourceTexts.of(Instruments.mnrSurvey2021());
    assertThatThrownBy(() -> Localizer.of("fr", survey, List.of(french)))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "the translation to 'fr' is of framework wpga-mnr, not of instrument"
                + " wpga-mnr-survey@2021");
  }

  /** Tags and web addresses stay as they are; a full stop after an address is not part of it. */
  @Test
  void markupIsKept() {
    TranslationSource source = TranslationSource.of(TranslationSource.Kind.MESSAGES, "mnr-cli");
    SourceTexts messages =
        SourceTexts.of(source, Map.of("see", "See <em>Box 1</em> at https://example.org/mnr."));
    Translation.Builder translation =
        Translation.builder().language("fr").sourceLanguage("en").source(source);
    Translation kept =
        translation
            .addEntry(
                messages.translate("see", "Voir l'<em>encadré 1</em> : https://example.org/mnr"))
            .build();
    assertThat(kept.check(messages).findings()).isEmpty();
    Translation lost =
        Translation.builder()
            .language("fr")
            .sourceLanguage("en")
            .source(source)
            .addEntry(messages.translate("see", "Voir l'encadré 1 : https://example.org"))
            .build();
    TranslationCheckReport report = lost.check(messages);
    assertThat(report.findings())
        .extracting(TranslationFinding::code, TranslationFinding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.MARKUP_DIFFERS, "/entries/0/text"));
    assertThat(report.findings().get(0).message())
        .isEqualTo(
            "the source has markup [</em>, <em>, https://example.org/mnr], the translation"
                + " [https://example.org]: tags and web addresses are kept as they are");
    // an entry whose markup differs is not shown
    assertThat(Localizer.of("fr", messages, List.of(lost)).text("see"))
        .isEqualTo("See <em>Box 1</em> at https://example.org/mnr.");
  }

  /** The source language: missing is a warning; malformed, or the translation's own, an error. */
  @Test
  void theSourceLanguageIsSaid() {
    Translation.Builder unsaid = Translation.builder().language("fr").source(MNR.source());
    TranslationFinding missing = unsaid.build().check(MNR).findings().get(0);
    assertThat(missing.code()).isEqualTo(Code.MISSING_SOURCE_LANGUAGE);
    assertThat(missing.severity()).isEqualTo(io.github.mnr4j.Severity.WARNING);
    assertThat(
            Translation.builder()
                .language("fr")
                .sourceLanguage("fr")
                .source(MNR.source())
                .build()
                .check(MNR)
                .findings()
                .get(0))
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(Code.INVALID_LANGUAGE);
              assertThat(f.pointer()).isEqualTo("/sourceLanguage");
              assertThat(f.message())
                  .isEqualTo("the translation is to 'fr', the language its source is already in");
            });
    assertThat(
            Translation.builder()
                .language("fr")
                .sourceLanguage("en_GB")
                .source(MNR.source())
                .build()
                .check(MNR)
                .findings()
                .get(0)
                .message())
        .isEqualTo("'en_GB' is not a well-formed BCP 47 language tag (such as en)");
  }

  /**
   * A localized copy keeps every id, number and link and only changes texts: with no translation it
   * equals its original, for the framework and both built-in surveys.
   */
  @Test
  void aLocalizedCopyChangesOnlyTexts() {
    var framework = Frameworks.mnr();
    assertThat(Localizer.of("fr", MNR, List.of()).localize(framework)).isEqualTo(framework);
    for (var instrument : List.of(Instruments.mnrSurvey2021(), Instruments.unicefSurvey2021())) {
      SourceTexts texts = SourceTexts.of(instrument);
      assertThat(Localizer.of("fr", texts, List.of()).localize(instrument)).isEqualTo(instrument);
      // every text translated: each comes out translated, and nothing else changes
      Translation.Builder all =
          Translation.builder().language("fr").sourceLanguage("en").source(texts.source());
      texts.texts().forEach((key, text) -> all.addEntry(texts.translate(key, "FR " + text)));
      var french = Localizer.of("fr", texts, List.of(all.build())).localize(instrument);
      assertThat(SourceTexts.of(french).texts())
          .allSatisfy((key, text) -> assertThat(text).isEqualTo("FR " + texts.texts().get(key)));
      assertThat(french.reference()).isEqualTo(instrument.reference());
      assertThat(french.questions())
          .extracting(q -> q.id() + q.kind() + q.informs() + q.options().size())
          .isEqualTo(
              instrument.questions().stream()
                  .map(q -> q.id() + q.kind() + q.informs() + q.options().size())
                  .toList());
      assertThat(french.skipRules()).isEqualTo(instrument.skipRules());
    }
    Translation.Builder all = french();
    MNR.texts().forEach((key, text) -> all.addEntry(MNR.translate(key, "FR " + text)));
    var french = Localizer.of("fr", MNR, List.of(all.build())).localize(framework);
    assertThat(SourceTexts.of(french).texts())
        .allSatisfy((key, text) -> assertThat(text).isEqualTo("FR " + MNR.texts().get(key)));
    assertThat(french.capabilities())
        .extracting(c -> c.id() + c.number() + c.domainId())
        .isEqualTo(
            framework.capabilities().stream()
                .map(c -> c.id() + c.number() + c.domainId())
                .toList());
    assertThat(french).isNotEqualTo(framework);
    // a tailored framework, based on the MNR, copies as it is too
    var tailored =
        framework
            .tailor("mnr-tailored")
            .renameCapability("child-helpline", "Youth Helpline")
            .build();
    assertThat(Localizer.of("fr", SourceTexts.of(tailored), List.of()).localize(tailored))
        .isEqualTo(tailored);
    SourceTexts survey = SourceTexts.of(Instruments.mnrSurvey2021());
    assertThatThrownBy(() -> Localizer.of("fr", survey, List.of()).localize(framework))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "these are texts of instrument wpga-mnr-survey@2021, not of framework wpga-mnr");
    assertThatThrownBy(
            () -> Localizer.of("fr", MNR, List.of()).localize(Instruments.mnrSurvey2021()))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "these are texts of framework wpga-mnr, not of instrument wpga-mnr-survey@2021");
  }
}
