package io.github.mnr4j.json;

import io.github.mnr4j.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A kind of mnr4j JSON document, named by its {@code "format"} field: a {@link Document} that mnr4j
 * reads and writes, or an {@link Output} that it writes for other tools. Pass one to {@link
 * MnrJson#write(Object, Format)}; the compiler then checks that the value fits.
 *
 * @param <T> the type of value the document holds
 */
public sealed interface Format<T> permits Document, Output {
  /**
   * Returns the format's name, the document's {@code "format"} field.
   *
   * @return such as {@code mnr4j.response}
   */
  String id();

  /**
   * Returns the type of value the document holds.
   *
   * @return the type
   */
  Class<T> type();

  /**
   * Returns the JSON Schema (draft 2020-12) of the document.
   *
   * @return the schema's text
   */
  default String schema() {
    return Schemas.of(id());
  }

  /**
   * Returns every format: the documents mnr4j reads, then the outputs it only writes.
   *
   * @return the formats, an immutable list
   */
  static List<Format<?>> all() {
    List<Format<?>> all = new ArrayList<>(Document.all());
    all.addAll(Output.all());
    return List.copyOf(all);
  }

  /**
   * Returns the format with a name.
   *
   * @param id such as {@code mnr4j.response}
   * @return the format
   * @throws io.github.mnr4j.MnrException naming the id and the known ones if there is none
   */
  static Format<?> of(String id) {
    return all().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new io.github.mnr4j.MnrException(
                    "unknown document format "
                        + Messages.quote(id)
                        + "; known: "
                        + Messages.list(
                            all().stream().map(Format::id).collect(Collectors.toList()))));
  }
}
