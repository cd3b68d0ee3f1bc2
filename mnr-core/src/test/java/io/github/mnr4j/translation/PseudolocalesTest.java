package io.github.mnr4j.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.survey.Instruments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pseudolocales: every text changed, nothing a check would refuse, over any text. */
class PseudolocalesTest {
  private static final List<SourceTexts> SOURCES =
      List.of(
          SourceTexts.of(Frameworks.mnr()),
          SourceTexts.of(Instruments.mnrSurvey2021()),
          SourceTexts.of(Instruments.unicefSurvey2021()),
          SourceTexts.of(
              TranslationSource.of(TranslationSource.Kind.MESSAGES, "test"),
              Map.of("count", "{count} responses, {invalid} [invalid]")));

  @Test
  void everySourcesPseudolocalesCheckCleanAndComplete() {
    for (SourceTexts texts : SOURCES) {
      for (Translation pseudo :
          List.of(Pseudolocales.accented(texts), Pseudolocales.rightToLeft(texts))) {
        TranslationCheckReport report = pseudo.check(texts);
        assertThat(report.findings()).as(report.summary()).isEmpty();
        assertThat(report.completeness()).isEqualTo(100);
        Localizer localizer = Localizer.of(pseudo.language(), texts, List.of(pseudo));
        assertThat(localizer.note()).isEmpty();
        texts
            .texts()
            .forEach((key, text) -> assertThat(localizer.text(key)).as(key).isNotEqualTo(text));
      }
    }
    assertThat(Pseudolocales.accented(SOURCES.get(3)).find("count").orElseThrow().text())
        .isEqualTo("⟦{count} ŕéšþöñšéš, {invalid} [îñṽåļîđ]·············⟧");
    assertThat(Pseudolocales.rightToLeft(SOURCES.get(3)).find("count").orElseThrow().text())
        .isEqualTo("\u202B{count} responses, {invalid} [invalid]\u202C");
    assertThat(Pseudolocales.accent("See <em>Box 1</em>: https://example.org/mnr."))
        .isEqualTo("⟦Šéé <em>Ɓöẋ 1</em>: https://example.org/mnr.···············⟧");
  }

  /**
   * Any text: no ASCII letter left outside placeholders and markup, a third longer, brackets kept.
   */
  @Test
  void accentingKeepsWhatChecksLookFor() {
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(
            text -> {
              String accented = Pseudolocales.accent(text);
              assertThat(accented.length()).isGreaterThanOrEqualTo(text.length() * 4 / 3 + 2);
              assertThat(
                      TranslationChecks.MARKUP
                          .matcher(TranslationChecks.PLACEHOLDER.matcher(accented).replaceAll(""))
                          .replaceAll(""))
                  .doesNotContainPattern("[A-Za-z]");
              assertThat(
                      TranslationChecks.usable(
                          TranslationEntry.of("k", accented, SourceTexts.fingerprint(text)), text))
                  .isTrue();
              assertThat(accented.chars().filter(c -> c == '[').count())
                  .isEqualTo(text.chars().filter(c -> c == '[').count());
              assertThat(accented.chars().filter(c -> c == ']').count())
                  .isEqualTo(text.chars().filter(c -> c == ']').count());
            });
  }
}
