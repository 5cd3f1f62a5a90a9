package dev.readiness.junit;

import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waivers;
import dev.readiness.gates.tenant.ClassFileTypes;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.render.ProblemList;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs the check of a {@link ProductionConfigCheck} method before the method, fails it with the numbered problems
 * when the report blocks, and hands the {@link Report} to a method parameter of that type. Stateless; thread-safe.
 */
public final class ProductionConfigExtension implements BeforeTestExecutionCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ProductionConfigExtension.class);

    /** For JUnit. */
    public ProductionConfigExtension() {
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        Report report = report(context);
        if (report.blocks()) {
            throw new AssertionError(ProblemList.withRemediation(report));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Report.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return report(context);
    }

    private static Report report(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Report report = store.get(Report.class, Report.class);
        if (report == null) {
            ProductionConfigCheck check = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(),
                    ProductionConfigCheck.class).orElseThrow(() -> new ExtensionConfigurationException(
                    "ProductionConfigExtension needs a method annotated with @ProductionConfigCheck"));
            report = judge(check);
            store.put(Report.class, report);
        }
        return report;
    }

    static Report judge(ProductionConfigCheck check) {
        Stage stage;
        Status failOn = null;
        try {
            stage = Stage.parse(check.stage());
            if (!check.failOn().isBlank()) {
                failOn = Status.parse(check.failOn());
            }
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@ProductionConfigCheck: " + e.getMessage(), e);
        }
        if (failOn == Status.GO) {
            throw new ExtensionConfigurationException(
                    "@ProductionConfigCheck: failOn must be no-go or warn, but was '" + check.failOn() + "'");
        }
        Settings settings;
        try {
            ApplicationConfig.Builder config = ApplicationConfig.builder()
                    .application(Path.of(check.application()))
                    .profiles(check.profiles());
            for (String envFile : check.envFile()) {
                config.envFile(Path.of(envFile));
            }
            settings = config.build().settings();
        } catch (SettingsFileException | IllegalArgumentException e) {
            throw new AssertionError("readiness cannot judge the configuration: " + e.getMessage(), e);
        }
        Policy.Builder policy = Policy.builder();
        try {
            policy.waivers(Waivers.fromSettings(settings));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("readiness cannot judge the configuration: " + e.getMessage(), e);
        }
        if (failOn != null) {
            policy.failOn(failOn);
        }
        Readiness.Builder readiness = Readiness.builder().stage(stage).settings(settings).policy(policy.build())
                .gates(Gates.discover());
        try {
            ClassFileTypes.read(Path.of(check.application()), settings)
                    .ifPresent(types -> readiness.fact(PersistentTypes.class, types));
        } catch (SettingsFileException e) {
            throw new AssertionError("readiness cannot judge the entities: " + e.getMessage(), e);
        }
        return readiness.build().run();
    }
}
