package io.github.mnr4j.cohort;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.mnr4j.MnrException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of strings that renders as aligned text for terminals and JShell, or as TSV. Numbers
 * are right-aligned, text left-aligned.
 *
 * <pre>{@code
 * TextTable table = TextTable.of(List.of("row", "yes", "of", "%"), ...);
 * System.out.print(table.text());
 * String tsv = table.tsv();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextTable {
  private final ImmutableList<String> header;
  private final ImmutableList<ImmutableList<String>> rows;

  private TextTable(ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows) {
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
    ImmutableList.Builder<ImmutableList<String>> copy = ImmutableList.builder();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new MnrException("row " + i + " has " + rows.get(i).size() + " cells; the table"
            + " has " + header.size() + " columns");
      }
      copy.add(ImmutableList.copyOf(rows.get(i)));
    }
    return new TextTable(ImmutableList.copyOf(header), copy.build());
  }

  /**
   * Returns the column names.
   *
   * @return the header
   */
  public ImmutableList<String> header() {
    return header;
  }

  /**
   * Returns the rows.
   *
   * @return the rows, each one cell per column
   */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /**
   * Renders the table as aligned text: a header line, a rule, then the rows.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String text() {
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
   * Renders the table as tab-separated values: the header line, then one line per row; tabs
   * and line breaks inside cells become spaces.
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
    List<String> clean = new ArrayList<>();
    cells.forEach(cell -> clean.add(cell.replaceAll("[\t\r\n]", " ")));
    out.append(String.join("\t", clean)).append('\n');
  }

  @Override
  public String toString() {
    return text();
  }
}
