package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --lang, --translation, MNR_LANG and the system's language, on mnr catalog and mnr survey. */
class LanguageCommandsTest extends CliTest {
  private static final SourceTexts FRAMEWORK = SourceTexts.of(Frameworks.mnr());
  private static final SourceTexts SURVEY = SourceTexts.of(Instruments.mnrSurvey2021());

  @TempDir Path temp;

  /** French: the framework's texts in French, and the output says whose translation it is. */
  @Test
  void frenchShowsTheTranslationAndSaysItIsUnofficial() {
    assertThat(run("catalog", "--lang", "fr")).isZero();
    assertThat(out.toString())
        .contains("Modèle d'intervention nationale (wpga-mnr)")
        .contains("Ligne d'assistance aux enfants")
        .doesNotContain("Child Helpline")
        .contains(
            "\nLanguage: fr\n  - framework wpga-mnr in fr: Unofficial translation by mnr4j's"
                + " authors, not reviewed by the WeProtect Global Alliance")
        .contains("  - mnr4j's own labels and messages are in English")
        // complete: no fallback note
        .doesNotContain("are not in fr");
    clear();
    assertThat(run("survey", "--lang", "es")).isZero();
    assertThat(out.toString())
        .contains("¿Existe una línea de ayuda a la infancia en su país?")
        .contains("    - other: Otro (descríbalo) (with a description)\n")
        .contains("instrument wpga-mnr-survey@2021 in es: Unofficial translation");
  }

  /** fr-CA falls back to fr for every text, and says so; a language nobody translated, too. */
  @Test
  void fallbackIsSaidOutLoud() {
    assertThat(run("catalog", "--lang", "fr-CA")).isZero();
    assertThat(out.toString())
        .contains("Ligne d'assistance aux enfants")
        .contains(
            "  - "
                + FRAMEWORK.size()
                + " of "
                + FRAMEWORK.size()
                + " texts of framework wpga-mnr are not in fr-CA: "
                + FRAMEWORK.size()
                + " in fr\n");
    clear();
    assertThat(run("survey", "--unicef", "--lang", "fr")).isZero();
    assertThat(out.toString())
        .contains(
            "  - no translation of instrument end-violence-unicef-survey@2021 to fr: its texts are"
                + " in English\n");
    clear();
    assertThat(run("catalog", "--lang", "de")).isZero();
    assertThat(out.toString())
        .contains("Child Helpline")
        .contains("to de: its texts are in English");
  }

  /** English, asked for or not: the outline as written, and no language notes. */
  @Test
  void englishIsTheSourceAsWritten() {
    assertThat(run("catalog", "--lang", "en-GB")).isZero();
    String british = out.toString();
    clear();
    assertThat(run("catalog")).isZero();
    assertThat(out.toString()).isEqualTo(british).doesNotContain("Language:");
    clear();
    assertThat(run("survey", "--lang", "en")).isZero();
    assertThat(out.toString()).isEqualTo(Instruments.mnrSurvey2021().toOutline());
  }

  /** A tag that is not BCP 47 is refused by name, where it came from. */
  @Test
  void aMalformedTagIsRefused() {
    assertThat(run("catalog", "--lang", "fr_FR")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "mnr: --lang: 'fr_FR' is not a well-formed BCP 47 language tag (such as fr, fr-CA or"
                + " es-419)\n");
  }

  /** One's own translation comes before the built-in one, entry by entry. */
  @Test
  void onesOwnTranslationComesFirst() throws IOException {
    Translation own =
        Translation.builder()
            .language("fr")
            .sourceLanguage("en")
            .source(FRAMEWORK.source())
            .addNote("Our ministry's wording")
            .addEntry(FRAMEWORK.translate("capability/child-helpline/name", "Ligne Enfance"))
            .build();
    Path file = temp.resolve("ours.json");
    Files.writeString(file, MnrJson.strict().write(own, Document.TRANSLATION));
    assertThat(run("catalog", "--lang", "fr", "--translation", file.toString())).isZero();
    assertThat(out.toString())
        .contains(" Ligne Enfance: ")
        .contains("Pilotage")
        .contains("framework wpga-mnr in fr: Our ministry's wording")
        .contains("framework wpga-mnr in fr: Unofficial translation");
  }

  /**
   * The pseudolocales reach every text of the framework and the survey: none is left as written,
   * notes included, and right to left is marked on each. (Up to their sources' citations, which
   * stay as published.)
   */
  @Test
  void pseudolocalesReachEveryText() {
    assertThat(run("catalog", "--lang", "en-XA")).isZero();
    String catalog = beforeSource(out.toString());
    clear();
    assertThat(run("survey", "--lang", "en-XA")).isZero();
    String survey = beforeSource(out.toString());
    // Texts of four letters or more (shorter ones, such as "Yes", may occur in other words).
    FRAMEWORK.texts().values().stream()
        .filter(text -> text.length() > 3 && !text.contains("\n"))
        .forEach(text -> assertThat(catalog).doesNotContain(text));
    SURVEY.texts().values().stream()
        .filter(text -> text.length() > 3 && !text.contains("\n"))
        .forEach(text -> assertThat(survey).doesNotContain(text));
    assertThat(catalog)
        .contains("⟦Çĥîļđ Ĥéļþļîñé·····⟧")
        .contains("\nNotes\n  - ⟦Ţĥé šûŕṽéý çåļļš");
    clear();
    assertThat(run("catalog", "--lang", "ar-XB")).isZero();
    assertThat(out.toString()).contains("\u202BChild Helpline\u202C");
  }

  private static String beforeSource(String outline) {
    return outline.substring(0, outline.indexOf("\nSource: "));
  }

  /** JSON keeps the source's texts, and says so on stderr. */
  @Test
  void jsonKeepsTheSourcesTexts() {
    assertThat(run("catalog", "--format", "json", "--lang", "fr")).isZero();
    assertThat(MnrJson.strict().read(out.toString(), Document.FRAMEWORK))
        .isEqualTo(Frameworks.mnr());
    assertThat(err.toString()).startsWith("note: JSON documents are data: they keep the source's");
    clear();
    assertThat(run("survey", "--format", "json", "--lang", "en")).isZero();
    assertThat(err.toString()).isEmpty();
  }

  /** The system's language is the default when a translation of it exists. */
  @Test
  void theSystemLanguageIsTheDefaultWhenTranslated() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("es-MX"));
      assertThat(run("catalog")).isZero();
      assertThat(out.toString())
          .contains("Línea de ayuda a la infancia")
          .contains("Language: es-MX");
      clear();
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      assertThat(run("catalog")).isZero();
      assertThat(out.toString()).contains("Child Helpline").doesNotContain("Language:");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** MNR_LANG comes before the system's language; --lang before both. */
  @Test
  void theEnvironmentVariableSetsTheLanguage() throws Exception {
    assertThat(mnrWith("fr", "catalog")).contains("Ligne d'assistance aux enfants");
    assertThat(mnrWith("fr", "catalog", "--lang", "es")).contains("Línea de ayuda a la infancia");
    assertThat(mnrWith("fr_FR", "catalog")).startsWith("mnr: MNR_LANG: 'fr_FR' is not");
  }

  /** Runs mnr in a JVM of its own with MNR_LANG set, and returns what it printed. */
  private static String mnrWith(String language, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Mnr.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("MNR_LANG", language);
    Process process = builder.start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return printed;
  }
}
