package io.github.mnr4j.examples.cli;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.LevelDefinition;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.StagedModel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mnr model}: a built-in scoring model as a document. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description =
        "Print a built-in scoring model: its levels and criteria, or (--format json)"
            + " its mnr4j.model document. Write your own model by editing the document.")
final class ModelCommand implements Callable<Integer> {
  /** The built-in models. */
  enum BuiltIn {
    presence,
    staged,
    index
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "presence|staged|index", description = "The built-in model.")
  BuiltIn name;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: levels and criteria (default); json: the mnr4j.model document, to"
              + " edit into a model of one's own.")
  OutputFormat format;

  @Override
  public Integer call() {
    ScoringModel model = ScoringModels.builtIn(name.name());
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(MnrJson.strict().write(model, Document.MODEL));
    } else {
      describe(model, out);
    }
    out.flush();
    return 0;
  }

  private static void describe(ScoringModel model, PrintWriter out) {
    out.println(model.title() + " (" + model.id() + ")");
    if (model instanceof IndexModel) {
      IndexModel index = (IndexModel) model;
      out.println("  " + index.description());
      out.println(
          "  base model: "
              + index.base().id()
              + "; aggregation: "
              + index.aggregation().description()
              + "; "
              + index.missing().description());
      return;
    }
    StagedModel staged = (StagedModel) model;
    out.println("  " + staged.description());
    for (LevelDefinition level : staged.levels()) {
      out.println();
      out.println(
          "  "
              + level.level().ordinal()
              + " "
              + level.level().id()
              + " ("
              + level.level().label()
              + ")"
              + level.description().map(d -> ": " + d).orElse(""));
      level.appliesWhen().ifPresent(c -> out.println("    applies when " + c));
      level
          .criteria()
          .forEach(c -> out.println("    - " + c.description() + "  [" + c.when() + "]"));
    }
  }
}
