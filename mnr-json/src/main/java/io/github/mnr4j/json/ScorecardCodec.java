package io.github.mnr4j.json;

import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.scoring.AggregateScore;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.CriterionResult;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.scorecard} document. Capabilities name their level by id; the levels that appear
 * are listed once, with ordinal and label, in {@code levels}. A card made with its stability has a
 * {@code stability} field ({@link StabilityJson}); others have none.
 */
final class ScorecardCodec extends TreeCodec<Scorecard> {
  static final String FORMAT = "mnr4j.scorecard";

  ScorecardCodec() {
    super(FORMAT, Scorecard.class);
  }

  @Override
  void writeFields(Scorecard card, JsonGenerator out, CodecOptions options) {
    out.writeStringProperty("model", card.modelId());
    out.writeStringProperty("instrument", card.instrumentReference());
    out.writeName("jurisdiction");
    JurisdictionJson.write(card.jurisdiction(), out);
    out.writeBooleanProperty("synthetic", card.jurisdiction().isSynthetic());
    out.writeNumberProperty("scale", card.scale());
    Map<String, Level> levels = new LinkedHashMap<>();
    for (CapabilityScore score : card.capabilities()) {
      score.level().ifPresent(l -> levels.putIfAbsent(l.id(), l));
      score.next().ifPresent(l -> levels.putIfAbsent(l.id(), l));
      score.highest().ifPresent(l -> levels.putIfAbsent(l.id(), l));
    }
    writeLevels(
        levels.values().stream().sorted(Comparator.comparingInt(Level::ordinal)).toList(), out);
    out.writeArrayPropertyStart("capabilities");
    for (CapabilityScore score : card.capabilities()) {
      out.writeStartObject();
      out.writeStringProperty("capability", score.capabilityId());
      out.writeStringProperty("status", score.status().id());
      writeLevel("level", score.level(), out);
      writeNullable("value", score.value(), out);
      writeLevel("highest", score.highest(), out);
      writeLevel("next", score.next(), out);
      out.writeStringProperty("reason", score.reason());
      writeResults("reached", score.reached(), out);
      writeResults("nextCriteria", score.nextCriteria(), out);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayPropertyStart("domains");
    for (AggregateScore domain : card.domains()) {
      out.writeStartObject();
      out.writeStringProperty("domain", domain.id());
      writeAggregate(domain, out);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeObjectPropertyStart("overall");
    writeAggregate(card.overall(), out);
    out.writeEndObject();
    InvalidResponsesJson.write("invalidResponses", card.invalidResponses(), out);
    if (card.stability().isPresent()) {
      StabilityJson.writeOfCard(card.stability().get(), out);
    }
  }

  private static void writeLevel(String name, Optional<Level> level, JsonGenerator out) {
    writeNullable(name, level.map(Level::id), out);
  }

  private static void writeResults(String name, List<CriterionResult> results, JsonGenerator out) {
    out.writeArrayPropertyStart(name);
    for (CriterionResult result : results) {
      out.writeStartObject();
      out.writeStringProperty("description", result.description());
      out.writeStringProperty("condition", result.condition());
      out.writeBooleanProperty("met", result.isMet());
      writeStrings("readings", result.readings(), out);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private static void writeAggregate(AggregateScore score, JsonGenerator out) {
    writeNullable("value", score.value(), out);
    out.writeNumberProperty("known", score.knownCount());
    out.writeNumberProperty("parts", score.partCount());
    out.writeStringProperty("rule", score.rule());
  }

  @Override
  Scorecard readFields(ObjectFields document, CodecOptions options) {
    boolean lenient = options.ignoreUnknownFields;
    String model = document.string("model");
    String instrument = document.string("instrument");
    Jurisdiction jurisdiction = JurisdictionJson.read(document.required("jurisdiction"), lenient);
    // Said out loud for readers of the document; the jurisdiction's data attribute decides it.
    boolean synthetic = document.optionalBoolean("synthetic", jurisdiction.isSynthetic());
    if (synthetic != jurisdiction.isSynthetic()) {
      throw document
          .required("synthetic")
          .error(
              "'synthetic' is "
                  + synthetic
                  + " but the jurisdiction's data attribute says "
                  + jurisdiction.isSynthetic());
    }
    double scale = document.number("scale");
    List<CapabilityScore> capabilities = new ArrayList<>();
    List<AggregateScore> domains = new ArrayList<>();
    Map<String, Level> levels = readLevels(document.array("levels"), lenient);
    for (Node node : document.array("capabilities")) {
      ObjectFields fields = ObjectFields.of(node, "a capability score", lenient);
      CapabilityScore.Builder score =
          CapabilityScore.builder()
              .capabilityId(fields.string("capability"))
              .status(fields.id("status", CapabilityStatus.class))
              .reason(fields.string("reason"))
              .addAllReached(results(fields.array("reached"), lenient))
              .addAllNextCriteria(results(fields.array("nextCriteria"), lenient));
      level(fields, "level", levels).ifPresent(score::level);
      fields.nullableNumber("value").ifPresent(score::value);
      level(fields, "highest", levels).ifPresent(score::highest);
      level(fields, "next", levels).ifPresent(score::next);
      fields.finish();
      capabilities.add(define(node, score::build));
    }
    for (Node node : document.array("domains")) {
      ObjectFields fields = ObjectFields.of(node, "a domain score", lenient);
      String id = fields.string("domain");
      domains.add(aggregate(id, fields));
    }
    ObjectFields overall =
        ObjectFields.of(document.required("overall"), "the overall score", lenient);
    AggregateScore overallScore = aggregate("overall", overall);
    InvalidResponses invalid =
        InvalidResponsesJson.read(document.required("invalidResponses"), lenient);
    Scorecard card =
        define(
            document.node(),
            () ->
                Scorecard.of(
                    model,
                    instrument,
                    jurisdiction,
                    scale,
                    capabilities,
                    domains,
                    overallScore,
                    invalid));
    Optional<Node> stability = document.optional("stability");
    return stability.isPresent() ? StabilityJson.readOfCard(stability.get(), card, lenient) : card;
  }

  /**
   * Writes the {@code levels} of a scorecard or a stability: each with its id, ordinal and label,
   * in the order given.
   */
  static void writeLevels(List<Level> levels, JsonGenerator out) {
    out.writeArrayPropertyStart("levels");
    for (Level level : levels) {
      out.writeStartObject();
      out.writeStringProperty("id", level.id());
      out.writeNumberProperty("ordinal", level.ordinal());
      out.writeStringProperty("label", level.label());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /**
   * Reads a list of levels, each with its id, ordinal and label, by id: a scorecard's, and its
   * stability's. An id listed twice is refused where it is written.
   */
  static Map<String, Level> readLevels(List<Node> nodes, boolean lenient) {
    Map<String, Level> levels = new LinkedHashMap<>();
    for (Node node : nodes) {
      ObjectFields fields = ObjectFields.of(node, "a level", lenient);
      String id = fields.string("id");
      int ordinal = fields.integer("ordinal");
      String label = fields.string("label");
      fields.finish();
      if (levels.put(id, define(node, () -> Level.of(id, ordinal, label))) != null) {
        throw node.error("level '" + id + "' is listed twice");
      }
    }
    return levels;
  }

  private static Optional<Level> level(
      ObjectFields fields, String name, Map<String, Level> levels) {
    Node node = fields.required(name);
    Optional<String> id = fields.nullableString(name);
    if (id.isPresent() && !levels.containsKey(id.get())) {
      throw node.error(
          "level '" + id.get() + "' is not among the card's levels " + levels.keySet());
    }
    return id.map(levels::get);
  }

  private static List<CriterionResult> results(List<Node> nodes, boolean lenient) {
    return nodes.stream()
        .map(
            node -> {
              ObjectFields fields = ObjectFields.of(node, "a criterion result", lenient);
              String description = fields.string("description");
              String condition = fields.string("condition");
              boolean met = fields.optionalBoolean("met", false);
              List<String> readings = fields.strings("readings");
              fields.required("met");
              fields.finish();
              return CriterionResult.of(description, condition, met, readings);
            })
        .collect(Collectors.toList());
  }

  private static AggregateScore aggregate(String id, ObjectFields fields) {
    OptionalDouble value = fields.nullableNumber("value");
    int known = fields.integer("known");
    int parts = fields.integer("parts");
    String rule = fields.string("rule");
    fields.finish();
    return define(
        fields.node(),
        () ->
            value.isPresent()
                ? AggregateScore.of(id, value.getAsDouble(), known, parts, rule)
                : AggregateScore.of(id, known, parts, rule));
  }
}
