package com.csracademy.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** The operations of the app's OpenAPI document, with sample path values, query parameters and bodies. */
final class OpenApiOperations {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiOperations(JsonNode document) {
        this.document = document;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    }

    List<Operation> operations() {
        return operations;
    }

    /** A minimal value of a schema: required properties only, the first enum constant, bounds respected. */
    Object sample(JsonNode schema, String traineeId, String name) {
        if (schema == null || schema.isMissingNode()) {
            return "x";
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return sample(document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1)), traineeId,
                    name);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        switch (type) {
            case "string":
                if (format.equals("date")) {
                    return "2099-01-05";
                }
                if (format.equals("date-time")) {
                    return "2099-01-05T01:00:00Z";
                }
                return "traineeId".equals(name) ? traineeId : "mx-unknown";
            case "integer":
            case "number":
                return schema.has("maximum") ? schema.get("maximum").numberValue() : 1;
            case "boolean":
                return Boolean.TRUE;
            case "array":
                List<Object> items = new ArrayList<>();
                if (schema.path("minItems").asInt(0) > 0) {
                    items.add(sample(schema.get("items"), traineeId, name));
                }
                return items;
            default:
                Map<String, Object> object = new LinkedHashMap<>();
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    String property = required.asString();
                    object.put(property, sample(properties.get(property), traineeId, property));
                }
                // a missing primitive is null, which Jackson 3 refuses for primitives: booleans and numbers always
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    String propertyType = property.getValue().path("type").asString("");
                    if (List.of("boolean", "integer", "number").contains(propertyType)) {
                        object.putIfAbsent(property.getKey(), sample(property.getValue(), traineeId, property.getKey()));
                    }
                }
                if (schema.path("minProperties").asInt(0) > 0) {
                    object.put("mx-unknown", sample(schema.get("additionalProperties"), traineeId, "mx-unknown"));
                }
                return object;
        }
    }

    final class Operation {

        private final String method;
        private final String path;
        private final JsonNode node;

        Operation(String method, String path, JsonNode node) {
            this.method = method;
            this.path = path;
            this.node = node;
        }

        String method() {
            return method;
        }

        String path() {
            return path;
        }

        String key() {
            return method + " " + path;
        }

        boolean consumes(String mediaType) {
            return node.path("requestBody").path("content").has(mediaType);
        }

        boolean jsonBody() {
            return consumes("application/json");
        }

        JsonNode jsonSchema() {
            return node.path("requestBody").path("content").path("application/json").path("schema");
        }

        Object sampleBody(String traineeId) {
            return sample(jsonSchema(), traineeId, "body");
        }

        /** The path with its variables filled in, and sample values for the required query parameters. */
        String concretePath(BiFunction<String, String, String> values) {
            Matcher m = VARIABLE.matcher(path);
            StringBuilder concrete = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(concrete, Matcher.quoteReplacement(values.apply(path, m.group(1))));
            }
            m.appendTail(concrete);
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : node.path("parameters")) {
                if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
                    Object value = sample(parameter.path("schema"), "mx-unknown", parameter.path("name").asString());
                    query.add(parameter.get("name").asString() + "=" + value);
                }
            }
            return query.isEmpty() ? concrete.toString() : concrete + "?" + String.join("&", query);
        }
    }
}
