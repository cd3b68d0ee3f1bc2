package io.github.mnr4j.json;

import io.github.mnr4j.InvalidDefinitionException;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.scoring.Aggregation;
import io.github.mnr4j.scoring.Criterion;
import io.github.mnr4j.scoring.EvidenceCondition;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.LevelDefinition;
import io.github.mnr4j.scoring.MissingValues;
import io.github.mnr4j.scoring.ParameterValues;
import io.github.mnr4j.scoring.PointsModel;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.StagedModel;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code mnr4j.model} document: a staged, points or index model. An index names a built-in base
 * model by id, or embeds its base as a document. A model that is a Java class has no document.
 */
final class ModelCodec extends TreeCodec<ScoringModel> {
  static final String FORMAT = "mnr4j.model";
  private static final List<String> KINDS = List.of("staged", "points", "index");
  private static final Set<String> BUILT_INS = Set.of("presence", "staged", "index");
  private static final String UNCERTAIN = "uncertain";

  ModelCodec() {
    super(FORMAT, ScoringModel.class);
  }

  @Override
  void writeFields(ScoringModel model, JsonGenerator out, CodecOptions options) {
    if (model instanceof StagedModel staged) {

      head("staged", staged.id(), staged.title(), staged.description(), out);
      out.writeArrayPropertyStart("levels");
      for (LevelDefinition level : staged.levels()) {
        writeLevel(level, out);
      }
      out.writeEndArray();
    } else if (model instanceof PointsModel points) {

      head("points", points.id(), points.title(), points.description(), out);
      out.writeNumberProperty("cap", points.cap());
      out.writeArrayPropertyStart("criteria");
      for (PointsModel.PointsCriterion criterion : points.criteria()) {
        out.writeStartObject();
        if (criterion.capabilityId().isPresent()) {
          out.writeStringProperty("capabilityId", criterion.capabilityId().get());
        }
        writeCriterionFields(criterion.criterion(), out);
        out.writeNumberProperty("points", criterion.points());
        out.writeEndObject();
      }
      out.writeEndArray();
    } else if (model instanceof IndexModel index) {

      head("index", index.id(), index.title(), index.description(), out);
      if (BUILT_INS.contains(index.base().id())
          && ScoringModels.builtIn(index.base().id()).equals(index.base())) {
        out.writeStringProperty("base", index.base().id());
      } else {
        out.writeName("base");
        write(index.base(), out, options);
      }
      writeWeights("capabilityWeights", index.capabilityWeights(), out);
      writeWeights("domainWeights", index.domainWeights(), out);
      out.writeStringProperty("aggregation", index.aggregation().id());
      out.writeStringProperty("missing", index.missing().id());
      out.writeNumberProperty("minimumCoverage", index.minimumCoverage());
    } else {
      throw new MnrException(
          "model '"
              + model.id()
              + "' is a Java class ("
              + model.getClass().getName()
              + "), not a staged, points or index model, and has no"
              + " document");
    }
  }

  private static void head(
      String kind, String id, String title, String description, JsonGenerator out) {
    out.writeStringProperty("kind", kind);
    out.writeStringProperty("id", id);
    out.writeStringProperty("title", title);
    out.writeStringProperty("description", description);
  }

