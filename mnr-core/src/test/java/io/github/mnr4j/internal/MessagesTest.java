package io.github.mnr4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {
  /** Exactly the characters a terminal acts on are escaped; their neighbours are kept. */
  @Test
  void printableEscapesControlsAndOverridesOnly() {
    String controls = "\u0000\u001f\u007f\u0080\u009f\u2028\u2029\u202a\u202e\u2066\u2069";
    StringBuilder escaped = new StringBuilder();
    controls.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    assertThat(Messages.printable(controls)).isEqualTo(escaped.toString());
    String kept = " ~\u00a0\u00ff\u2027\u202f\u2065\u206aé";
    assertThat(Messages.printable(kept)).isSameAs(kept);
    assertThat(Messages.printable("a\u0085b")).isEqualTo("a\\u0085b");
  }

  @Test
  void quotesClipLongValuesAndSayHowLongTheyWere() {
    assertThat(Messages.quote("leadrship")).isEqualTo("'leadrship'");
    String longValue = "x".repeat(100);
    assertThat(Messages.quote(longValue))
        .isEqualTo("'" + "x".repeat(Messages.MAX_QUOTED) + "... (100 characters)'");
  }

  @Test
  void listsNameThirtyAndCountTheRest() {
    assertThat(Messages.list(List.of("a", "b"))).isEqualTo("a, b");
    assertThat(Messages.list(List.of(), 0)).isEqualTo("none");
    assertThat(Messages.list(List.of("a"), 31)).isEqualTo("a, ... and 30 more");
  }

  @Test
  void aFailedLookUpNamesTheValueWhereAndWhatIsKnown() {
    assertThat(Messages.unknown("capability", "leadrship", "framework 'wpga-mnr'", List.of("a")))
        .isEqualTo("unknown capability 'leadrship' in framework 'wpga-mnr'; known: a");
  }
}
