package io.github.mnr4j.examples.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mnr completion}: the shell completion script. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description =
        "Print a completion script for bash and zsh, which completes mnr's commands"
            + " and options on Tab. Load it in the current shell with: source <(mnr completion);"
            + " or save it where your shell loads completions from.")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // The tool registers only the command it runs; the script needs every one.
    CommandLine all = new CommandLine(new Mnr());
    Mnr.COMMANDS.forEach(all::addSubcommand);
    spec.commandLine().getOut().print(AutoComplete.bash("mnr", all));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
