package io.github.mnr4j;

import com.google.common.base.Strings;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table of strings, with an optional title, that renders as aligned text for terminals and
 * JShell, or as TSV. Numbers are right-aligned, text left-aligned. Tallies, breakdowns,
 * rankings, comparisons and scorecards all render through it.
 *
 * <pre>{@code
 * TextTable table = TextTable.of(List.of("row", "yes", "of"),
 *     List.of(List.of("Leadership", "32", "42")));
 * System.out.print(table.text());
 * String tsv = table.tsv();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextTable {
  private final Optional<String> title;
  private final List<String> header;
  private final List<List<String>> rows;

  private TextTable(Optional<String> title, List<String> header, List<List<String>> rows) {
    this.title = title;
    this.header = header;
    this.rows = rows;
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
        throw new MnrException("row " + i + " has " + rows.get(i).size() + " cells; the table"
            + " has " + header.size() + " columns");
      }
      copy.add(List.copyOf(rows.get(i)));
    }
    return new TextTable(Optional.empty(), List.copyOf(header), List.copyOf(copy));
  }

  /**
   * Returns a copy with a title, which the text rendering prints above the table.
   *
   * @param title the title, one line
   * @return the titled table
   */
  public TextTable withTitle(String title) {
    return new TextTable(Optional.of(title), header, rows);
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
   * Renders the table as aligned text: the title, if any, a header line, a rule, then the rows.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String text() {
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
    StringBuilder out = new StringBuilder();
    title.ifPresent(t -> out.append(Messages.printable(t)).append('\n'));
    line(out, header, widths, numeric);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add(Strings.repeat("-", width));
    }
    line(out, rule, widths, new boolean[widths.length]);
    rows.forEach(row -> line(out, row, widths, numeric));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths,
      boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      line.append(numeric[c] ? Strings.padStart(cells.get(c), widths[c], ' ')
          : Strings.padEnd(cells.get(c), widths[c], ' '));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /**
   * Escapes the characters a terminal would act on rather than show (control characters, line
   * and paragraph separators, bidirectional overrides) as {@code \\uXXXX}: for printing a value
   * taken from input, such as a jurisdiction's name, where a crafted value must not forge or
   * hide a line. Tables escape their cells themselves.
   *
   * @param text the text
   * @return the text, safe to print on one line
   */
  public static String printable(String text) {
    return Messages.printable(text);
  }

  /** Cells with the characters a terminal would act on escaped. */
  private static List<String> printable(List<String> cells) {
    List<String> printable = new ArrayList<>(cells.size());
    cells.forEach(cell -> printable.add(Messages.printable(cell)));
    return printable;
  }

  /**
   * Renders the table as tab-separated values: the header line, then one line per row. Inside a
   * cell a backslash is written {@code \\}, a tab {@code \t}, a line feed {@code \n}, a
   * carriage return {@code \r} and any other control character {@code \\uXXXX}, so that
   * every row is one line and nothing is lost. The title is not part of it.
   *
   * @return the TSV, lines ended by {@code \n}
   */
  public String tsv() {
    StringBuilder out = new StringBuilder();
    tsvLine(out, header);
    rows.forEach(row -> tsvLine(out, row));
    return out.toString();
  }

  private static void tsvLine(StringBuilder out, List<String> cells) {
    List<String> escaped = new ArrayList<>();
    cells.forEach(cell -> escaped.add(Messages.printable(cell.replace("\\", "\\\\")
        .replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"))));
    out.append(String.join("\t", escaped)).append('\n');
  }

  @Override
  public String toString() {
    return text();
  }
}
