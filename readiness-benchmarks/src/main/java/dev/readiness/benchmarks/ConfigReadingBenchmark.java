package dev.readiness.benchmarks;

import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading configuration as the CLI does: a Spring Boot YAML file (nested keys, lists, placeholders with defaults)
 * and a multi-document Kubernetes manifest (one Secret, one ConfigMap, one Deployment with a long env list), at 1 MB
 * and 10 MB, to show the time is linear in the size. One full read per operation: YAML parse, flattening,
 * placeholder resolution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class ConfigReadingBenchmark {

    @Param({"1", "10"})
    int megabytes;

    private String yaml;
    private String manifest;

    @Setup
    public void setUp() {
        int size = megabytes * 1024 * 1024;
        StringBuilder text = new StringBuilder(size + 1024);
        for (int i = 0; text.length() < size; i++) {
            text.append(String.format(Locale.ROOT, """
                    service%d:
                      url: https://api-%d.internal:8443/v1
                      timeout: 30s
                      hosts: [a%d.internal, b%d.internal]
                      secret: ${SERVICE_%d_SECRET:changeme-%d}
                    """, i, i, i, i, i, i));
        }
        yaml = text.toString();
        StringBuilder k8s = new StringBuilder(size + 1024);
        k8s.append("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata:\n");
        int keys = size / 2 / 48;
        for (int i = 0; i < keys; i++) {
            k8s.append("  KEY_").append(i).append(": https://svc-").append(i).append(".internal/v1\n");
        }
        k8s.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n"
                + "    spec:\n      containers:\n        - name: api\n          envFrom: [{configMapRef: {name: app}}]\n"
                + "          env:\n");
        for (int i = 0; k8s.length() < size; i++) {
            k8s.append("            - name: VAR_").append(i).append("\n              value: value-").append(i)
                    .append('\n');
        }
        manifest = k8s.toString();
    }

    @Benchmark
    public Settings readSpringBootYaml() {
        return ApplicationConfig.builder().configText("application.yml", yaml).build().settings();
    }

    @Benchmark
    public Settings readKubernetesManifest() {
        return ApplicationConfig.builder().kubernetes("deploy.yaml", manifest, null).build().settings();
    }
}
