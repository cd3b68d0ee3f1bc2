package io.github.mnr4j.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/** Validates documents against the JSON Schemas that mnr-json ships. */
final class SchemaCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private SchemaCheck() {}

  /** Returns the schema's complaints about a document; empty when it is valid. */
  static List<String> errors(String format, String document) {
    Schema schema = REGISTRY.getSchema(Format.of(format).schema(), InputFormat.JSON);
    List<Error> errors = schema.validate(document, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
