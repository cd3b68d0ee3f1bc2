package io.github.mnr4j.examples.cli;

import io.github.mnr4j.TextTable;
import io.github.mnr4j.json.Tables;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --format} and {@code --wide} options of the commands that print tables. */
final class TableOptions {
  /** How wide text tables are unless {@code --wide}: a terminal's, with room to spare. */
  static final int WIDTH = 100;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|csv|tsv|json",
      description =
          "text: an aligned table (default); csv: RFC 4180, for spreadsheets, R and"
              + " pandas; tsv: tab-separated; json: the command's mnr4j document.")
  TableFormat format;

  @Option(
      names = "--wide",
      description =
          "Text at full width; by default text tables fit "
              + WIDTH
              + " columns,"
              + " long cells wrapped.")
  boolean wide;

  /** Refuses {@code --wide} with a format it does nothing for. */
  void check() {
    if (wide && format != TableFormat.text) {
      throw new ParameterException(spec.commandLine(), "--wide is for --format text only");
    }
  }

  /** Returns a table as the text format prints it. */
  String text(TextTable table) {
    check();
    return wide ? table.toText() : table.toText(WIDTH);
  }

  /**
   * Prints a cohort result as {@link #print(PrintWriter, TextTable, Supplier)} does, with the notes
   * of what {@code --valid-only} left out and of the disclosure policy: in the table's notes, or on
   * stderr beside the json document, which has none.
   */
  void print(
      PrintWriter out,
      PrintWriter err,
      TextTable table,
      Supplier<String> json,
      ValidityOption validity,
      DisclosureOption disclosure) {
    print(out, disclosure.noted(validity.noted(table)), json);
    if (format == TableFormat.json) {
      validity.tell(err);
      disclosure.tell(err);
    }
  }

  /**
   * Prints a table in the format asked for; json prints the command's document instead. A title is
   * printed with text only: CSV and TSV hold the table alone.
   */
  void print(PrintWriter out, TextTable table, Supplier<String> json) {
    check();
    switch (format) {
      case json:
        out.println(json.get());
        break;
      case csv:
        out.print(Tables.toCsv(table));
        break;
      case tsv:
        out.print(table.toTsv());
        break;
      default:
        out.print(text(table));
    }
  }
}
