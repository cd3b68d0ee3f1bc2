package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines handed out in place: blank ones passed over, a byte-order mark dropped from the input's
 * start only, lines too long flagged; the same from memory and from a stream, however it arrives.
 */
class LineSplitterTest {
  private static final String TEXT =
      "\uFEFF{\"a\": 1}\n\n  \r\n{\"b\": 2}\r\n0123456789012\n\uFEFF{\"c\": 3}";

  private static final List<String> LINES =
      List.of("1 {\"a\": 1}", "4 {\"b\": 2}\\r", "5 too long", "6 \uFEFF{\"c\": 3}");

  /** Each line as its number and text, or that it was too long. */
  private static List<String> lines(LineSplitter lines) throws IOException {
    List<String> seen = new ArrayList<>();
    while (lines.next()) {
      String text =
          lines.tooLong()
              ? "too long"
              : new String(lines.bytes(), lines.offset(), lines.length(), StandardCharsets.UTF_8);
      seen.add(lines.number() + " " + text.replace("\r", "\\r"));
    }
    return seen;
  }

  private static InputStream trickle(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        return super.read(into, offset, Math.min(length, most));
      }
    };
  }

  @Test
  void linesAreTheSameFromMemoryAndFromAStream() throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(lines(new LineSplitter(bytes, bytes.length, true, 12))).isEqualTo(LINES);
    assertThat(lines(new LineSplitter(new ByteArrayInputStream(bytes), 12))).isEqualTo(LINES);
    assertThat(lines(new LineSplitter(trickle(bytes, 1), 12))).isEqualTo(LINES);
    assertThat(lines(new LineSplitter(trickle(bytes, 5), 12))).isEqualTo(LINES);
  }

  @Test
  void aPartAfterTheInputsStartKeepsItsByteOrderMark() throws IOException {
    byte[] bytes = "\uFEFF{}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(lines(new LineSplitter(bytes, bytes.length, false, 100)))
        .containsExactly("1 \uFEFF{}");
    assertThat(lines(new LineSplitter(bytes, bytes.length, true, 100))).containsExactly("1 {}");
  }
}
