package io.github.mnr4j.examples.cli;

import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.ResponseInput;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        "Validate responses (response documents, cohorts, JSON Lines, gzip-compressed or not,"
            + " directories of them, or 'example') against the instrument they name: the"
            + " built-in wpga-mnr-survey@2021, or the one given with --instrument. Prints each"
            + " response's verdict and findings, with question id and JSON Pointer; json writes"
            + " the mnr4j.validation document instead, one a line (JSON Lines) for more than one"
            + " response. Findings tell of a jurisdiction's answers, so more than one response"
            + " is validated only with --min-group-size 1, the opt-in of the disclosure policy."
            + " Exit status: 0 all valid, 1 findings of severity error, 2 unreadable input or"
            + " more than one response without the opt-in.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Response documents, cohorts or JSON Lines, or directories of them (by name); or"
              + " 'example'.")
  List<String> arguments;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: each response's verdict and findings (default); json: mnr4j.validation"
              + " documents.")
  OutputFormat format;

  @Mixin InstrumentOption instrumentOption = new InstrumentOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin DisclosureOption disclosure = new DisclosureOption();

  /** A response and its report, made on a reading thread. */
  private record Validated(Response response, ValidationReport report) {}

  /** A report to print, under the name of the input it came from. */
  private record Named(Validated validated, String name) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InstrumentSet instruments = instrumentOption.instruments();
    Validator validator = Validator.of(instruments.instrument());
    List<ResponseInput> inputs = Responses.inputs(arguments);
    // A lone response document keeps its pretty document; anything else is written a line each.
    boolean oneDocument = inputs.size() == 1 && !holdsMany(inputs.get(0).name());
    int[] status = {0};
    long[] synthetic = {0};
    long[] validatedCount = {0};
    // Without the opt-in to per-jurisdiction outputs, nothing is printed until it is clear that
    // there is only one response; a second is refused, so no third is held.
    boolean oneByOne = disclosure.policy().allowsPerJurisdiction();
    List<Named> held = new ArrayList<>();
    for (ResponseInput input : inputs) {
      boolean many = holdsMany(input.name());
      long[] index = {0};
      MnrJson.strict()
          .readAll(
              List.of(input),
              threads.count(),
              response ->
                  new Validated(
                      response,
                      instruments.validate(response).orElseGet(() -> validator.validate(response))),
              validated -> {
                Named named = new Named(validated, input.name() + (many ? " #" + index[0] : ""));
                if (oneByOne) {
                  print(named, oneDocument, out);
                } else if (held.size() < 2) {
                  held.add(named);
                }
                index[0]++;
                validatedCount[0]++;
                synthetic[0] += validated.response().jurisdiction().isSynthetic() ? 1 : 0;
                if (validated.report().hasErrors() && status[0] == 0) {
                  status[0] = 1;
                }
              },
              problem -> {
                err.println("mnr: " + Messages.printable(problem.message()));
                index[0]++;
                status[0] = Mnr.USAGE_OR_INPUT;
              });
    }
    if (held.size() > 1) {
      disclosure.requirePerJurisdiction("validating more than one response");
    }
    held.forEach(named -> print(named, oneDocument, out));
    if (validatedCount[0] > 1) {
      if (format == OutputFormat.json) {
        disclosure.tell(err);
      } else {
        disclosure.policy().note().ifPresent(out::println);
      }
    }
    if (synthetic[0] > 0 && format != OutputFormat.json) {
      out.println(
          synthetic[0] < validatedCount[0]
              ? Jurisdiction.syntheticNote(synthetic[0], validatedCount[0], "responses")
              : synthetic[0]
                  + " of "
                  + validatedCount[0]
                  + (validatedCount[0] == 1 ? " response is" : " responses are")
                  + " of made-up jurisdictions. "
                  + Jurisdiction.SYNTHETIC_NOTE);
    }
    out.flush();
    err.flush();
    return status[0];
  }

  /**
   * Whether an input may hold more than one response, so that each is named by its index: JSON
   * Lines, a cohort document, the embedded cohort.
   */
  private static boolean holdsMany(String name) {
    if (name.equals(Responses.EXAMPLE) || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      return true;
    }
    Path file = Path.of(name);
    return Files.isRegularFile(file) && Inputs.isCohort(file);
  }

  private void print(Named named, boolean oneDocument, PrintWriter out) {
    Validated validated = named.validated();
    String name = named.name();
    ValidationReport report = validated.report();
    Response response = validated.response();
    if (format == OutputFormat.json) {
      if (oneDocument) {
        out.println(MnrJson.strict().write(report, Document.VALIDATION));
      } else {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        MnrJson.strict().writeLine(report, Document.VALIDATION, line);
        out.print(line.toString(StandardCharsets.UTF_8));
      }
      return;
    }
    out.println(
        Messages.printable(
                name
                    + ": "
                    + response.jurisdiction()
                    + ", "
                    + Messages.clip(response.instrumentReference()))
            + (response.jurisdiction().isSynthetic() ? ", synthetic" : "")
            + ", "
            + response.status().id()
            + ": "
            + (report.hasErrors() ? "invalid" : "valid")
            + " ("
            + LintCommand.plural(report.errors().size(), "error")
            + ", "
            + LintCommand.plural(report.warnings().size(), "warning")
            + ")");
    report
        .findings()
        .forEach(finding -> out.println("  " + Messages.printable(finding.toString())));
  }
}
