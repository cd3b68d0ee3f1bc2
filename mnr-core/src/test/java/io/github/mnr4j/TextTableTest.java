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
    assertThat(table.toText(20))
        .isEqualTo(
            "question           n\n"
                + "----------------  --\n"
                + "the quick brown   12\n"
                + "fox jumps\n");
    assertThat(table.toText(100)).isEqualTo(table.toText());
  }

  @Test
  void idsWrapAfterTheirHyphens() {
    TextTable table =
        TextTable.of(
            List.of("capability", "reason"),
            List.of(List.of("research-analysis-monitoring", "planned (1 of 3); next, initial")));
    assertThat(table.toText(50))
        .isEqualTo(
            "capability                reason\n"
                + "------------------------  ------------------------\n"
                + "research-analysis-        planned (1 of 3); next,\n"
                + "monitoring                initial\n");
  }

  @Test
  void aWordLongerThanTheColumnIsCut() {
    TextTable table = TextTable.of(List.of("id"), List.of(List.of("abcdefghijklmnopq")));
    assertThat(table.toText(5))
        .as("no narrower than twelve")
        .isEqualTo("id\n" + "------------\n" + "abcdefghijkl\n" + "mnopq\n");
  }

  /** A cell of a million letters, without a space, is cut into lines of the column's width. */
  @Test
  void aVeryLongWordIsCutIntoWholeLines() {
    String word = "ab".repeat(500_000);
    TextTable table = TextTable.of(List.of("name"), List.of(List.of(word)));
    List<String> lines = table.toText(40).lines().skip(2).toList();
    assertThat(lines).hasSize(1_000_000 / 40).allMatch(line -> line.length() == 40);
    assertThat(String.join("", lines)).isEqualTo(word);
  }

  @Test
  void numbersAndHeadersAreNeverNarrowed() {
    TextTable table =
        TextTable.of(List.of("a_long_header", "count"), List.of(List.of("x", "123456789012345")));
    assertThat(table.toText(10).lines().map(String::length))
        .as("wider than asked, as narrow as it can be")
        .containsOnly(13 + 2 + 15);
  }

  /** Narrowing moves characters onto further lines; it never drops or changes one. */
  @Test
  void narrowingLosesNothingAndFitsWhereItCan() {
    qt().forAll(tables(), integers().between(20, 120))
        .checkAssert(
            (table, width) -> {
              String narrow = table.toText(width);
              assertThat(letters(narrow)).isEqualTo(letters(table.toText()));
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
