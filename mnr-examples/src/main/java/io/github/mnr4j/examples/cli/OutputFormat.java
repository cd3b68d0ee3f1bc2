package io.github.mnr4j.examples.cli;

/** The output formats of commands that print a document. */
enum OutputFormat {
  text,
  json
}
