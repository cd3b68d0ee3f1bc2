package io.github.mnr4j.translation;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.framework.Capability;
import io.github.mnr4j.framework.Domain;
import io.github.mnr4j.framework.Enabler;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.framework.Note;
import io.github.mnr4j.framework.Passage;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.survey.Erratum;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Section;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The texts of a source that a translation translates, each under a stable key made of ids: {@code
 * capability/child-helpline/name}, {@code question/q7/text}, {@code option/q6/policy-basis/text},
 * {@code section/victim/title}, {@code passage/priority-1/text}. A key never depends on a text's
 * position, so that adding a question or reordering sections leaves every other entry where it was.
 *
 * <p>The keys of a framework: {@code title}; {@code note/ID/text}; {@code domain/ID/name}, {@code
 * domain/ID/outcome/headline}, {@code domain/ID/outcome/description}; {@code capability/ID/name},
 * {@code capability/ID/description}; {@code enabler/ID/text}, {@code enabler/ID/note}; {@code
 * passage/ID/heading}, {@code passage/ID/text}; {@code erratum/ID/text}. Of an instrument: {@code
 * title}; {@code note/ID/text}; {@code section/ID/title}, {@code section/ID/introduction}, {@code
 * section/ID/outcome}, {@code section/ID/blurb/CAPABILITY}; {@code question/ID/text}; {@code
 * option/QUESTION/ID/text}; {@code passage/ID/heading}, {@code passage/ID/text}; {@code
 * erratum/ID/description}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceTexts {
  private final TranslationSource source;
  private final Map<String, String> texts;

  private SourceTexts(TranslationSource source, Map<String, String> texts) {
    this.source = source;
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /**
   * Returns a framework's texts.
   *
   * @param framework the framework
   * @return its texts, in the framework's order
   */
  public static SourceTexts of(Framework framework) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", framework.title());
    notes(framework.notes(), texts);
    for (Domain domain : framework.domains()) {
      String key = "domain/" + domain.id();
      texts.put(key + "/name", domain.name());
      texts.put(key + "/outcome/headline", domain.outcome().headline());
      texts.put(key + "/outcome/description", domain.outcome().description());
    }
    for (Capability capability : framework.capabilities()) {
      texts.put("capability/" + capability.id() + "/name", capability.name());
      texts.put("capability/" + capability.id() + "/description", capability.description());
    }
    for (Enabler enabler : framework.enablers()) {
      texts.put("enabler/" + enabler.id() + "/text", enabler.text());
      enabler.note().ifPresent(note -> texts.put("enabler/" + enabler.id() + "/note", note));
    }
    passages(framework.passages(), texts);
    for (Passage erratum : framework.errata()) {
      texts.put("erratum/" + erratum.id() + "/text", erratum.text());
    }
    return new SourceTexts(TranslationSource.of(framework), texts);
  }

  /**
   * Returns an instrument's texts (not its framework's: translate the framework apart).
   *
   * @param instrument the instrument
   * @return its texts, in the instrument's order
   */
  public static SourceTexts of(Instrument instrument) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", instrument.title());
    notes(instrument.notes(), texts);
    for (Section section : instrument.sections()) {
      String key = "section/" + section.id();
      texts.put(key + "/title", section.title());
      section.introduction().ifPresent(text -> texts.put(key + "/introduction", text));
      section.outcome().ifPresent(text -> texts.put(key + "/outcome", text));
      section
          .capabilityBlurbs()
          .forEach((capability, blurb) -> texts.put(key + "/blurb/" + capability, blurb));
    }
    for (Question question : instrument.questions()) {
      texts.put("question/" + question.id() + "/text", question.text());
      for (Option option : question.options()) {
        texts.put("option/" + question.id() + "/" + option.id() + "/text", option.text());
      }
    }
    passages(instrument.passages(), texts);
    for (Erratum erratum : instrument.errata()) {
      texts.put("erratum/" + erratum.id() + "/description", erratum.description());
    }
    return new SourceTexts(TranslationSource.of(instrument), texts);
  }

  /**
   * Returns the texts of any other source, such as a bundle of messages, by key.
   *
   * @param source the source
   * @param texts the texts by key, in the order to check and list them
   * @return the texts
   */
  public static SourceTexts of(TranslationSource source, Map<String, String> texts) {
    return new SourceTexts(source, texts);
  }

  private static void notes(List<Note> notes, Map<String, String> texts) {
    for (Note note : notes) {
      texts.put("note/" + note.id() + "/text", note.text());
    }
  }

  private static void passages(List<Passage> passages, Map<String, String> texts) {
    for (Passage passage : passages) {
      passage.heading().ifPresent(text -> texts.put("passage/" + passage.id() + "/heading", text));
      texts.put("passage/" + passage.id() + "/text", passage.text());
    }
  }

  /**
   * Returns what the texts are of.
   *
   * @return the source
   */
  public TranslationSource source() {
    return source;
  }

  /**
   * Returns the texts by key, in the source's order.
   *
   * @return an immutable map
   */
  public Map<String, String> texts() {
    return texts;
  }

  /**
   * Returns how many texts there are.
   *
   * @return the count
   */
  public int size() {
    return texts.size();
  }

  /**
   * Looks up a text.
   *
   * @param key the key
   * @return the text, or empty if the source has no such key
   */
  public Optional<String> find(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  /**
   * Returns an entry that translates the current text of a key, with its fingerprint.
   *
   * @param key a key of the source
   * @param translated the text in the other language
   * @return the entry
   * @throws MnrException naming the key if the source has no such key
   */
  public TranslationEntry translate(String key, String translated) {
    String text = texts.get(key);
    if (text == null) {
      throw new MnrException(Messages.unknown("text key", key, source.toString(), texts.keySet()));
    }
    return TranslationEntry.of(key, translated, fingerprint(text));
  }

  /**
   * Returns the fingerprint of a source text: the CRC-32 (as in zip files, {@code
   * java.util.zip.CRC32} or Python's {@code zlib.crc32}) of its UTF-8 bytes after Unicode NFC
   * normalisation (so that the same words typed with composed or decomposed accents match), as 8
   * hexadecimal digits. It is a checksum to notice that the source text changed, not a signature:
   * an entry whose fingerprint differs from its source text's is stale. (A checksum rather than a
   * cryptographic digest, since a command that shows a translation checks every entry at start, and
   * a digest's first use alone took longer than the budget of issue 27.)
   *
   * @param text a source text
   * @return the fingerprint, such as {@code 3f1c0a9b}
   */
  public static String fingerprint(String text) {
    CRC32 crc = new CRC32();
    crc.update(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }

  @Override
  public String toString() {
    return "SourceTexts[" + source + ", " + texts.size() + " texts]";
  }
}
