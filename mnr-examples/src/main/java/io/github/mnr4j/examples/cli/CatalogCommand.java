package io.github.mnr4j.examples.cli;

import io.github.mnr4j.framework.Frameworks;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr catalog}: the Model National Response framework. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Print the Model National Response framework: domains, numbered capabilities,"
        + " enablers and outcomes.")
final class CatalogCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "text: a readable outline (default); json: the mnr4j.framework document.")
  OutputFormat format;

  @Override
  public Integer call() {
    print(spec.commandLine().getOut(), format);
    return 0;
  }

  static void print(PrintWriter out, OutputFormat format) {
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(Frameworks.mnr(), Document.FRAMEWORK));
    } else {
      out.print(Frameworks.mnr().outline());
    }
    out.flush();
  }
}
