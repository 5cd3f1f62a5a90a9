package dev.readiness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md, checked on readiness-core's compiled classes: no Spring; no runtime dependency
 * beyond slf4j and the declared optional libraries; the engine itself works without the optional ones; nothing
 * writes to standard output or error.
 */
class ArchitectureTests {

    /** Packages core may use at all: the JDK, itself, slf4j, and its optional dependencies. */
    static final String[] ALLOWED_PACKAGES = {
            "java..", "dev.readiness..", "org.slf4j..", "org.jspecify.annotations..",
            "tools.jackson..", "com.nulabinc.zxcvbn..", "org.yaml.snakeyaml..", "jakarta.validation..",
            "com.tngtech.archunit..", "org.objectweb.asm.."};

    /** The engine (API, settings, runner, test kit) must load without any optional dependency present. */
    static final String[] ENGINE_PACKAGES = {
            "dev.readiness", "dev.readiness.settings", "dev.readiness.internal", "dev.readiness.testkit"};

    static final ArchRule NO_SPRING = noClasses().that().resideInAPackage("dev.readiness..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("readiness-core never depends on Spring; readiness-spring adapts it");

    static final ArchRule ONLY_DECLARED_DEPENDENCIES = classes().that().resideInAPackage("dev.readiness..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ALLOWED_PACKAGES)
            .because("readiness-core depends at runtime on slf4j-api alone; anything else must be a declared"
                    + " optional dependency (jackson-core, zxcvbn, Bean Validation, ArchUnit, ASM)");

    static final ArchRule ENGINE_WITHOUT_OPTIONALS = classes().that().resideInAnyPackage(ENGINE_PACKAGES)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.readiness..", "org.slf4j..",
                    "org.jspecify.annotations..")
            .because("the engine must run when none of the optional dependencies is on the class path");

    static final ArchRule NO_STANDARD_STREAMS = noClasses().that().resideInAPackage("dev.readiness..")
            .and().doNotHaveFullyQualifiedName(GateOutput.class.getName())
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only readiness-cli writes to standard output; core logs through slf4j or returns text"
                    + " (GateOutput replaces System.out and System.err while gates run, to scrub what they print,"
                    + " and writes to neither; after a check whose gates left threads running, it keeps a filter in"
                    + " place that drops what they print)");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.readiness");
    }

    @Test
    void coreShouldNotDependOnSpring() {
        NO_SPRING.check(core);
    }

    @Test
    void coreShouldDependOnlyOnTheJdkSlf4jAndItsOptionalDependencies() {
        ONLY_DECLARED_DEPENDENCIES.check(core);
    }

    @Test
    void engineShouldNotNeedAnyOptionalDependency() {
        ENGINE_WITHOUT_OPTIONALS.check(core);
    }

    @Test
    void coreShouldNotWriteToStandardOutputOrError() {
        NO_STANDARD_STREAMS.check(core);
    }

    /** Classes that break each rule, to prove the rules can fail. */
    static final class Offender {
        Object spring() throws ClassNotFoundException {
            return Class.forName("x");
        }

        void print() {
            System.out.println("not allowed in core");
        }

        Object hardDependency() {
            return new org.assertj.core.api.Condition<>();
        }
    }

    @Test
    void rulesShouldCatchAHardDependencyAndStandardOutput() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);

        assertThatThrownBy(() -> ONLY_DECLARED_DEPENDENCIES.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.assertj");
        assertThatThrownBy(() -> NO_STANDARD_STREAMS.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("System.out");
    }
}
