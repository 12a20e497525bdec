package newswire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import newswire.model.ArticleEvent;
import newswire.model.Attribution;
import newswire.model.Byline;
import newswire.model.Caption;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Entities;
import newswire.model.Entity;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import newswire.model.Evidence;
import newswire.model.Mention;
import newswire.model.Party;
import newswire.model.Quantity;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Test;

/**
 * The schemas and the Java records say the same thing. Every component of every model record is a property of its
 * schema, every property is a component, the JSON type of each property is the one Jackson writes for the component's
 * Java type, and every record schema forbids other properties. So adding, removing, renaming or retyping a record
 * field without changing its schema fails here, and because the schemas are strict, real output fails validation too.
 */
class SchemaMatchesModelRecordsTest {

    /** Where each model record is described: a schema file, or a definition inside one. */
    static final Map<Class<?>, String> SCHEMA_OF = new LinkedHashMap<>();

    static {
        SCHEMA_OF.put(RawArticle.class, "raw-article.json");
        SCHEMA_OF.put(CleanArticle.class, "clean-article.json");
        SCHEMA_OF.put(Byline.class, "clean-article.json#/$defs/Byline");
        SCHEMA_OF.put(Caption.class, "clean-article.json#/$defs/Caption");
        SCHEMA_OF.put(Claim.class, "claim.json");
        SCHEMA_OF.put(Quantity.class, "claim.json#/$defs/Quantity");
        SCHEMA_OF.put(Party.class, "claim.json#/$defs/Party");
        SCHEMA_OF.put(Attribution.class, "claim.json#/$defs/Attribution");
        SCHEMA_OF.put(Evidence.class, "claim.json#/$defs/Evidence");
        SCHEMA_OF.put(ArticleEvent.class, "article-event.json");
        SCHEMA_OF.put(Entities.class, "article-event.json#/$defs/Entities");
        SCHEMA_OF.put(Entity.class, "article-event.json#/$defs/Entity");
        SCHEMA_OF.put(Mention.class, "article-event.json#/$defs/Mention");
        SCHEMA_OF.put(Estimate.class, "estimate.json");
        SCHEMA_OF.put(EstimateSubject.class, "estimate.json#/$defs/EstimateSubject");
        SCHEMA_OF.put(EstimateReport.class, "estimate.json#/$defs/EstimateReport");
    }

