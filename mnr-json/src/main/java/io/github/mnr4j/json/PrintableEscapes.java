package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * The escapes of every JSON mnr4j writes: JSON's own, and also {@code \\uXXXX} for the characters a
 * terminal or an editor acts on rather than shows ({@link Messages#isControl}: DEL, the C1 controls
 * such as U+009B, line and paragraph separators, bidirectional overrides such as U+202E). JSON
 * allows them raw, but printed to a terminal they forge or hide text. Escaped, they are the same
 * string to any JSON reader.
 */
final class PrintableEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final PrintableEscapes INSTANCE = new PrintableEscapes();

  private final int[] ascii = standardAsciiEscapesForJSON();

  private PrintableEscapes() {
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    return ch <= 0xffff && Messages.isControl((char) ch)
        ? new SerializedString(String.format("\\u%04X", ch))
        : null;
  }
}
