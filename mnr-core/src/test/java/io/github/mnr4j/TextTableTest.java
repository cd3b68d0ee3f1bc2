package io.github.mnr4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Text tables narrowed to a width: wrapped at spaces, nothing lost, numbers kept whole. */
class TextTableTest {

  @Test
  void aWideTextColumnWrapsAtSpaces() {
    TextTable table =
        TextTable.of(List.of("question", "n"), List.of(List.of("the quick brown fox jumps", "12")));
    assertThat(table.text(20))
        .isEqualTo(
            "question           n\n"
                + "----------------  --\n"
                + "the quick brown   12\n"
                + "fox jumps\n");
    assertThat(table.text(100)).isEqualTo(table.text());
  }

  @Test
  void idsWrapAfterTheirHyphens() {
    TextTable table =
        TextTable.of(
            List.of("capability", "reason"),
            List.of(List.of("research-analysis-monitoring", "planned (1 of 3); next, initial")));
    assertThat(table.text(50))
        .isEqualTo(
            "capability                reason\n"
                + "------------------------  ------------------------\n"
                + "research-analysis-        planned (1 of 3); next,\n"
                + "monitoring                initial\n");
  }

  /** Exactly the characters a terminal acts on are escaped; their neighbours are kept. */
  @Test
  void printableEscapesControlsAndOverridesOnly() {
    String controls = "\u0000\u001f\u007f\u0080\u009f\u2028\u2029\u202a\u202e\u2066\u2069";
    StringBuilder escaped = new StringBuilder();
    controls.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    assertThat(TextTable.printable(controls)).isEqualTo(escaped.toString());
    String kept = " ~\u00a0\u00ff\u2027\u202f\u2065\u206aé";
    assertThat(TextTable.printable(kept)).isSameAs(kept);
    assertThat(TextTable.printable("a\u0085b")).isEqualTo("a\\u0085b");
  }

  @Test
  void aWordLongerThanTheColumnIsCut() {
    TextTable table = TextTable.of(List.of("id"), List.of(List.of("abcdefghijklmnopq")));
    assertThat(table.text(5))
        .as("no narrower than twelve")
        .isEqualTo("id\n" + "------------\n" + "abcdefghijkl\n" + "mnopq\n");
  }

  @Test
  void numbersAndHeadersAreNeverNarrowed() {
    TextTable table =
        TextTable.of(List.of("a_long_header", "count"), List.of(List.of("x", "123456789012345")));
    assertThat(table.text(10).lines().map(String::length))
        .as("wider than asked, as narrow as it can be")
        .containsOnly(13 + 2 + 15);
  }

  /** Narrowing moves characters onto further lines; it never drops or changes one. */
  @Test
  void narrowingLosesNothingAndFitsWhereItCan() {
    qt().forAll(tables(), integers().between(20, 120))
        .checkAssert(
            (table, width) -> {
              String narrow = table.text(width);
              assertThat(letters(narrow)).isEqualTo(letters(table.text()));
              assertThat(narrow.lines())
                  .allSatisfy(
                      line ->
                          assertThat(line.length())
                              .isLessThanOrEqualTo(Math.max(width, 12 * 3 + 2 * 2)));
            });
  }

  private static Gen<TextTable> tables() {
    Gen<String> word = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 15);
    Gen<String> cell = lists().of(word).ofSizeBetween(1, 6).map(words -> String.join(" ", words));
    Gen<List<String>> row = lists().of(cell).ofSize(3);
    return lists()
        .of(row)
        .ofSizeBetween(0, 5)
        .map(rows -> TextTable.of(List.of("a", "b", "c"), rows));
  }

  private static List<Integer> letters(String text) {
    List<Integer> letters = new ArrayList<>();
    text.chars().filter(Character::isLetter).sorted().forEach(letters::add);
    return letters;
  }
}
