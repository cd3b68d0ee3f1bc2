package io.github.mnr4j.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mnr demo}: the main job. Until the cohort analytics land it prints the framework
 * catalog; then it will print the Figure 1 table of the embedded example cohort.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "The main job: show what mnr4j holds (for now, the framework catalog).")
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CatalogCommand.print(spec.commandLine().getOut(), OutputFormat.text);
    return 0;
  }
}
