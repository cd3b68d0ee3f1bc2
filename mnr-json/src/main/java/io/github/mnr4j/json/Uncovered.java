package io.github.mnr4j.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.mnr4j.MnrException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The mnr-core types that {@link MnrModule} does not read or write (assessments, scorecard parts,
 * models' parts, conditions, analysis results read back): rather than an empty object or a guess, a
 * mapper with the module fails on them, saying what to hold instead.
 */
final class Uncovered {
  private Uncovered() {}

  /** Whether a type is one of mnr-core's, generated implementations included. */
  static boolean isMnr4j(Class<?> type) {
    String name = type.getName();
    return name.startsWith("io.github.mnr4j.")
        && !name.startsWith("io.github.mnr4j.json.")
        && !name.startsWith("io.github.mnr4j.examples.");
  }

  static MnrException unsupported(Class<?> type, String verb) {
    String name = type.getName().replace(".Immutable", ".");
    return new MnrException(
        "MnrModule does not "
            + verb
            + " "
            + name
            + ": hold mnr4j values"
            + " as the documents and parts it covers (Framework, Instrument, Response, Cohort,"
            + " ScoringModel, Scorecard and their parts, Jurisdiction, Answer, mnr4j's enums), and"
            + " make the rest from them");
  }

  /** Serializers that refuse mnr4j types no other serializer took. */
  static final class Serializers extends tools.jackson.databind.ser.Serializers.Base {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier description,
        JsonFormat.Value format) {
      Class<?> raw = type.getRawClass();
      if (!isMnr4j(raw)) {
        return null;
      }
      return new ValueSerializer<Object>() {
        @Override
        public void serialize(Object value, JsonGenerator out, SerializationContext context) {
          throw unsupported(raw, "write");
        }
      };
    }
  }

  /** Deserializers that refuse mnr4j types no other deserializer took. */
  static final class Deserializers extends tools.jackson.databind.deser.Deserializers.Base {
    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return isMnr4j(type);
    }

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      return refuse(type.getRawClass());
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
      return refuse(type.getRawClass());
    }

    private static @Nullable ValueDeserializer<?> refuse(Class<?> raw) {
      if (!isMnr4j(raw)) {
        return null;
      }
      return new ValueDeserializer<Object>() {
        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) {
          throw unsupported(raw, "read");
        }
      };
    }
  }
}
