package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.testing.FrameworkGenerators;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import io.github.mnr4j.translation.TranslationEntry;
import io.github.mnr4j.translation.TranslationSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** The mnr4j.translation document and its checks: golden files, schema, errors, round trips. */
class TranslationJsonTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final SourceTexts MNR = SourceTexts.of(Frameworks.mnr());

  /** Three domains' names in French, one of them translating an older text, one key unknown. */
  static Translation sample() {
    return Translation.builder()
        .language("fr")
        .sourceLanguage("en")
        .source(MNR.source())
        .addNote("Unofficial: a sample for tests, not reviewed by the Alliance")
        .addEntry(MNR.translate("domain/victim/name", "Victimes"))
        .addEntry(MNR.translate("domain/industry/name", "Industrie"))
        .addEntry(TranslationEntry.of("domain/societal/name", "Société", "0123456789abcdef"))
        .addEntry(TranslationEntry.of("domain/nowhere/name", "Nulle part", "0123456789abcdef"))
        .build();
  }

  private static MnrJsonException error(String json) {
    return catchThrowableOfType(
        MnrJsonException.class, () -> JSON.read(json, Document.TRANSLATION));
  }

  @Test
  void writesTheSampleAsTheGoldenFileAndReadsItBack() {
    String json = JSON.write(sample(), Document.TRANSLATION);
    GoldenFiles.assertMatches("mnr4j.translation-sample-fr.json", json);
    String golden = GoldenFiles.read("mnr4j.translation-sample-fr.json");
    assertThat(JSON.read(golden, Document.TRANSLATION)).isEqualTo(sample());
    assertThat(SchemaCheck.errors("mnr4j.translation", golden)).isEmpty();
  }

  @Test
  void writesTheSamplesChecksAsTheGoldenFile() {
    String json = JSON.write(sample().check(MNR), Output.TRANSLATION_CHECKS);
    GoldenFiles.assertMatches("mnr4j.translation-checks-sample-fr.json", json);
    assertThat(SchemaCheck.errors("mnr4j.translation-checks", json)).isEmpty();
    assertThat(json)
        .contains("\"code\": \"stale\"")
        .contains("\"code\": \"unknown-key\"")
        .contains("\"translated\": 2");
  }

  @Test
  void errorsNameThePointerAndTheRule() {
    String golden = GoldenFiles.read("mnr4j.translation-sample-fr.json");
    assertThat(
            error(golden.replace("\"kind\": \"framework\"", "\"kind\": \"survey\"")).getMessage())
        .startsWith(
            "unknown kind 'survey'; known: framework, instrument, messages at /source/kind");
    assertThat(error(golden.replace("\"sourceFingerprint\"", "\"fingerprint\"")).getMessage())
        .startsWith("missing required field 'sourceFingerprint' at /entries/0 (line 14, column 5)");
    String twice = golden.replace("domain/industry/name", "domain/victim/name");
    assertThat(error(twice).getMessage())
        .contains("key 'domain/victim/name' comes twice: entries 0 and 1");
    assertThat(SchemaCheck.errors("mnr4j.translation", golden.replace("\"fr\"", "\"\"")))
        .isNotEmpty();
  }

  static Gen<Translation> translations() {
    return TranslationJsonTest::translation;
  }

  private static Translation translation(RandomnessSource in) {
    TranslationSource.Kind[] kinds = TranslationSource.Kind.values();
    TranslationSource.Kind kind = kinds[integers().between(0, kinds.length - 1).generate(in)];
    Translation.Builder builder =
        Translation.builder()
            .language(booleans().all().generate(in) ? "fr" : "es-419")
            .source(
                booleans().all().generate(in)
                    ? TranslationSource.of(kind, "s")
                    : TranslationSource.of(kind, "s", FrameworkGenerators.texts().generate(in)));
    if (booleans().all().generate(in)) {
      builder.sourceLanguage("en");
    }
    int notes = integers().between(0, 2).generate(in);
    for (int i = 0; i < notes; i++) {
      builder.addNote(FrameworkGenerators.texts().generate(in));
    }
    int entries = integers().between(0, 5).generate(in);
    for (int i = 0; i < entries; i++) {
      builder.addEntry(
          TranslationEntry.of(
              "k/" + i,
              FrameworkGenerators.texts().generate(in),
              SourceTexts.fingerprint(FrameworkGenerators.texts().generate(in))));
    }
    return builder.build();
  }

  @Test
  void everyTranslationReadsBackEqualAndIsValidUnderTheSchema() {
    qt().withExamples(200)
        .forAll(translations())
        .checkAssert(
            translation -> {
              String json = JSON.write(translation, Document.TRANSLATION);
              Translation back = JSON.read(json, Document.TRANSLATION);
              assertThat(back).isEqualTo(translation);
              assertThat(JSON.write(back, Document.TRANSLATION)).isEqualTo(json);
              assertThat(SchemaCheck.errors("mnr4j.translation", json)).isEmpty();
            });
  }
}
