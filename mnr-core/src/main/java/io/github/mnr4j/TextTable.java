package io.github.mnr4j;

import com.google.common.base.Strings;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table of strings, with an optional title, that renders as aligned text for terminals and
 * JShell, or as TSV. Numbers are right-aligned, text left-aligned. Tallies, breakdowns, rankings,
 * comparisons and scorecards all render through it.
 *
 * <pre>{@code
 * TextTable table = TextTable.of(List.of("row", "yes", "of"),
 *     List.of(List.of("Leadership", "32", "42")));
 * System.out.print(table.toText());
 * String tsv = table.toTsv();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextTable {
  private final Optional<String> title;
  private final List<String> header;
  private final List<List<String>> rows;
  private final List<String> notes;

  private TextTable(
      Optional<String> title, List<String> header, List<List<String>> rows, List<String> notes) {
    this.title = title;
    this.header = header;
    this.rows = rows;
    this.notes = notes;
  }

  /**
   * Creates a table.
   *
   * @param header the column names
   * @param rows the rows, each with one cell per column
   * @return the table
   * @throws MnrException if a row has another number of cells than the header
   */
  public static TextTable of(List<String> header, List<? extends List<String>> rows) {
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new MnrException(
            "row "
                + i
                + " has "
                + rows.get(i).size()
                + " cells; the table"
                + " has "
                + header.size()
                + " columns");
      }
      copy.add(List.copyOf(rows.get(i)));
    }
    return new TextTable(Optional.empty(), List.copyOf(header), List.copyOf(copy), List.of());
  }

  /**
   * Returns a copy with a title, which the text rendering prints above the table.
   *
   * @param title the title, one line
   * @return the titled table
   */
  public TextTable withTitle(String title) {
    return new TextTable(Optional.of(title), header, rows, notes);
  }

  /**
   * Returns a copy with notes added: what a reader must know to read the table right, such as the
   * part of a cohort it counts or that its data are synthetic. The text rendering prints them below
   * the table, TSV and CSV as comment lines ({@code # }) above the header.
   *
   * @param notes the notes to add, one line each
   * @return the annotated table
   */
  public TextTable withNotes(List<String> notes) {
    List<String> all = new ArrayList<>(this.notes);
    all.addAll(notes);
    return new TextTable(title, header, rows, List.copyOf(all));
  }

  /**
   * Returns the notes.
   *
   * @return the notes, an immutable list; empty if there are none
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns the title.
   *
   * @return the title, or empty
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * Returns the column names.
   *
   * @return the header, an immutable list
   */
  public List<String> header() {
    return header;
  }

  /**
   * Returns the rows.
   *
   * @return the rows, each one cell per column; immutable lists
   */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * Renders the table as aligned text: the title, if any, a header line, a rule, the rows, then the
   * notes, if any, after a blank line.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String toText() {
    return toText(Integer.MAX_VALUE);
  }

  /**
   * Renders the table as aligned text at most {@code width} columns wide, where it can be: the
   * widest text columns are narrowed, and their cells wrapped at spaces onto further lines, until
   * the table fits or every column is as narrow as it can be (its header, or {@value #NARROWEST}
   * characters). Cells wrap at spaces, or after the hyphens and pluses of ids; numbers are never
   * narrowed. Notes wrap at the width too.
   *
   * @param width the most columns a line should have, such as 100
   * @return the text, lines ended by {@code \n}
   */
  public String toText(int width) {
    List<String> header = printable(this.header);
    List<List<String>> rows = new ArrayList<>();
    this.rows.forEach(row -> rows.add(printable(row)));
    int[] widths = new int[header.size()];
    boolean[] numeric = new boolean[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
        numeric[c] &= row.get(c).matches("-?[0-9.]*|[-+][0-9.]+|-");
      }
    }
    narrow(widths, numeric, header, width);
    StringBuilder out = new StringBuilder();
    title.ifPresent(t -> out.append(Messages.printable(t)).append('\n'));
    line(out, header, widths, numeric);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(out, rule, widths, new boolean[widths.length]);
    rows.forEach(row -> line(out, row, widths, numeric));
    if (!notes.isEmpty()) {
      out.append('\n');
      for (String note : notes) {
        wrap(Messages.printable(note), Math.max(width, NARROWEST))
            .forEach(line -> out.append(line).append('\n'));
      }
    }
    return out.toString();
  }

  /** The narrowest a wrapped column becomes. */
  private static final int NARROWEST = 12;

  /** Narrows the widest text column, one character at a time, until the table fits. */
  private static void narrow(int[] widths, boolean[] numeric, List<String> header, int width) {
    while (total(widths) > width) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        int floor = Math.max(NARROWEST, header.get(c).length());
        if (!numeric[c] && widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
    }
  }

  private static int total(int[] widths) {
    int total = 2 * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    return total;
  }

  /** Writes one row, on as many lines as its widest wrapped cell needs. */
  private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> parts = wrap(cells.get(c), widths[c]);
      wrapped.add(parts);
      height = Math.max(height, parts.size());
    }
    for (int l = 0; l < height; l++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          line.append("  ");
        }
        String part = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
        line.append(
            numeric[c]
                ? Strings.padStart(part, widths[c], ' ')
                : Strings.padEnd(part, widths[c], ' '));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * Breaks a cell into lines of at most {@code width}: at the last space (dropped) or after the
   * last hyphen or plus (kept, as in ids such as {@code research-analysis-monitoring}) that fits,
   * or else inside a word.
   */
  private static List<String> wrap(String cell, int width) {
    // By positions in the cell, never copying what is left nor searching before the line's
    // start: a cell of a million characters wraps in time proportional to its length.
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (cell.length() - start > width) {
      int limit = start + width;
      int space = lastIndexOf(cell, ' ', limit, start);
      int joint =
          Math.max(
              lastIndexOf(cell, '-', limit - 1, start), lastIndexOf(cell, '+', limit - 1, start));
      if (space > start && space >= joint) {
        lines.add(cell.substring(start, space));
        start = space + 1;
      } else if (joint > start) {
        lines.add(cell.substring(start, joint + 1));
        start = joint + 1;
      } else {
        lines.add(cell.substring(start, limit));
        start = limit;
      }
    }
    lines.add(cell.substring(start));
    return lines;
  }

  /** The last position of a character from {@code from} back to {@code start}, or -1. */
  private static int lastIndexOf(String text, char c, int from, int start) {
    for (int i = Math.min(from, text.length() - 1); i >= start; i--) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Cells with the characters a terminal would act on escaped. */
  private static List<String> printable(List<String> cells) {
    List<String> printable = new ArrayList<>(cells.size());
    cells.forEach(cell -> printable.add(Messages.printable(cell)));
    return printable;
  }

  /**
   * Renders the table as tab-separated values: the header line, then one line per row. Inside a
   * cell a backslash is written {@code \\}, a tab {@code \t}, a line feed {@code \n}, a carriage
   * return {@code \r}, a {@code #} as a backslash and {@code u0023} (so that a reader skipping
   * comments does not cut the row) and any other control character {@code \\uXXXX}, so that every
   * row is one line and nothing is lost; a cell a spreadsheet would run as a formula gets a leading
   * {@code '}. The title is not part of it; each note comes first, as a comment line starting
   * {@code # } (as R's {@code comment.char} and pandas' {@code comment} read them).
   *
   * @return the TSV, lines ended by {@code \n}
   */
  public String toTsv() {
    StringBuilder out = new StringBuilder();
    notes.forEach(note -> out.append("# ").append(Messages.printable(note)).append('\n'));
    tsvLine(out, header);
    rows.forEach(row -> tsvLine(out, row));
    return out.toString();
  }

  private static void tsvLine(StringBuilder out, List<String> cells) {
    List<String> escaped = new ArrayList<>();
    cells.forEach(
        cell ->
            escaped.add(
                Messages.printable(
                    Messages.spreadsheetSafe(cell)
                        .replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("#", "\\u0023"))));
    out.append(String.join("\t", escaped)).append('\n');
  }

  @Override
  public String toString() {
    return toText();
  }
}
