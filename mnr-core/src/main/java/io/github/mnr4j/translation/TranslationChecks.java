package io.github.mnr4j.translation;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.translation.TranslationFinding.Code;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of {@link Translation#check}. */
final class TranslationChecks {
  private TranslationChecks() {}

  /** A placeholder, as mnr4j's messages write them: {@code {count}}, {@code {name}}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");

  /**
   * Markup a translation keeps as it is: a tag ({@code <em>}, {@code </em>}) or a web address,
   * without the punctuation that may end a sentence after it.
   */
  static final Pattern MARKUP =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9]*[^<>]*>|https?://[^\\s<>\"]*[^\\s<>\".,;:)]");

  static TranslationCheckReport check(Translation translation, SourceTexts texts) {
    List<TranslationFinding> findings = new ArrayList<>();
    if (!isWellFormed(translation.language())) {
      findings.add(
          TranslationFinding.of(
              Code.INVALID_LANGUAGE,
              "/language",
              Optional.empty(),
              Messages.quote(translation.language())
                  + " is not a well-formed BCP 47 language tag (such as fr, fr-CA or es-419)"));
    }
    if (translation.sourceLanguage().isEmpty()) {
      findings.add(
          TranslationFinding.of(
              Code.MISSING_SOURCE_LANGUAGE,
              "/sourceLanguage",
              Optional.empty(),
              "the translation does not say which language its source is in (such as en): outputs"
                  + " that fall back to the source's texts cannot name their language"));
    } else if (!isWellFormed(translation.sourceLanguage().get())) {
      findings.add(
          TranslationFinding.of(
              Code.INVALID_LANGUAGE,
              "/sourceLanguage",
              Optional.empty(),
              Messages.quote(translation.sourceLanguage().get())
                  + " is not a well-formed BCP 47 language tag (such as en)"));
    } else if (translation.sourceLanguage().get().equalsIgnoreCase(translation.language())) {
      findings.add(
          TranslationFinding.of(
              Code.INVALID_LANGUAGE,
              "/sourceLanguage",
              Optional.empty(),
              "the translation is to "
                  + Messages.quote(translation.language())
                  + ", the language its source is already in"));
    }
    if (!translation.source().equals(texts.source())) {
      findings.add(
          TranslationFinding.of(
              Code.SOURCE_MISMATCH,
              "/source",
              Optional.empty(),
              "the translation is of " + translation.source() + ", not of " + texts.source()));
    }
    Set<String> translated = new HashSet<>();
    int current = 0;
    int stale = 0;
    for (int i = 0; i < translation.entries().size(); i++) {
      TranslationEntry entry = translation.entries().get(i);
      String pointer = "/entries/" + i;
      Optional<String> key = Optional.of(entry.key());
      Optional<String> source = texts.find(entry.key());
      if (source.isEmpty()) {
        findings.add(
            TranslationFinding.of(
                Code.UNKNOWN_KEY,
                pointer + "/key",
                key,
                "no text of " + texts.source() + " has this key"));
        continue;
      }
      translated.add(entry.key());
      List<TranslationFinding> wrong = textFindings(entry, source.get(), pointer);
      findings.addAll(wrong);
      if (!entry.sourceFingerprint().equals(SourceTexts.fingerprint(source.get()))) {
        stale++;
        findings.add(
            TranslationFinding.of(
                Code.STALE,
                pointer + "/sourceFingerprint",
                key,
                "the source text changed since it was translated: it is now "
                    + Messages.quote(Messages.clip(source.get()))
                    + " (fingerprint "
                    + SourceTexts.fingerprint(source.get())
                    + ")"));
      } else if (wrong.isEmpty()) {
        current++;
      }
    }
    int missing = 0;
    for (String key : texts.texts().keySet()) {
      if (!translated.contains(key)) {
        missing++;
        findings.add(
            TranslationFinding.of(
                Code.MISSING,
                "/entries",
                Optional.of(key),
                "no entry: shown in a fallback language"));
      }
    }
    return ImmutableTranslationCheckReport.builder()
        .language(translation.language())
        .source(texts.source())
        .addAllFindings(findings)
        .textCount(texts.size())
        .translatedCount(current)
        .staleCount(stale)
        .missingCount(missing)
        .build();
  }

  /** What is wrong with an entry's text against its source text. */
  private static List<TranslationFinding> textFindings(
      TranslationEntry entry, String source, String pointer) {
    List<TranslationFinding> findings = new ArrayList<>();
    Optional<String> key = Optional.of(entry.key());
    if (entry.text().isBlank()) {
      findings.add(
          TranslationFinding.of(Code.EMPTY_TEXT, pointer + "/text", key, "the text is blank"));
      return findings;
    }
    Set<String> expected = placeholders(source);
    Set<String> found = placeholders(entry.text());
    if (!expected.equals(found)) {
      findings.add(
          TranslationFinding.of(
              Code.PLACEHOLDERS_DIFFER,
              pointer + "/text",
              key,
              "the source has placeholders "
                  + expected
                  + ", the translation "
                  + found
                  + ": each must be kept as it is"));
    }
    if (count(source, '[') != count(entry.text(), '[')
        || count(source, ']') != count(entry.text(), ']')) {
      findings.add(
          TranslationFinding.of(
              Code.BRACKETS_DIFFER,
              pointer + "/text",
              key,
              "the source has "
                  + count(source, '[')
                  + " '[' and "
                  + count(source, ']')
                  + " ']', the translation "
                  + count(entry.text(), '[')
                  + " and "
                  + count(entry.text(), ']')
                  + ": square brackets mark words the report lost or mnr4j reconstructed, and"
                  + " stay in every language"));
    }
    Set<String> markup = markup(source);
    Set<String> kept = markup(entry.text());
    if (!markup.equals(kept)) {
      findings.add(
          TranslationFinding.of(
              Code.MARKUP_DIFFERS,
              pointer + "/text",
              key,
              "the source has markup "
                  + markup
                  + ", the translation "
                  + kept
                  + ": tags and web addresses are kept as they are"));
    }
    return findings;
  }

  /**
   * Whether an entry may be shown in place of its source text: current, not blank, with the source
   * text's placeholders, brackets and markup.
   */
  static boolean usable(TranslationEntry entry, String source) {
    return entry.sourceFingerprint().equals(SourceTexts.fingerprint(source))
        && textFindings(entry, source, "").isEmpty();
  }

  private static Set<String> placeholders(String text) {
    return matches(PLACEHOLDER, text);
  }

  private static Set<String> markup(String text) {
    return matches(MARKUP, text);
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      count++;
    }
    return count;
  }

  /**
   * Whether a tag is well-formed BCP 47: Java's parser gives it back unchanged but for case, and it
   * names a language.
   */
  static boolean isWellFormed(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
  }
}
