package newswire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md that a compiler does not check. */
class ArchitectureTest {

    /** The business logic: plain Java, testable and reusable without a broker. */
    private static final String[] BUSINESS = {"newswire.model..", "newswire.clean..", "newswire.extract..",
            "newswire.enrich..", "newswire.estimate..", "newswire.pipeline..", "newswire.ingest..", "newswire.text.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("newswire");

    @Test
    void businessPackagesUseNoKafkaType() {
        noClasses().that().resideInAnyPackage(BUSINESS)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
                .because("the business logic is plain Java: Kafka belongs to topology, runtime and the commands")
                .check(MAIN);
    }

    @Test
    void serdesLiveInTheSerdePackage() {
        classes().that().implement(Serde.class).or().implement(Serializer.class).or().implement(Deserializer.class)
                // The dedupe's frame serde moves with the rest of the dedupe (issue 17); it is not Newswire's JSON.
                .and().doNotHaveSimpleName("EventFrameSerde")
                .should().resideInAPackage("newswire.serde")
                .because("one serde mechanism, in one place")
                .check(MAIN);
    }
}
