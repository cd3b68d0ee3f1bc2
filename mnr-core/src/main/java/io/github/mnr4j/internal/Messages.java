package io.github.mnr4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes the parts of messages that quote input, escaped so that a crafted value can neither flood
 * a message nor forge a line of output. Not part of the API: mnr-json and the examples share it
 * (the module exports this package to them alone).
 */
public final class Messages {
  /** The most characters of an input value that a message quotes. */
  public static final int MAX_QUOTED = 60;

  /** The most ids that a message lists; the rest are counted. */
  public static final int MAX_LISTED = 30;

  private Messages() {}

  /**
   * Quotes a value taken from input, for a message: in single quotes, at most {@value #MAX_QUOTED}
   * characters, with control characters escaped, so that a crafted value can neither flood a
   * message nor forge a line of output.
   *
   * @param value the value
   * @return the quoted value, such as {@code 'leadrship'}
   */
  public static String quote(String value) {
    return "'" + clip(value) + "'";
  }

  /**
   * Shortens a value taken from input to at most {@value #MAX_QUOTED} characters and escapes its
   * control characters, without quotes.
   *
   * @param value the value
   * @return the clipped value
   */
  public static String clip(String value) {
    int length = value.length();
    int shown = Math.min(length, MAX_QUOTED);
    String clipped = printable(value.substring(0, shown));
    return length > shown ? clipped + "... (" + length + " characters)" : clipped;
  }

  /**
   * Returns a cell as a spreadsheet may open it without running it: a value starting {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return, and not a number, gets a leading
   * {@code '} (OWASP's advice against CSV injection); any other is returned as it is.
   *
   * @param cell the cell
   * @return the cell, safe to open in a spreadsheet
   */
  public static String spreadsheetSafe(String cell) {
    if (cell.isEmpty()
        || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
        || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /**
   * Escapes the characters a terminal would act on rather than show (control characters, line and
   * paragraph separators, bidirectional overrides) as {@code \\uXXXX}, so that a value taken from
   * input can be printed without forging or hiding a line.
   *
   * @param value the value
   * @return the value, safe to print
   */
  public static String printable(String value) {
    return printable(value, "");
  }

  /**
   * Escapes as {@link #printable(String)} does, but for the characters given, which stay as they
   * are: a CSV field may hold line feeds and tabs.
   *
   * @param value the value
   * @param kept the control characters to leave as they are
   * @return the value, safe to print
   */
  public static String printable(String value, String kept) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isControl(c) && kept.indexOf(c) < 0) {
        if (out == null) {
          out = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  /**
   * Tells whether a character is one a terminal would act on rather than show.
   *
   * @param c the character
   * @return true for control characters, line and paragraph separators and bidirectional overrides
   *     and isolates
   */
  public static boolean isControl(char c) {
    return c < 0x20
        || c == 0x7f
        || (c >= 0x80 && c < 0xa0)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Lists known ids for a message, the first thirty and how many more.
   *
   * @param known the ids, in their natural order
   * @return such as {@code a, b, c} or {@code a, b, ... and 12 more}
   */
  public static String list(Collection<?> known) {
    List<String> shown = new ArrayList<>();
    for (Object id : known) {
      if (shown.size() == MAX_LISTED) {
        break;
      }
      shown.add(String.valueOf(id));
    }
    return list(shown, known.size());
  }

  /**
   * Lists ids for a message when only the first of them are at hand, and how many there are.
   *
   * @param first the first ids, at most {@value #MAX_LISTED} of them
   * @param total how many there are in all
   * @return such as {@code a, b, c}, {@code a, b, ... and 12 more} or {@code none}
   */
  public static String list(List<?> first, long total) {
    List<String> shown = new ArrayList<>();
    first.forEach(id -> shown.add(String.valueOf(id)));
    return shown.isEmpty()
        ? "none"
        : String.join(", ", shown)
            + (total > shown.size() ? ", ... and " + (total - shown.size()) + " more" : "");
  }

  /**
   * Writes the message of a failed look-up: {@code unknown capability 'leadrship' in framework
   * 'wpga-mnr'; known: leadership, ...}.
   *
   * @param what what was looked up, such as {@code capability}
   * @param value the id given
   * @param where what was searched, such as {@code framework 'wpga-mnr'}
   * @param known the ids there are
   * @return the message, for an {@code MnrException}
   */
  public static String unknown(String what, String value, String where, Collection<?> known) {
    return "unknown " + what + " " + quote(value) + " in " + where + "; known: " + list(known);
  }

  /**
   * The note for scores of responses to more than one instrument: how many answer each, and that
   * their levels compare within one instrument only, since a criterion about evidence that an
   * instrument does not ask for does not hold its responses back.
   *
   * @param byInstrument how many responses answer each instrument, by reference
   * @return the note; empty for one instrument or none
   */
  public static java.util.Optional<String> mixedScores(
      java.util.Map<String, ? extends Number> byInstrument) {
    if (byInstrument.size() < 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "Scores of responses to "
            + byInstrument.size()
            + " instruments ("
            + new java.util.TreeMap<>(byInstrument)
                .entrySet().stream()
                    .map(e -> clip(e.getKey()) + ": " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "))
            + "): a criterion about evidence that an instrument does not ask for (details,"
            + " checklists, secondary gates) does not hold its responses back, so levels and"
            + " values compare within one instrument, not across them.");
  }
}
