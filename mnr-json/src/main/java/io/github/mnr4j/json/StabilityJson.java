package io.github.mnr4j.json;

import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.scoring.UncertainParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JsonGenerator;

/**
 * The parts of a stability as JSON: the uncertain parameters as drawn (also in {@code
 * mnr4j.sensitivity}), the levels, and each capability's levels and aggregate's range (one entry of
 * {@code mnr4j.stability}). A scorecard's {@code stability} field holds them for its jurisdiction
 * alone, and is read back.
 */
final class StabilityJson {
  private StabilityJson() {}

  /** A scorecard's {@code stability} field: how the draws were made, then its jurisdiction's. */
  static void writeOfCard(Stability stability, JsonGenerator out) {
    out.writeObjectPropertyStart("stability");
    out.writeNumberProperty("draws", stability.drawCount());
    out.writeNumberProperty("seed", stability.seed());
    out.writeNumberProperty("stableAt", stability.stableAt());
    writeParameters(stability.parameters(), out);
    ScorecardCodec.writeLevels(stability.levels(), out);
    Stability.JurisdictionLevels entry = stability.entries().get(0);
    writeCapabilities(entry.capabilities(), out);
    writeAggregates(entry.aggregates(), out);
    out.writeEndObject();
  }

  /** Reads a scorecard's {@code stability} field, and gives it to the card as written. */
  static Scorecard readOfCard(Node node, Scorecard card, boolean lenient) {
    ObjectFields fields = ObjectFields.of(node, "a scorecard's stability", lenient);
    int draws = fields.integer("draws");
    long seed = fields.longInteger("seed");
    double stableAt = fields.number("stableAt");
    List<UncertainParameter> parameters = readParameters(fields.array("parameters"), lenient);
    Map<String, Level> levels = ScorecardCodec.readLevels(fields.array("levels"), lenient);
    List<Stability.CapabilityLevels> capabilities = new ArrayList<>();
    for (Node capability : fields.array("capabilities")) {
      capabilities.add(readCapability(capability, levels, stableAt, lenient));
    }
    List<Stability.ScoreRange> aggregates = new ArrayList<>();
    for (Node aggregate : fields.array("aggregates")) {
      aggregates.add(readAggregate(aggregate, lenient));
    }
    fields.finish();
    Stability stability =
        DocumentCodec.located(
            node,
            () ->
                Stability.of(
                    card,
                    draws,
                    seed,
                    stableAt,
                    parameters,
                    List.copyOf(levels.values()),
                    capabilities,
                    aggregates));
    // The card refuses a stability of another model, or other capabilities or levels as written.
    return DocumentCodec.located(node, () -> card.withStability(stability));
  }

