package io.github.mnr4j.examples.cli;

/** The output formats of commands that print tables. */
enum TableFormat {
  text,
  csv,
  tsv,
  json
}
