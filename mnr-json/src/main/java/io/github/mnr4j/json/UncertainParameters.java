package io.github.mnr4j.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mnr4j.scoring.ParameterValues;
import io.github.mnr4j.scoring.UncertainParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code uncertain} field of an {@code mnr4j.model} document: parameters, each placed by JSON
 * Pointers into the rest of the document, whose values there a draw replaces with one of its
 * alternatives or a number of its range.
 */
final class UncertainParameters {
  private static final Set<String> FIXED = Set.of("format", "version", "kind", "id");

  private UncertainParameters() {}

  /**
   * A parameter and where it goes.
   *
   * @param parameter the parameter
   * @param at the paths its value replaces
   * @param places the pointers of those paths, as written
   * @param alternatives a choice's values, in order; empty for a range
   * @param range the range's node, for a range's numbers' location; the parameter's otherwise
   */
  record Declared(
      UncertainParameter parameter,
      List<List<String>> at,
      List<Node> places,
      List<Node> alternatives,
      Node range) {}

  /** Reads and checks the parameters declared for a model (the document without the field). */
  static List<Declared> read(Node uncertain, Node model, CodecOptions options) {
    if (uncertain.type != Node.Type.ARRAY) {
      throw uncertain.error(
          "expected an array of uncertain parameters for 'uncertain' but found "
              + uncertain.describe());
    }
    List<Declared> declared = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    Map<List<String>, Node> places = new HashMap<>();
    for (Node node : uncertain.items) {
      Declared parameter = parameter(node, model, options);
      Node earlier = ids.putIfAbsent(parameter.parameter().id(), node);
      if (earlier != null) {
        throw node.error(
            "uncertain parameter '"
                + parameter.parameter().id()
                + "' is declared again (first at "
                + earlier.pointer
                + ")");
      }
      for (int i = 0; i < parameter.at().size(); i++) {
        List<String> path = parameter.at().get(i);
        for (Map.Entry<List<String>, Node> place : places.entrySet()) {
          if (startsWith(path, place.getKey()) || startsWith(place.getKey(), path)) {
            throw parameter
                .places()
                .get(i)
                .error(
                    "this place overlaps "
                        + place.getValue().text
                        + " ("
                        + place.getValue().pointer
                        + "): two parameters, or two places of one, cannot replace the same"
                        + " value");
          }
        }
        places.put(path, parameter.places().get(i));
      }
      declared.add(parameter);
    }
    return declared;
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static Declared parameter(Node node, Node model, CodecOptions options) {
    ObjectFields fields =
        ObjectFields.of(node, "an uncertain parameter", options.ignoreUnknownFields);
    String id = fields.string("id");
    String description = fields.string("description");
    ImmutableList<Node> atNodes = fields.array("at");
    if (atNodes.isEmpty()) {
      throw fields.required("at").error("an uncertain parameter needs at least one place in 'at'");
    }
    List<List<String>> at = new ArrayList<>();
    List<Node> targets = new ArrayList<>();
    for (Node pointer : atNodes) {
      String text = ObjectFields.string(pointer);
      if (!text.startsWith("/")) {
        throw pointer.error(
            "expected a JSON Pointer into the model, such as \"/levels/2/criteria/0/when\", but"
                + " found "
                + pointer.describe());
      }
      List<String> path = DocumentCodec.segments(text);
      if (FIXED.contains(path.get(0))) {
        throw pointer.error("an uncertain parameter cannot change the model's " + path.get(0));
      }
      Node target = model.deepest(path);
      if (!target.pointer.equals(text)) {
        throw pointer.error(
            "nothing in the model is at "
                + text
                + "; the deepest value on the way is at "
                + (target.pointer.isEmpty() ? "the top" : target.pointer));
      }
      at.add(path);
      targets.add(target);
    }
    Optional<Node> values = fields.optional("values");
    Optional<Node> uniform = fields.optional("uniform");
    if (values.isPresent() == uniform.isPresent()) {
      throw node.error(
          "an uncertain parameter needs either 'values' (alternatives) or 'uniform' (a range),"
              + " and not both");
    }
    Declared declared;
    if (uniform.isPresent()) {
      for (String field : List.of("labels", "weights")) {
        if (fields.optional(field).isPresent()) {
          throw fields.required(field).error("'" + field + "' go with 'values', not 'uniform'");
        }
      }
      ObjectFields range = ObjectFields.of(uniform.get(), "a range", false);
      double min = range.number("min");
      double max = range.number("max");
      range.finish();
      for (Node target : targets) {
        if (target.type != Node.Type.NUMBER) {
          throw target.error(
              "uncertain parameter '"
                  + id
                  + "' draws a number from a range for this place, which holds "
                  + target.describe());
        }
      }
      declared =
          new Declared(
              DocumentCodec.located(
                  node, () -> UncertainParameter.of(id, description, uniform(min, max))),
              at,
              atNodes,
              List.of(),
              uniform.get());
    } else {
      ImmutableList<Node> alternatives = fields.array("values");
      ImmutableList<String> labels = fields.optionalStrings("labels");
      List<Double> weights = ObjectFields.numbers(fields.optionalArray("weights"), "weight");
      List<String> shown = new ArrayList<>(labels);
      if (labels.isEmpty()) {
        for (Node alternative : alternatives) {
          if (alternative.type == Node.Type.OBJECT || alternative.type == Node.Type.ARRAY) {
            throw alternative.error(
                "alternatives that are objects or arrays need 'labels', one per alternative, to"
                    + " name them in results");
          }
          shown.add(alternative.text.isEmpty() ? "null" : alternative.text);
        }
      } else if (labels.size() != alternatives.size()) {
        throw fields
            .required("labels")
            .error(labels.size() + " labels for " + alternatives.size() + " alternatives");
      }
      List<Double> weighted = weights.isEmpty() ? shown.stream().map(s -> 1.0).toList() : weights;
      declared =
          new Declared(
              DocumentCodec.located(
                  fields.optional("weights").orElse(node),
                  () ->
                      UncertainParameter.of(
                          id, description, UncertainParameter.Choice.of(shown, weighted))),
              at,
              atNodes,
              alternatives,
              node);
    }
    fields.finish();
    return declared;
  }

  private static UncertainParameter.Distribution uniform(double min, double max) {
    return new UncertainParameter.Uniform(min, max);
  }

  /** The model with each parameter's value in its places. */
  static Node patch(Node model, List<Declared> declared, ParameterValues values) {
    Node patched = model;
    for (int p = 0; p < declared.size(); p++) {
      Declared parameter = declared.get(p);
      double value = values.value(p);
      Node replacement =
          parameter.alternatives().isEmpty()
              ? Node.scalar(
                  Node.Type.NUMBER,
                  parameter.range().pointer,
                  parameter.range().line,
                  parameter.range().column,
                  String.valueOf(value))
              : parameter.alternatives().get((int) value);
      for (List<String> path : parameter.at()) {
        patched = replace(patched, path, 0, replacement);
      }
    }
    return patched;
  }

  private static Node replace(Node node, List<String> path, int depth, Node replacement) {
    if (depth == path.size()) {
      return replacement;
    }
    String segment = path.get(depth);
    if (node.type == Node.Type.OBJECT) {
      ImmutableMap.Builder<String, Node> fields = ImmutableMap.builder();
      node.fields.forEach(
          (name, value) ->
              fields.put(
                  name,
                  name.equals(segment) ? replace(value, path, depth + 1, replacement) : value));
      return Node.object(node.pointer, node.line, node.column, fields.buildOrThrow());
    }
    int index = Integer.parseInt(segment);
    ImmutableList.Builder<Node> items = ImmutableList.builder();
    for (int i = 0; i < node.items.size(); i++) {
      Node item = node.items.get(i);
      items.add(i == index ? replace(item, path, depth + 1, replacement) : item);
    }
    return Node.array(node.pointer, node.line, node.column, items.build());
  }

  /** The document without its {@code uncertain} field: the model as written. */
  static Node withoutField(Node root, String name) {
    ImmutableMap.Builder<String, Node> fields = ImmutableMap.builder();
    root.fields.forEach(
        (field, value) -> {
          if (!field.equals(name)) {
            fields.put(field, value);
          }
        });
    return Node.object(root.pointer, root.line, root.column, fields.buildOrThrow());
  }
}
