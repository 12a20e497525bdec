package newswire.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic contract's JSON Schemas ({@code src/main/resources/schemas}), loaded from the classpath by their
 * {@code $id}s, so cross-file {@code $ref}s resolve exactly as a consumer's validator would resolve them. Format
 * assertions are on: a {@code date-time} that is not RFC 3339 is an error, not an annotation.
 */
final class ContractSchemas {

    /** The base of every schema's {@code $id}; the major version is part of it. */
    static final String BASE_ID = "https://newswire.io/schemas/v1/";
    static final Path SOURCE_DIR = Path.of("src/main/resources/schemas");

    static final String RAW_ARTICLE = "raw-article.json";
    static final String CLEAN_ARTICLE = "clean-article.json";
    static final String ARTICLE_EVENT = "article-event.json";
    static final String CLAIM = "claim.json";
    static final String ESTIMATE = "estimate.json";
    static final String DEAD_LETTER_HEADERS = "dead-letter-headers.json";
    static final List<String> ALL = List.of(RAW_ARTICLE, CLEAN_ARTICLE, ARTICLE_EVENT, CLAIM, ESTIMATE,
            DEAD_LETTER_HEADERS);

    /** Draft 2020-12, knowing our one annotation: {@code x-version} is the schema's full version, not a constraint. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new AnnotationKeyword("x-version")).build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE_ID, "classpath:schemas/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** The schema of one file, or of a definition inside it ({@code claim.json#/$defs/Party}). */
    static Schema schema(final String fileAndPointer) {
        return LOADED.computeIfAbsent(fileAndPointer, name -> {
            final Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE_ID + name));
            schema.initializeValidators();
            return schema;
        });
    }

    /** The errors of a JSON document against a schema, as readable lines; empty when it conforms. */
    static List<String> errors(final String fileAndPointer, final String json) {
        return schema(fileAndPointer).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /**
     * The errors of a JSON document against a schema given as text: for schemas that live outside the schema files,
     * such as the CloudEvents headers schema of docs/asyncapi.yaml. Same dialect and format assertions as above.
     */
    static List<String> errorsOfSchemaText(final String schema, final String json) {
        final Schema loaded = REGISTRY.getSchema(schema, InputFormat.JSON);
        loaded.initializeValidators();
        return loaded.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The errors of a schema document against the draft 2020-12 meta-schema. */
    static List<String> metaSchemaErrors(final String file) {
        return metaSchemaErrorsOfText(source(file));
    }

    static List<String> metaSchemaErrorsOfText(final String schema) {
        final Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return meta.validate(schema, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The text of a schema file as it is in the source tree (what the AsyncAPI document and consumers point at). */
    static String source(final String file) {
        try {
            return Files.readString(SOURCE_DIR.resolve(file));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
