package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import io.github.mnr4j.translation.TranslationEntry;
import io.github.mnr4j.translation.TranslationSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mnr lint on a translation: against the source it names, in text and JSON, and its refusals. */
class TranslationCommandsTest extends CliTest {
  @TempDir Path temp;

  private Path write(String name, Translation translation) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, MnrJson.strict().write(translation, Document.TRANSLATION));
    return file;
  }

  /** A complete translation of the UNICEF survey, its brackets kept: clean, 100%. */
  @Test
  void aCompleteTranslationIsClean() throws IOException {
    SourceTexts texts = SourceTexts.of(Instruments.unicefSurvey2021());
    Translation.Builder french =
        Translation.builder().language("fr").sourceLanguage("en").source(texts.source());
    texts.texts().forEach((key, text) -> french.addEntry(texts.translate(key, "FR " + text)));
    Path file = write("fr.json", french.build());
    assertThat(run("lint", file.toString())).isZero();
    assertThat(out.toString())
        .isEqualTo(
            file
                + ": fr: instrument end-violence-unicef-survey@2021 100%: 0 errors, 0"
                + " warnings\n");
  }

  /** Stale, unknown and missing entries, each on its line; the JSON document says the same. */
  @Test
  void findingsAreListedAndCounted() throws IOException {
    SourceTexts mnr = SourceTexts.of(Frameworks.mnr());
    Path file =
        write(
            "fr.json",
            Translation.builder()
                .language("fr")
                .sourceLanguage("en")
                .source(mnr.source())
                .addEntry(mnr.translate("domain/victim/name", "Victimes"))
                .addEntry(TranslationEntry.of("domain/industry/name", "Industrie", "0"))
                .addEntry(TranslationEntry.of("domain/nowhere/name", "Nulle part", "0"))
                .build());
    assertThat(run("lint", file.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "warning stale /entries/1/sourceFingerprint domain/industry/name: the source text"
                + " changed since it was translated: it is now 'Industry' (fingerprint "
                + SourceTexts.fingerprint("Industry")
                + ")\n")
        .contains(
            "error unknown-key /entries/2/key domain/nowhere/name: no text of framework wpga-mnr"
                + " has this key\n")
        .contains("warning missing /entries capability/child-helpline/name: no entry")
        .endsWith(
            ": fr: framework wpga-mnr 0% (1 stale, "
                + (mnr.size() - 2)
                + " missing): 1 error, "
                + (mnr.size() - 1)
                + " warnings\n");
    clear();
    assertThat(run("lint", file.toString(), "--format", "json")).isEqualTo(1);
    assertThat(out.toString())
        .contains("\"format\": \"mnr4j.translation-checks\"")
        .contains("\"translated\": 1")
        .contains("\"stale\": 1");
  }

  /** A source that is not built in, or a bundle of messages, is refused by name. */
  @Test
  void sourcesItCannotFindAreRefused() throws IOException {
    Path other =
        write(
            "other.json",
            Translation.builder()
                .language("fr")
                .sourceLanguage("en")
                .source(TranslationSource.of(TranslationSource.Kind.FRAMEWORK, "other-mnr"))
                .build());
    assertThat(run("lint", other.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "mnr: "
                + other
                + ": a translation of framework other-mnr, which is not built in: give its"
                + " document with --end FILE\n");
    clear();
    Path messages =
        write(
            "messages.json",
            Translation.builder()
                .language("fr")
                .sourceLanguage("en")
                .source(TranslationSource.of(TranslationSource.Kind.MESSAGES, "mnr-cli"))
                .build());
    assertThat(run("lint", messages.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "a translation of messages mnr-cli: mnr4j has no message bundle to check it against"
                + " yet");
  }
}
