package io.github.mnr4j.json;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.internal.Messages;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables for other tools: CSV (RFC 4180) for spreadsheets, R and pandas, and JSON Lines of records
 * for dashboards. Values are written as they are: nothing escaped beyond what the format needs,
 * nothing dropped.
 *
 * <pre>{@code
 * TextTable figure1 = analysis.tally(TallyView.figure1()).toTable();
 * String csv = Tables.toCsv(figure1);  // ...row,capabilities,yes,no,...
 * String records = Tables.toJsonLines(figure1);  // {"row":"Leadership",...}...
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Tables {
  private static final JsonMapper JSON =
      JsonMapper.builder(
              tools.jackson.core.json.JsonFactory.builder()
                  .characterEscapes(PrintableEscapes.INSTANCE)
                  .build())
          .build();

  /** A cell written as a JSON number: an integer or a decimal, as tables print them. */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]+)?");

  private Tables() {}

  /**
   * Writes a table as CSV: the header, then one line per row, lines ended by CRLF, a field quoted
   * when it holds a comma, a quote, a line break or a {@code #} (which R and pandas, told to skip
   * comment lines, would otherwise take as the start of a comment). A field that a spreadsheet
   * would run as a formula (starting {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
   * carriage return, and not a number) is written after a {@code '}, as OWASP advises against CSV
   * injection; control characters other than line feeds and tabs are written {@code \\uXXXX}, so
   * that a CSV printed to a terminal cannot act on it. The table's notes, if any, come first as
   * comment lines starting {@code # } (each on one line, control characters escaped), so that a
   * reader that skips comments reads the table alone.
   *
   * @param table the table; its title is not part of it
   * @return the CSV
   */
  public static String toCsv(TextTable table) {
    StringBuilder out = new StringBuilder();
    table.notes().forEach(note -> out.append("# ").append(Messages.printable(note)).append("\r\n"));
    csvLine(out, table.header());
    table.rows().forEach(row -> csvLine(out, row));
    return out.toString();
  }

  // Written here rather than by jackson-dataformat-csv, which cannot be told to quote a field for
  // the comment character alone.
  private static void csvLine(StringBuilder out, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append(',');
      }
      // Control characters are escaped as everywhere else, so that a CSV printed to a terminal
      // cannot act on it; line feeds and tabs stay, since a quoted field may hold them.
      String cell = Messages.printable(Messages.spreadsheetSafe(cells.get(c)), "\n\t");
      if (cell.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '#')) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }

  /**
   * Writes a table as JSON Lines: one object a row, keyed by the header. Types go by column, so
   * that every record has the same shape: a column whose cells are all numbers (an integer or a
   * decimal, no leading zero) is written as JSON numbers, one whose cells are all {@code true} or
   * {@code false} as booleans, any other as strings; in every column an empty cell is {@code null}.
   *
   * @param table the table; its title and notes are not part of it (JSON Lines has no comments: the
   *     JSON documents carry what the notes say)
   * @return the records, each line ended by {@code \n}
   */
  public static String toJsonLines(TextTable table) {
    int columns = table.header().size();
    Kind[] kinds = new Kind[columns];
    for (int c = 0; c < columns; c++) {
      kinds[c] = kind(table.rows(), c);
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : table.rows()) {
      StringWriter line = new StringWriter();
      try (JsonGenerator record = JSON.createGenerator(line)) {
        record.writeStartObject();
        for (int c = 0; c < columns; c++) {
          record.writeName(table.header().get(c));
          String cell = row.get(c);
          if (cell.isEmpty()) {
            record.writeNull();
          } else if (kinds[c] == Kind.NUMBER) {
            record.writeNumber(new BigDecimal(cell));
          } else if (kinds[c] == Kind.BOOLEAN) {
            record.writeBoolean(Boolean.parseBoolean(cell));
          } else {
            record.writeString(cell);
          }
        }
        record.writeEndObject();
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private enum Kind {
    NUMBER,
    BOOLEAN,
    STRING
  }

  /** The kind of a column: the one that every non-empty cell has, or string. */
  private static Kind kind(List<List<String>> rows, int column) {
    boolean numbers = true;
    boolean booleans = true;
    for (List<String> row : rows) {
      String cell = row.get(column);
      if (!cell.isEmpty()) {
        numbers &= NUMBER.matcher(cell).matches();
        booleans &= cell.equals("true") || cell.equals("false");
      }
    }
    return numbers ? Kind.NUMBER : booleans ? Kind.BOOLEAN : Kind.STRING;
  }
}
