package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** CSV and JSON Lines of tables: quoted where needed, typed by column, nothing lost. */
class TablesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void csvQuotesOnlyWhatNeedsIt() {
    TextTable table =
        TextTable.of(
            List.of("name", "note"),
            List.of(
                List.of("Country 01", "plain"),
                List.of("a, b", "say \"hi\""),
                List.of("two\nlines", "")));
    assertThat(Tables.toCsv(table))
        .isEqualTo(
            "name,note\r\n"
                + "Country 01,plain\r\n"
                + "\"a, b\",\"say \"\"hi\"\"\"\r\n"
                + "\"two\nlines\",\r\n");
  }

  @Test
  void jsonLinesTypeEachColumnByAllItsCells() {
    TextTable table =
        TextTable.of(
            List.of("id", "count", "share", "flag", "code"),
            List.of(
                List.of("C01", "3", "0.75", "true", "7"),
                List.of("C02", "", "1", "false", "007"),
                List.of("2024", "12", "", "", "x")));
    assertThat(Tables.toJsonLines(table))
        .isEqualTo(
            ""
                + "{\"id\":\"C01\",\"count\":3,\"share\":0.75,\"flag\":true,\"code\":\"7\"}\n"
                + "{\"id\":\"C02\",\"count\":null,\"share\":1,\"flag\":false,\"code\":\"007\"}\n"
                + "{\"id\":\"2024\",\"count\":12,\"share\":null,\"flag\":null,\"code\":\"x\"}\n");
    assertThat(Tables.toJsonLines(TextTable.of(List.of("a"), List.of()))).isEmpty();
  }

  /** Any table, any characters: CSV and JSON Lines read back to the very cells. */
  @Test
  void bothFormatsReadBackToTheCells() {
    CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    qt().forAll(tables())
        .checkAssert(
            table -> {
              // Every cell as written, but a formula's gets its leading quote.
              List<List<String>> expected = new ArrayList<>();
              expected.add(table.header());
              table
                  .rows()
                  .forEach(row -> expected.add(row.stream().map(TablesTest::asOpened).toList()));
              List<List<String>> lines = new ArrayList<>();
              csv.readerFor(List.class)
                  .readValues(Tables.toCsv(table))
                  .forEachRemaining(
                      line -> {
                        List<String> cells = new ArrayList<>();
                        ((List<?>) line).forEach(cell -> cells.add((String) cell));
                        lines.add(cells);
                      });
              assertThat(lines).isEqualTo(expected);
              List<String> records = Tables.toJsonLines(table).lines().toList();
              assertThat(records).hasSameSizeAs(table.rows());
              for (int r = 0; r < records.size(); r++) {
                JsonNode record = JSON.readTree(records.get(r));
                for (int c = 0; c < table.header().size(); c++) {
                  JsonNode value = record.get(table.header().get(c));
                  String cell = table.rows().get(r).get(c);
                  assertThat(
                          value.isNull()
                              ? ""
                              : value.isString() ? value.stringValue() : value.toString())
                      .isEqualTo(cell);
                }
              }
            });
  }

  /**
   * A cell as a spreadsheet is to open it: a formula, which is not a number, quoted; control
   * characters but line feeds and tabs written as {@code \\uXXXX} text.
   */
  private static String asOpened(String cell) {
    boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    boolean number = cell.matches("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    StringBuilder opened = new StringBuilder(formula && !number ? "'" : "");
    cell.chars()
        .forEach(
            c ->
                opened.append(
                    c != '\n' && c != '\t' && Messages.isControl((char) c)
                        ? String.format("\\u%04x", c)
                        : String.valueOf((char) c)));
    return opened.toString();
  }

  /**
   * Cells a spreadsheet would run are opened as text, numbers are not touched, and a {@code #}
   * anywhere is quoted (CSV) or escaped (TSV), so that R and pandas skipping comment lines keep the
   * row whole.
   */
  @Test
  void formulasAreDefusedAndCommentCharactersKeptInside() {
    TextTable table =
        TextTable.of(
            List.of("group", "value"),
            List.of(
                List.of("=HYPERLINK(\"http://x\",\"y\")", "-1"),
                List.of("@SUM(A1)", "+2.5"),
                List.of("#one", "a#b"),
                List.of("\tx", "-")));
    assertThat(Tables.toCsv(table))
        .isEqualTo(
            "group,value\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1\r\n"
                + "'@SUM(A1),+2.5\r\n"
                + "\"#one\",\"a#b\"\r\n"
                + "'\tx,'-\r\n");
    assertThat(table.toTsv())
        .isEqualTo(
            "group\tvalue\n"
                + "'=HYPERLINK(\"http://x\",\"y\")\t-1\n"
                + "'@SUM(A1)\t+2.5\n"
                + "\\u0023one\ta\\u0023b\n"
                + "'\\tx\t'-\n");
  }

  private static Gen<TextTable> tables() {
    Gen<String> cell =
        strings()
            .betweenCodePoints(0, 0x2FF)
            .ofLengthBetween(0, 8)
            .mix(integers().between(-50, 500).map(n -> String.valueOf(n)), 30);
    return integers()
        .between(1, 4)
        .flatMap(
            columns -> {
              List<String> header = new ArrayList<>();
              for (int c = 0; c < columns; c++) {
                header.add("column" + c);
              }
              return lists()
                  .of(lists().of(cell).ofSize(columns))
                  .ofSizeBetween(0, 6)
                  .map(rows -> TextTable.of(header, rows));
            });
  }
}
