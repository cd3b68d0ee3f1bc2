package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.json.Format;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr schema}: the JSON Schema of a document, so that tools need not unzip the jar. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print the JSON Schema (draft 2020-12) of an mnr4j document, such as mnr4j.response."
            + " Without a name, list the documents and the $id of each schema.")
final class SchemaCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"");

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "The document: mnr4j.response, or response for short.")
  String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (Format<?> format : Format.all()) {
        out.printf("%-26s %s%n", format.id(), schemaId(format));
      }
    } else {
      out.print(format(name).schema());
    }
    out.flush();
    return 0;
  }

  private Format<?> format(String name) {
    try {
      return Format.of(name.startsWith("mnr4j.") ? name : "mnr4j." + name);
    } catch (MnrException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The schema's own {@code $id}, as the schema file says it. */
  private static String schemaId(Format<?> format) {
    Matcher id = ID.matcher(format.schema());
    if (!id.find()) {
      throw new IllegalStateException("the schema of " + format.id() + " has no $id");
    }
    return id.group(1);
  }
}