  /** The uncertain parameters of a stability or a sensitivity, as drawn. */
  static void writeParameters(List<UncertainParameter> parameters, JsonGenerator out) {
    out.writeArrayPropertyStart("parameters");
    for (UncertainParameter parameter : parameters) {
      out.writeStartObject();
      out.writeStringProperty("id", parameter.id());
      out.writeStringProperty("description", parameter.description());
      if (parameter.distribution() instanceof UncertainParameter.Uniform range) {
        out.writeObjectPropertyStart("uniform");
        out.writeNumberProperty("min", range.min());
        out.writeNumberProperty("max", range.max());
        out.writeEndObject();
      } else {
        UncertainParameter.Choice choice = (UncertainParameter.Choice) parameter.distribution();
        DocumentCodec.writeStrings("alternatives", choice.alternatives(), out);
        out.writeArrayPropertyStart("weights");
        choice.weights().forEach(out::writeNumber);
        out.writeEndArray();
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static List<UncertainParameter> readParameters(List<Node> nodes, boolean lenient) {
    List<UncertainParameter> parameters = new ArrayList<>();
    for (Node node : nodes) {
      ObjectFields fields = ObjectFields.of(node, "an uncertain parameter", lenient);
      String id = fields.string("id");
      String description = fields.string("description");
      Optional<Node> uniform = fields.optional("uniform");
      UncertainParameter.Distribution distribution;
      if (uniform.isPresent()) {
        ObjectFields range = ObjectFields.of(uniform.get(), "a uniform range", lenient);
        double min = range.number("min");
        double max = range.number("max");
        range.finish();
        distribution =
            DocumentCodec.located(uniform.get(), () -> new UncertainParameter.Uniform(min, max));
      } else {
        List<String> alternatives = fields.strings("alternatives");
        List<Double> weights = ObjectFields.numbers(fields.array("weights"), "weight");
        distribution =
            DocumentCodec.located(node, () -> UncertainParameter.Choice.of(alternatives, weights));
      }
      fields.finish();
      UncertainParameter.Distribution drawn = distribution;
      parameters.add(
          DocumentCodec.located(node, () -> UncertainParameter.of(id, description, drawn)));
    }
    return parameters;
  }

  /** Each capability's levels over the draws. */
  static void writeCapabilities(List<Stability.CapabilityLevels> capabilities, JsonGenerator out) {
    out.writeArrayPropertyStart("capabilities");
    for (Stability.CapabilityLevels capability : capabilities) {
      out.writeStartObject();
      out.writeStringProperty("capability", capability.capabilityId());
      DocumentCodec.writeNullable("nominal", capability.nominalLevel(), out);
      out.writeStringProperty("verdict", Stability.verdict(capability));
      out.writeBooleanProperty("stable", capability.stable());
      DocumentCodec.writeNullable("likeliest", capability.likeliest(), out);
      out.writeNumberProperty("likeliestProbability", capability.likeliestProbability());
      out.writeObjectPropertyStart("probabilities");
      capability.probabilities().forEach(out::writeNumberProperty);
      out.writeEndObject();
      out.writeNumberProperty("noLevelProbability", capability.noLevelProbability());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static Stability.CapabilityLevels readCapability(
      Node node, Map<String, Level> levels, double stableAt, boolean lenient) {
    ObjectFields fields = ObjectFields.of(node, "a capability's levels", lenient);
    String id = fields.string("capability");
    Optional<String> nominal = fields.nullableString("nominal");
    String verdict = fields.string("verdict");
    boolean stable = fields.optionalBoolean("stable", false);
    fields.required("stable");
    Optional<String> likeliest = fields.nullableString("likeliest");
    double likeliestProbability = fields.number("likeliestProbability");
    Node probabilitiesNode = fields.required("probabilities");
    ObjectFields.of(probabilitiesNode, "the probability of each level", lenient);
    Map<String, Double> byLevel = new LinkedHashMap<>();
    for (Map.Entry<String, Node> probability : probabilitiesNode.fields.entrySet()) {
      Node value = probability.getValue();
      if (!levels.containsKey(probability.getKey())) {
        throw value.error(
            "level '" + probability.getKey() + "' is not among the levels " + levels.keySet());
      }
      if (value.type != Node.Type.NUMBER) {
        throw value.error("expected a probability (a number) but found " + value.describe());
      }
      byLevel.put(probability.getKey(), Double.parseDouble(value.text));
    }
    double noLevel = fields.number("noLevelProbability");
    fields.finish();
    // Lowest level first, as the levels are listed.
    Map<String, Double> lowestFirst = new LinkedHashMap<>();
    levels.keySet().stream()
        .filter(byLevel::containsKey)
        .forEach(level -> lowestFirst.put(level, byLevel.get(level)));
    Stability.CapabilityLevels drawn =
        DocumentCodec.located(
            node, () -> Stability.CapabilityLevels.of(id, lowestFirst, noLevel, stableAt));
    Stability.CapabilityLevels read =
        nominal.isPresent() ? drawn.withNominalLevel(nominal.get()) : drawn;
    if (!verdict.equals(Stability.verdict(read))
        || stable != read.stable()
        || !likeliest.equals(read.likeliest())
        || likeliestProbability != read.likeliestProbability()) {
      throw node.error(
          "capability "
              + id
              + ": its verdict, stable, likeliest and likeliestProbability ('"
              + verdict
              + "', "
              + stable
              + ", "
              + likeliest.orElse("null")
              + ", "
              + likeliestProbability
              + ") do not follow from its probabilities, which give '"
              + Stability.verdict(read)
              + "', "
              + read.stable()
              + ", "
              + read.likeliest().orElse("null")
              + ", "
              + read.likeliestProbability());
    }
    return read;
  }

  /** Each domain's and the overall score's range over the draws. */
  static void writeAggregates(List<Stability.ScoreRange> ranges, JsonGenerator out) {
    out.writeArrayPropertyStart("aggregates");
    for (Stability.ScoreRange range : ranges) {
      out.writeStartObject();
      out.writeStringProperty("id", range.id());
      DocumentCodec.writeNullable("nominal", range.nominal(), out);
      DocumentCodec.writeNullable("median", range.median(), out);
      DocumentCodec.writeNullable("low", range.low(), out);
      DocumentCodec.writeNullable("high", range.high(), out);
      out.writeNumberProperty("knownProbability", range.knownProbability());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static Stability.ScoreRange readAggregate(Node node, boolean lenient) {
    ObjectFields fields = ObjectFields.of(node, "a score's range", lenient);
    String id = fields.string("id");
    OptionalDouble nominal = fields.nullableNumber("nominal");
    OptionalDouble median = fields.nullableNumber("median");
    OptionalDouble low = fields.nullableNumber("low");
    OptionalDouble high = fields.nullableNumber("high");
    double known = fields.number("knownProbability");
    fields.finish();
    Stability.ScoreRange range;
    if (median.isEmpty() && low.isEmpty() && high.isEmpty() && known == 0) {
      range = Stability.ScoreRange.unknown(id);
    } else if (median.isPresent() && low.isPresent() && high.isPresent()) {
      range =
          DocumentCodec.located(
              node,
              () ->
                  Stability.ScoreRange.of(
                      id, median.getAsDouble(), low.getAsDouble(), high.getAsDouble(), known));
    } else {
      throw node.error(
          id
              + ": median, low and high are numbers when a draw knows the score"
              + " (knownProbability above 0), and null when none does");
    }
    return nominal.isPresent() ? range.withNominal(nominal.getAsDouble()) : range;
  }
}
