/**
 * The {@code mnr} command-line tool: {@code java -jar mnr-examples/target/mnr.jar COMMAND}. See
 * {@link io.github.mnr4j.examples.cli.Mnr}.
 */
@NullMarked
package io.github.mnr4j.examples.cli;

import org.jspecify.annotations.NullMarked;
