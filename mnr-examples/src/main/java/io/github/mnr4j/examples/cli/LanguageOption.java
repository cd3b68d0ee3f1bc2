package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.examples.ExampleTranslations;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.translation.Localizer;
import io.github.mnr4j.translation.Pseudolocales;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang} and {@code --translation} options: the language that the framework's and
 * instruments' texts are shown in, and the notes that say which translations gave them and how many
 * fell back.
 */
final class LanguageOption {
  /** The environment variable that sets the language when {@code --lang} is not given. */
  static final String VARIABLE = "MNR_LANG";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description =
          "The language to show the framework's and the survey's texts in, a BCP 47 tag: fr or es"
              + " (mnr4j's unofficial translations), en-XA or ar-XB (pseudolocales, for testing),"
              + " or any language a --translation gives. A text not translated falls back to the"
              + " tag's parent (fr-CA to fr), then to English, and the output says how many did."
              + " Default: $"
              + VARIABLE
              + ", else the system's language when a translation of it exists, else English.")
  Optional<String> lang = Optional.empty();

  @Option(
      names = "--translation",
      paramLabel = "TRANSLATION.json",
      description =
          "A translation of one's own (an mnr4j.translation document) of the framework or an"
              + " instrument shown; used before the built-in ones. Repeatable.")
  List<Path> files = new ArrayList<>();

  /** What each source shown says about its texts, in order and once each. */
  private final Set<String> notes = new LinkedHashSet<>();

  private Optional<String> language = Optional.empty();
  private Optional<List<Translation>> own = Optional.empty();

  /**
   * Returns the language asked for by {@code --lang} or {@value #VARIABLE}, else the system's when
   * a translation of it exists, else English.
   */
  String language() {
    if (language.isEmpty()) {
      language = Optional.of(resolve());
    }
    return language.get();
  }

  private String resolve() {
    if (lang.isPresent()) {
      return checked(lang.get(), "--lang");
    }
    String variable = System.getenv(VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return checked(variable.strip(), VARIABLE);
    }
    String system = Locale.getDefault().toLanguageTag();
    boolean translated =
        ExampleTranslations.LANGUAGES.stream()
                .anyMatch(tag -> ExampleTranslations.fallsBackTo(system, tag))
            || own().stream().anyMatch(t -> ExampleTranslations.fallsBackTo(system, t.language()));
    return translated ? system : "en";
  }

  private String checked(String tag, String where) {
    String canonical = Locale.forLanguageTag(tag).toLanguageTag();
    if (Locale.forLanguageTag(tag).getLanguage().isEmpty() || !canonical.equalsIgnoreCase(tag)) {
      throw new ParameterException(
          spec.commandLine(),
          where
              + ": "
              + Messages.quote(tag)
              + " is not a well-formed BCP 47 language tag (such as fr, fr-CA or es-419)");
    }
    return tag;
  }

  private List<Translation> own() {
    if (own.isEmpty()) {
      List<Translation> read = new ArrayList<>();
      files.forEach(file -> read.add(Inputs.read(file, Document.TRANSLATION)));
      own = Optional.of(read);
    }
    return own.get();
  }

  /** Returns the framework with its texts in the language asked for. */
  Framework framework(Framework framework) {
    return shown(SourceTexts.of(framework), l -> l.localize(framework)).orElse(framework);
  }

  /** Returns the instrument with its texts in the language asked for. */
  Instrument instrument(Instrument instrument) {
    return shown(SourceTexts.of(instrument), l -> l.localize(instrument)).orElse(instrument);
  }

  /**
   * The source in the language asked for, its notes recorded; empty when it is to be shown as it
   * is: English asked for and no translation to an English variant at hand.
   */
  private <T> Optional<T> shown(SourceTexts texts, Function<Localizer, T> localize) {
    String tag = language();
    List<Translation> translations = new ArrayList<>();
    own().stream()
        .filter(
            t ->
                t.source().equals(texts.source())
                    && ExampleTranslations.fallsBackTo(tag, t.language()))
        .forEach(translations::add);
    translations.addAll(ExampleTranslations.of(tag, texts));
    if (translations.isEmpty() && ExampleTranslations.fallsBackTo(tag, "en")) {
      return Optional.empty();
    }
    Localizer localizer;
    try {
      localizer = Localizer.of(tag, texts, translations);
    } catch (MnrException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    for (Translation used : localizer.translationsUsed()) {
      used.notes()
          .forEach(note -> notes.add(texts.source() + " in " + used.language() + ": " + note));
    }
    if (translations.isEmpty()) {
      notes.add(
          "no translation of " + texts.source() + " to " + tag + ": its texts are in English");
    } else {
      localizer.note().ifPresent(notes::add);
    }
    return Optional.of(localize.apply(localizer));
  }

  /**
   * Prints what the texts shown say of themselves, after the output they belong to: nothing when
   * everything is in English as written.
   */
  void printNotes(PrintWriter out) {
    if (notes.isEmpty()) {
      return;
    }
    out.println();
    out.println("Language: " + language());
    notes.forEach(note -> out.println("  - " + note));
    out.println(
        "  - mnr4j's own labels and messages are in English: their translations are not yet"
            + " available");
    out.flush();
  }

  /**
   * Says on stderr that a JSON document keeps the source's texts, when a language other than
   * English was asked for.
   */
  void noteJsonKeepsSourceTexts() {
    String tag = language();
    if (!ExampleTranslations.fallsBackTo(tag, "en")
        || tag.equalsIgnoreCase(Pseudolocales.ACCENTED)) {
      spec.commandLine()
          .getErr()
          .println(
              "note: JSON documents are data: they keep the source's texts and ids whatever the"
                  + " language ("
                  + tag
                  + " applies to text output); translations are mnr4j.translation documents");
    }
  }
}
