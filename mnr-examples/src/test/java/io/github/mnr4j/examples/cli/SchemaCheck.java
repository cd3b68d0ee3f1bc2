package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mnr4j.json.Format;

/** Checks the tool's JSON against the schema mnr-json ships for its format. */
final class SchemaCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private SchemaCheck() {}

  static void assertValid(String format, String document) {
    assertThat(
            REGISTRY
                .getSchema(Format.of(format).schema(), InputFormat.JSON)
                .validate(document, InputFormat.JSON))
        .as("%s against its schema", format)
        .isEmpty();
  }
}
