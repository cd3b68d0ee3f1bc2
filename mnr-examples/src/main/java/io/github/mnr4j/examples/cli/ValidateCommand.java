package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr validate}: validation findings for responses. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Validate responses (mnr4j.response documents) against the instrument they"
            + " name: the built-in wpga-mnr-survey@2021, or the one given with --instrument. Prints"
            + " each finding with its question id and JSON Pointer; json writes the"
            + " mnr4j.validation document instead, one a line (JSON Lines) for more than one file."
            + " Exit status: 0 all valid, 1 findings of severity error, 2 unreadable input.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "RESPONSE.json",
      description = "Response documents, or directories of them (their .json files, by name).")
  List<Path> arguments;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: each file's verdict and findings (default); json: mnr4j.validation"
              + " documents.")
  OutputFormat format;

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instrument instrument = instrumentOption.instrument();
    Validator validator = Validator.of(instrument);
    List<Path> files = files(arguments);
    int status = 0;
    for (Path file : files) {
      Response response;
      try {
        response = Inputs.read(file, Document.RESPONSE);
      } catch (MnrException e) {
        err.println("mnr: " + e.getMessage());
        status = Mnr.USAGE_OR_INPUT;
        continue;
      }
      ValidationReport report = validator.validate(response);
      if (format == OutputFormat.json) {
        if (files.size() == 1) {
          out.println(MnrJson.strict().write(report, Document.VALIDATION));
        } else {
          ByteArrayOutputStream line = new ByteArrayOutputStream();
          MnrJson.strict().writeLine(report, Document.VALIDATION, line);
          out.print(line.toString(StandardCharsets.UTF_8));
        }
      } else {
        out.println(
            TextTable.printable(
                    file + ": " + response.jurisdiction() + ", " + response.instrument())
                + ", "
                + response.status().id()
                + ": "
                + (report.isValid() ? "valid" : "invalid")
                + " ("
                + LintCommand.plural(report.errors().size(), "error")
                + ", "
                + LintCommand.plural(report.warnings().size(), "warning")
                + ")");
        report
            .findings()
            .forEach(finding -> out.println("  " + TextTable.printable(finding.toString())));
      }
      if (!report.isValid() && status == 0) {
        status = 1;
      }
    }
    out.flush();
    err.flush();
    return status;
  }

  /** The files the arguments name: files as given, directories as their .json files. */
  private static List<Path> files(List<Path> arguments) {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (!Files.isDirectory(argument)) {
        files.add(argument);
        continue;
      }
      try (Stream<Path> listing = Files.list(argument)) {
        List<Path> found =
            listing
                .filter(f -> f.getFileName().toString().endsWith(".json"))
                .sorted()
                .collect(Collectors.toList());
        if (found.isEmpty()) {
          throw new MnrException(argument + ": no .json files in the directory");
        }
        files.addAll(found);
      } catch (IOException e) {
        throw new MnrException(argument + ": cannot list the directory: " + Inputs.reason(e));
      }
    }
    return files;
  }
}
