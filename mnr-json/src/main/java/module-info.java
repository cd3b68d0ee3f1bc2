/**
 * mnr4j JSON: the {@code mnr4j.*} JSON documents of mnr4j's types, read and written with Jackson 3,
 * with errors that name the JSON Pointer, line and column of the offending value.
 *
 * <p>Use the facade {@link io.github.mnr4j.json.MnrJson}, or add {@link
 * io.github.mnr4j.json.MnrModule} to a {@code JsonMapper} of one's own. The JSON Schema of each
 * document comes from {@link io.github.mnr4j.json.Format#schema()}.
 */
module io.github.mnr4j.json {
  requires transitive io.github.mnr4j.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;
  requires static org.jspecify;

  exports io.github.mnr4j.json;
}
