/**
 * mnr4j examples: runnable examples, the {@code mnr} command-line tool and JShell scripts. Not part
 * of the library's API.
 */
@SuppressWarnings("requires-automatic")
module io.github.mnr4j.examples {
  requires transitive io.github.mnr4j.core;
  requires io.github.mnr4j.json;
  requires info.picocli;
  requires org.apache.commons.text;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;
  requires jmh.core;
  requires java.management;
  requires java.sql;
  requires com.zaxxer.hikari;
  requires flyway.core;
  requires io.javalin;
  requires org.eclipse.jetty.util;
  requires gg.jte.runtime;
  requires static org.jspecify;

  exports io.github.mnr4j.examples;
  exports io.github.mnr4j.examples.bench;
  exports io.github.mnr4j.examples.chart;
  exports io.github.mnr4j.examples.serve;

  opens io.github.mnr4j.examples.cli to
      info.picocli;
}
