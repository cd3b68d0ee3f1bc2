package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of shared values a reader finds by the characters of a string token. */
class SharedValuesTest {
  @Test
  void findsAKeptValueByCharactersInsideALargerArray() {
    SharedValues<Integer> values = new SharedValues<>(10);
    values.keep("yes", 1);
    values.keep("no", 2);
    char[] buffer = "xxyesnoye".toCharArray();
    assertThat(values.find(buffer, 2, 3)).isEqualTo(1);
    assertThat(values.find(buffer, 5, 2)).isEqualTo(2);
    assertThat(values.find(buffer, 7, 2)).as("a prefix of a kept key").isNull();
    assertThat(values.find(buffer, 0, 0)).as("the empty string").isNull();
    values.keep("", 3);
    assertThat(values.find(buffer, 0, 0)).isEqualTo(3);
  }

  @Test
  void keepsNoMoreThanItsCapacity() {
    SharedValues<String> values = new SharedValues<>(100);
    for (int i = 0; i < 1000; i++) {
      values.keep("v" + i, "v" + i);
    }
    int found = 0;
    for (int i = 0; i < 1000; i++) {
      char[] chars = ("v" + i).toCharArray();
      if (values.find(chars, 0, chars.length) != null) {
        found++;
        assertThat(i).as("only the first hundred are kept").isLessThan(100);
      }
    }
    assertThat(found).isEqualTo(100);
  }

  @Test
  void findsWhatWasKeptAndNothingElse() {
    qt().withExamples(300)
        .forAll(
            lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(0, 300),
            strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            (kept, other) -> {
              SharedValues<String> values = new SharedValues<>(1000);
              Map<String, String> expected = new HashMap<>();
              for (String key : kept) {
                if (!expected.containsKey(key)) {
                  String value = "value of " + key;
                  values.keep(key, value);
                  expected.put(key, value);
                }
              }
              for (String key : List.copyOf(expected.keySet())) {
                char[] padded = ("<" + key + ">").toCharArray();
                assertThat(values.find(padded, 1, key.length())).isEqualTo(expected.get(key));
              }
              char[] chars = other.toCharArray();
              assertThat(values.find(chars, 0, chars.length)).isEqualTo(expected.get(other));
            });
  }
}
