package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The set of names a reader sees in one object, reused from object to object. */
class NameSetTest {
  @Test
  void findsANameGivenTwiceAndForgetsOnClear() {
    NameSet names = new NameSet();
    for (int i = 1; i <= 200; i++) {
      assertThat(names.add("q" + i)).as("q%d, first time", i).isTrue();
    }
    assertThat(names.size()).isEqualTo(200);
    for (int i = 1; i <= 200; i++) {
      assertThat(names.add(new String("q" + i))).as("q%d, an equal string", i).isFalse();
    }
    names.clear();
    assertThat(names.size()).isZero();
    assertThat(names.add("q7")).isTrue();
    assertThat(names.add("q7")).isFalse();
    assertThat(names.add("q8")).isTrue();
  }
}
