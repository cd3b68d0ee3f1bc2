package io.github.mnr4j.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packed strings behave as a list of strings searched from its start. */
class PackedStringsProperties {

  @Test
  void packedStringsAreTheListTheyWereGiven() {
    qt().withExamples(200)
        .forAll(
            // Few distinct values, so that strings come again; any code point, so that UTF-8 takes
            // one to four bytes a character.
            lists()
                .of(
                    integers()
                        .between(0, 40)
                        .zip(
                            strings().allPossible().ofLengthBetween(0, 6),
                            (n, s) -> n < 30 ? "J" + n : s))
                .ofSizeBetween(0, 300))
        .checkAssert(
            values -> {
              PackedStrings packed = new PackedStrings();
              PackedStrings other = new PackedStrings();
              for (int i = 0; i < values.size(); i++) {
                assertThat(packed.add(values.get(i))).isEqualTo(i);
                other.add(values.get(values.size() - 1 - i));
              }
              assertThat(packed.size()).isEqualTo(values.size());
              assertThat(packed.asList()).isEqualTo(values);
              assertThat(packed.copy().asList()).isEqualTo(values);
              for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                assertThat(packed.get(i)).isEqualTo(value);
                assertThat(packed.indexOf(value)).isEqualTo(values.indexOf(value));
                assertThat(packed.copy().indexOf(value)).isEqualTo(values.indexOf(value));
                assertThat(packed.indexOf(other, i))
                    .isEqualTo(values.indexOf(values.get(values.size() - 1 - i)));
              }
              List<String> absent = new ArrayList<>(List.of("K1", "", "J99", "\u00e9\ud83d\ude00"));
              absent.removeAll(values);
              absent.forEach(a -> assertThat(packed.indexOf(a)).isEqualTo(-1));
              PackedStrings copied = new PackedStrings();
              for (int i = 0; i < values.size(); i++) {
                copied.add(packed, i);
              }
              assertThat(copied.asList()).isEqualTo(values);
            });
  }

  @Test
  void anIndexOutOfRangeIsRefused() {
    PackedStrings packed = new PackedStrings();
    packed.add("J1");
    assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> packed.asList().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