  private static void writeLevel(LevelDefinition level, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("id", level.level().id());
    out.writeNumberProperty("ordinal", level.level().ordinal());
    out.writeStringProperty("label", level.level().label());
    if (level.description().isPresent()) {
      out.writeStringProperty("description", level.description().get());
    }
    if (level.appliesWhen().isPresent()) {
      out.writeName("appliesWhen");
      ConditionJson.write(level.appliesWhen().get(), out);
    }
    out.writeArrayPropertyStart("criteria");
    level.criteria().forEach(criterion -> writeCriterion(criterion, out));
    out.writeEndArray();
    if (!level.capabilityCriteria().isEmpty()) {
      out.writeObjectPropertyStart("capabilityCriteria");
      for (Map.Entry<String, List<Criterion>> entry : level.capabilityCriteria().entrySet()) {
        out.writeArrayPropertyStart(entry.getKey());
        entry.getValue().forEach(criterion -> writeCriterion(criterion, out));
        out.writeEndArray();
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private static void writeCriterion(Criterion criterion, JsonGenerator out) {
    out.writeStartObject();
    writeCriterionFields(criterion, out);
    out.writeEndObject();
  }

  private static void writeCriterionFields(Criterion criterion, JsonGenerator out) {
    out.writeStringProperty("description", criterion.description());
    out.writeName("when");
    ConditionJson.write(criterion.when(), out);
  }

  private static void writeWeights(String name, Map<String, Double> weights, JsonGenerator out) {
    out.writeObjectPropertyStart(name);
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      out.writeNumberProperty(weight.getKey(), weight.getValue());
    }
    out.writeEndObject();
  }

  /**
   * Reads a model document with the parameters its {@code uncertain} field declares, checking that
   * every alternative and both ends of every range give a model (that fits the instrument, if
   * given, with the levels of the model as written), each problem located in the document.
   */
  UncertainModel readUncertain(Node root, CodecOptions options, Optional<Instrument> fitting) {
    Optional<Node> uncertain =
        root.type == Node.Type.OBJECT
            ? Optional.ofNullable(root.fields.get(UNCERTAIN))
            : Optional.empty();
    Node model = uncertain.isPresent() ? UncertainParameters.withoutField(root, UNCERTAIN) : root;
    ScoringModel nominal = read(model, options);
    fitting.ifPresent(instrument -> fit(model, nominal, instrument));
    if (uncertain.isEmpty()) {
      return UncertainModel.certain(nominal);
    }
    List<UncertainParameters.Declared> declared =
        UncertainParameters.read(uncertain.get(), model, options);
    UncertainModel drawn =
        UncertainModel.of(
            nominal,
            declared.stream().map(UncertainParameters.Declared::parameter).toList(),
            values -> read(UncertainParameters.patch(model, declared, values), options));
    for (ParameterValues corner : drawn.corners()) {
      Node patched = UncertainParameters.patch(model, declared, corner);
      String prefix = "with uncertain parameters " + corner + ": ";
      try {
        ScoringModel variant = read(patched, options);
        fitting.ifPresent(instrument -> fit(patched, variant, instrument));
        if (nominal instanceof StagedModel staged
            && !(variant instanceof StagedModel other
                && levelsOf(other).equals(levelsOf(staged)))) {
          throw uncertain
              .get()
              .error(
                  "an uncertain parameter may change how a level is reached, not which levels"
                      + " there are: the levels differ from the model as written");
        }
      } catch (MnrJsonException e) {
        throw new MnrJsonException(e.problems(), prefix);
      }
    }
    return drawn;
  }

  private static List<Level> levelsOf(StagedModel model) {
    return model.levels().stream().map(LevelDefinition::level).toList();
  }

  /** Checks that a model fits an instrument, each problem located in its document. */
  static void fit(Node root, ScoringModel model, Instrument instrument) {
    try {
      ScoringModels.requireFits(model, instrument);
    } catch (InvalidDefinitionException e) {
      throw new MnrJsonException(
          e.problems().stream()
              .map(
                  problem ->
                      root.deepest(DocumentCodec.segments(problem.pointer()))
                          .problem(problem.message()))
              .toList());
    }
  }

  @Override
  ScoringModel readFields(ObjectFields document, CodecOptions options) {
    String kind = document.oneOf("kind", KINDS);
    String id = document.string("id");
    String title = document.string("title");
    String description = document.string("description");
    boolean lenient = options.ignoreUnknownFields;
    switch (kind) {
      case "staged" -> {
        StagedModel.Builder staged =
            StagedModel.builder().id(id).title(title).description(description);
        for (Node node : document.array("levels")) {
          staged.addLevel(level(ObjectFields.of(node, "a level", lenient), options));
        }
        return define(document.node(), staged::build);
      }
      case "points" -> {
        PointsModel.Builder points =
            PointsModel.builder()
                .id(id)
                .title(title)
                .description(description)
                .cap(document.integer("cap"));
        for (Node node : document.array("criteria")) {
          ObjectFields fields = ObjectFields.of(node, "a points criterion", lenient);
          Optional<String> capability = fields.optionalString("capabilityId");
          Criterion criterion = criterion(fields, options);
          int earned = fields.integer("points");
          fields.finish();
          points.addCriterion(
              define(
                  node,
                  () ->
                      capability.isPresent()
                          ? PointsModel.PointsCriterion.of(capability.get(), criterion, earned)
                          : PointsModel.PointsCriterion.of(criterion, earned)));
        }
        return define(document.node(), points::build);
      }
      default -> {
        IndexModel.Builder index =
            IndexModel.builder()
                .id(id)
                .title(title)
                .description(description)
                .base(base(document.required("base"), options));
        weights(document, "capabilityWeights").forEach(index::putCapabilityWeight);
        weights(document, "domainWeights").forEach(index::putDomainWeight);
        if (document.optional("aggregation").isPresent()) {
          index.aggregation(document.id("aggregation", Aggregation.class));
        }
        if (document.optional("minimumCoverage").isPresent()) {
          Node coverage = document.required("minimumCoverage");
          if (coverage.type != Node.Type.NUMBER) {
            throw coverage.error(
                "expected a number for 'minimumCoverage' but found " + coverage.describe());
          }
          index.minimumCoverage(Double.parseDouble(coverage.text));
        }
        if (document.optional("missing").isPresent()) {
          index.missing(document.id("missing", MissingValues.class));
        }
        return define(document.node(), index::build);
      }
    }
  }

  private ScoringModel base(Node node, CodecOptions options) {
    if (node.type == Node.Type.STRING) {
      if (!BUILT_INS.contains(node.text)) {
        throw node.error(
            "unknown built-in model '"
                + node.text
                + "'; known: presence, staged,"
                + " index (or embed an mnr4j.model document)");
      }
      return ScoringModels.builtIn(node.text);
    }
    return read(node, options);
  }

  private static LevelDefinition level(ObjectFields fields, CodecOptions options) {
    String id = fields.string("id");
    int ordinal = fields.integer("ordinal");
    String label = fields.string("label");
    Level level = define(fields.node(), () -> Level.of(id, ordinal, label));
    LevelDefinition.Builder builder = LevelDefinition.builder().level(level);
    fields.optionalString("description").ifPresent(builder::description);
    fields
        .optional("appliesWhen")
        .ifPresent(node -> builder.appliesWhen(ConditionJson.readEvidence(node, options)));
    for (Node node : fields.array("criteria")) {
      ObjectFields criterion = ObjectFields.of(node, "a criterion", options.ignoreUnknownFields);
      builder.addCriterion(criterion(criterion, options));
      criterion.finish();
    }
    fields
        .optional("capabilityCriteria")
        .ifPresent(
            node -> {
              ObjectFields.of(node, "criteria by capability id", false);
              for (Map.Entry<String, Node> entry : node.fields.entrySet()) {
                if (entry.getValue().type != Node.Type.ARRAY) {
                  throw entry
                      .getValue()
                      .error(
                          "expected an array of criteria for '"
                              + entry.getKey()
                              + "' but found "
                              + entry.getValue().describe());
                }
                List<Criterion> criteria = new ArrayList<>();
                for (Node item : entry.getValue().items) {
                  ObjectFields criterion =
                      ObjectFields.of(item, "a criterion", options.ignoreUnknownFields);
                  criteria.add(criterion(criterion, options));
                  criterion.finish();
                }
                builder.putCapabilityCriterion(entry.getKey(), criteria);
              }
            });
    fields.finish();
    return builder.build();
  }

  private static Criterion criterion(ObjectFields fields, CodecOptions options) {
    String description = fields.string("description");
    EvidenceCondition when = ConditionJson.readEvidence(fields.required("when"), options);
    return define(fields.node(), () -> Criterion.of(description, when));
  }

  private static Map<String, Double> weights(ObjectFields document, String name) {
    Optional<Node> node = document.optional(name);
    Map<String, Double> weights = new LinkedHashMap<>();
    if (node.isEmpty()) {
      return weights;
    }
    ObjectFields.of(node.get(), "weights by id", false);
    for (Map.Entry<String, Node> entry : node.get().fields.entrySet()) {
      if (entry.getValue().type != Node.Type.NUMBER) {
        throw entry
            .getValue()
            .error(
                "expected a number for weight '"
                    + entry.getKey()
                    + "' but found "
                    + entry.getValue().describe());
      }
      weights.put(entry.getKey(), Double.parseDouble(entry.getValue().text));
    }
    return weights;
  }
}