    @Test
    void shouldDescribeEveryRecordOfTheModelPackage() throws IOException {
        // A new record in newswire.model needs a schema before it can reach a topic.
        final Set<String> records = new TreeSet<>();
        try (Stream<Path> classes = Files.list(Path.of("target/classes/newswire/model"))) {
            for (final Path file : classes.toList()) {
                final String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
                    final Class<?> type = load("newswire.model." + name.substring(0, name.length() - 6));
                    if (type.isRecord()) {
                        records.add(type.getSimpleName());
                    }
                }
            }
        }
        assertThat(records).as("model records without a schema mapping in SCHEMA_OF")
                .containsExactlyInAnyOrderElementsOf(SCHEMA_OF.keySet().stream().map(Class::getSimpleName).toList());
    }

    @Test
    void shouldHaveExactlyOnePropertyPerRecordComponentAndNoOthers() {
        final List<String> mismatches = new ArrayList<>();
        SCHEMA_OF.forEach((type, location) -> mismatches.addAll(componentMismatches(type, location)));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldGiveEachPropertyTheJsonTypeJacksonWritesForItsComponent() {
        final List<String> mismatches = new ArrayList<>();
        SCHEMA_OF.forEach((type, location) -> {
            final JsonNode properties = node(location).get("properties");
            for (final RecordComponent component : type.getRecordComponents()) {
                final JsonNode property = properties.get(component.getName());
                if (property != null) {
                    final String problem = typeMismatch(component.getGenericType(), property, location);
                    if (problem != null) {
                        mismatches.add(type.getSimpleName() + "." + component.getName() + ": " + problem);
                    }
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldListTheEnumValuesAsJacksonWritesThem() {
        assertThat(values(node("claim.json").at("/properties/kind/enum")))
                .containsExactlyElementsOf(Arrays.stream(ClaimKind.values()).map(ClaimKind::json).toList())
                .containsExactly("troops", "killed", "wounded", "captured", "displaced", "weapons");
        assertThat(values(node("claim.json").at("/properties/status/enum")))
                .containsExactlyElementsOf(Arrays.stream(ClaimStatus.values()).map(ClaimStatus::json).toList())
                .containsExactly("reported", "planned", "possible", "denied");
        assertThat(node("article-event.json").at("/properties/type/const").asText()).isEqualTo(ArticleEvent.TYPE);
        // Estimates reuse the claim's enumerations rather than repeating them, so the two cannot drift apart
        assertThat(node("estimate.json#/$defs/EstimateSubject/properties/kind").path("$ref").asText())
                .isEqualTo("claim.json#/properties/kind");
        assertThat(node("estimate.json#/$defs/EstimateReport/properties/status").path("$ref").asText())
                .isEqualTo("claim.json#/properties/status");
        // and the subject key's pattern starts with exactly the claim kinds
        assertThat(node("estimate.json#/$defs/EstimateSubject/properties/key").path("pattern").asText())
                .startsWith("^(" + String.join("|", Arrays.stream(ClaimKind.values()).map(ClaimKind::json).toList())
                        + "):");
    }

    @Test
    void shouldDetectAComponentTheSchemaDoesNotKnowAndAPropertyTheRecordLacks() {
        // The check above is only worth something if it can fail: a Claim with one more field, and one with one less
        record ClaimWithSource(String id, String articleId, ClaimKind kind, Quantity quantity, String unit, Party actor,
                               Party destination, Party location, ClaimStatus status, Attribution attribution,
                               Evidence evidence, double confidence, String sourceUrl) {
        }
        record ClaimWithoutConfidence(String id, String articleId, ClaimKind kind, Quantity quantity, String unit,
                                      Party actor, Party destination, Party location, ClaimStatus status,
                                      Attribution attribution, Evidence evidence) {
        }
        record ClaimWithTextConfidence(String id, String articleId, ClaimKind kind, Quantity quantity, String unit,
                                       Party actor, Party destination, Party location, ClaimStatus status,
                                       Attribution attribution, Evidence evidence, String confidence) {
        }

        assertThat(componentMismatches(ClaimWithSource.class, "claim.json"))
                .containsExactly("ClaimWithSource.sourceUrl is not a property of claim.json");
        assertThat(componentMismatches(ClaimWithoutConfidence.class, "claim.json"))
                .containsExactly("claim.json property confidence is not a component of ClaimWithoutConfidence");
        assertThat(typeMismatch(ClaimWithTextConfidence.class.getRecordComponents()[11].getGenericType(),
                node("claim.json").at("/properties/confidence"), "claim.json")).isNotNull();
    }

    static List<String> componentMismatches(final Class<?> type, final String location) {
        final List<String> mismatches = new ArrayList<>();
        final JsonNode schema = node(location);
        final Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        final Set<String> components = new TreeSet<>();
        for (final RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
            if (!properties.contains(component.getName())) {
                mismatches.add(type.getSimpleName() + "." + component.getName() + " is not a property of " + location);
            }
        }
        for (final String property : properties) {
            if (!components.contains(property)) {
                mismatches.add(location + " property " + property + " is not a component of " + type.getSimpleName());
            }
        }
        if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
            mismatches.add(location + " must say additionalProperties: false");
        }
        return mismatches;
    }

    /** Null when the property's schema admits exactly the JSON that Jackson writes for the Java type, else why not. */
    static String typeMismatch(final Type javaType, final JsonNode property, final String location) {
        final Class<?> raw = javaType instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) javaType;
        final Set<String> types = jsonTypes(property, location);
        final boolean nullable = types.remove("null");
        final String expected;
        if (raw == String.class || raw == OffsetDateTime.class) {
            expected = "string";
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            expected = "integer";
        } else if (raw == double.class || raw == float.class || raw == Double.class) {
            expected = "number";
        } else if (raw == boolean.class || raw == Boolean.class) {
            expected = "boolean";
        } else if (List.class.isAssignableFrom(raw)) {
            expected = "array";
        } else if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            expected = "object";
        } else if (raw.isEnum()) {
            expected = "enum";
        } else {
            return "no JSON mapping known for " + raw.getName();
        }
        if (!types.equals(Set.of(expected))) {
            return "Java " + raw.getSimpleName() + " is JSON " + expected + ", the schema says " + types;
        }
        if (nullable && raw.isPrimitive()) {
            return "Java " + raw.getSimpleName() + " is never null, the schema allows null";
        }
        if (raw == OffsetDateTime.class && !"date-time".equals(property.path("format").asText())) {
            return "an OffsetDateTime needs format: date-time";
        }
        if (raw.isRecord()) {
            final String target = refTarget(property, location);
            if (!SCHEMA_OF.get(raw).equals(target)) {
                return "Java " + raw.getSimpleName() + " refers to " + target + ", not " + SCHEMA_OF.get(raw);
            }
        }
        if (List.class.isAssignableFrom(raw) && javaType instanceof ParameterizedType parameterized) {
            return typeMismatch(parameterized.getActualTypeArguments()[0], property.get("items"), location);
        }
        return null;
    }

    /** The JSON types a property admits: from type, enum or const, through $ref and oneOf [X, null]. */
    private static Set<String> jsonTypes(final JsonNode property, final String location) {
        final Set<String> types = new TreeSet<>();
        if (property.has("$ref")) {
            types.addAll(jsonTypes(node(resolve(location, property.get("$ref").asText())), location));
        } else if (property.has("oneOf")) {
            property.get("oneOf").forEach(choice -> types.addAll(jsonTypes(choice, location)));
        } else if (property.path("type").isArray()) {
            property.get("type").forEach(type -> types.add(type.asText()));
        } else if (property.has("type")) {
            types.add(property.get("type").asText());
        } else if (property.has("enum") || property.has("const")) {
            types.add("enum");
        }
        return types;
    }

    private static String refTarget(final JsonNode property, final String location) {
        if (property.has("$ref")) {
            return resolve(location, property.get("$ref").asText());
        }
        for (final JsonNode choice : property.path("oneOf")) {
            if (choice.has("$ref")) {
                return resolve(location, choice.get("$ref").asText());
            }
        }
        return null;
    }

    /** A $ref relative to the file of {@code location}: {@code #/$defs/X} or {@code other.json}. */
    static String resolve(final String location, final String ref) {
        final String file = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
        return ref.startsWith("#") ? file + ref : ref;
    }

    /** The schema node at {@code file} or {@code file#/json/pointer}, read from the source tree. */
    static JsonNode node(final String location) {
        final int hash = location.indexOf('#');
        final String file = hash < 0 ? location : location.substring(0, hash);
        try {
            final JsonNode root = JsonSerde.mapper().readTree(ContractSchemas.source(file));
            return hash < 0 ? root : root.at(location.substring(hash + 1));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(final JsonNode array) {
        final List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Class<?> load(final String name) {
        try {
            return Class.forName(name);
        } catch (final ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
