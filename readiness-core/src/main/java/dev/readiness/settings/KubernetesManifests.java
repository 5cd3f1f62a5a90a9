package dev.readiness.settings;

import dev.readiness.settings.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a Kubernetes deploy injects into one container: its {@code env} ({@code value},
 * {@code valueFrom.configMapKeyRef}, {@code valueFrom.secretKeyRef}) and {@code envFrom} ({@code configMapRef},
 * {@code secretRef}, with {@code prefix}), looked up in the ConfigMaps and Secrets of the same input ({@code data}
 * base64-decoded for Secrets, {@code stringData} winning), of the workload's namespace (an object without one is
 * in the namespace the input is applied to). Workloads: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
 * CronJob, and any other object with a pod template at {@code spec.template.spec} (an Argo Rollout, an OpenShift
 * DeploymentConfig, a Knative Service), also inside a {@code List}. Origins are the manifest's {@code file:line}. A reference to
 * a ConfigMap or Secret that is not in the input becomes a {@linkplain Setting#isDeferred() deferred} setting: it is
 * resolved at deploy. The Secret and ConfigMap volumes the container mounts ({@code volumeMounts} of {@code secret},
 * {@code configMap} and {@code projected} volumes, with {@code items} and {@code subPath}) are read too, as the files
 * they put in the container, so that a {@code configtree:} import of the mount's directory is judged.
 */
final class KubernetesManifests {

    /**
     * A file a Secret or ConfigMap volume puts in the container.
     *
     * @param path the file's absolute path in the container
     * @param value its content
     * @param origin the Secret's or ConfigMap's key in the manifest, and the mount that puts it there
     */
    record MountedFile(String path, String value, Origin origin) {
    }

    /**
     * What a deploy gives one container.
     *
     * @param environment its environment variables
     * @param files the files its Secret and ConfigMap volumes mount
     */
    record Injected(List<Setting> environment, List<MountedFile> files) {
    }

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "ReplicationController");

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private record Entry(String value, int line) {
    }

    private record Container(String name, String workload, YamlNode.Mapping spec, YamlNode.Mapping podSpec,
            String namespace) {
    }

    private final String file;
    /** By name, then namespace ({@code ""} for none), each namespace's last object of that name. */
    private final Map<String, Map<String, Map<String, Entry>>> configMaps = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Entry>>> secrets = new LinkedHashMap<>();
    private final List<Container> containers = new ArrayList<>();
    /** Chosen by name only: a pod's one container is what serves, its init containers run before it. */
    private final List<Container> initContainers = new ArrayList<>();
    private int objects;
    private boolean kustomization;

    private KubernetesManifests(String file) {
        this.file = file;
    }

    static List<Setting> read(String file, String text, @Nullable String container) {
        return readInjected(file, text, container).environment();
    }

    /**
     * Reads the environment and the mounted files of one container.
     *
     * @param file the name to print in origins
     * @param text the manifests
     * @param container the container, or {@code null} when the input has one
     * @return what the deploy gives the container
     */
    static Injected readInjected(String file, String text, @Nullable String container) {
        TextContent.checkText(file, text);
        List<YamlNode> documents = ConfigFiles.yamlDocuments(file, text, "YAML manifest");
        KubernetesManifests manifests = new KubernetesManifests(file);
        int index = 0;
        for (YamlNode document : documents) {
            index++;
            manifests.object(document, index);
        }
        Container chosen = manifests.choose(container);
        return new Injected(manifests.environment(chosen), manifests.mountedFiles(chosen));
    }

    private void object(YamlNode node, int index) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return;
        }
        objects++;
        if (!(node instanceof YamlNode.Mapping object) || object.text("kind") == null) {
            throw new SettingsFileException(file, node.line(), "document " + index + " is not a Kubernetes object"
                    + " (a mapping with apiVersion and kind)");
        }
        String kind = object.text("kind");
        String name = metadataName(object);
        if (kind.equals("Kustomization") || kind.equals("Component")
                && String.valueOf(object.text("apiVersion")).startsWith("kustomize.config.k8s.io/")) {
            kustomization = true;
        }
        switch (kind) {
            case "List" -> {
                if (object.get("items") instanceof YamlNode.Sequence items) {
                    items.items().forEach(item -> object(item, index));
                }
            }
            case "ConfigMap" -> put(configMaps, object, data(object, "data", false));
            case "Secret" -> {
                Map<String, Entry> data = data(object, "data", true);
                data.putAll(data(object, "stringData", false));
                put(secrets, object, data);
            }
            case "Pod" -> containers(kind + " " + name, namespace(object), object.get("spec"));
            case "CronJob" -> containers(kind + " " + name, namespace(object), path(object, "spec", "jobTemplate",
                    "spec", "template", "spec"));
            default -> {
                // thirty-ninth pass: an Argo Rollout or a Knative Service beside a Redis Deployment was skipped, and
                // the Redis container judged as the service's
                YamlNode template = path(object, "spec", "template", "spec");
                if (WORKLOADS.contains(kind) || template instanceof YamlNode.Mapping podSpec
                        && podSpec.get("containers") instanceof YamlNode.Sequence) {
                    containers(kind + " " + name, namespace(object), template);
                }
            }
        }
    }

    private static String namespace(YamlNode.Mapping object) {
        String namespace = object.get("metadata") instanceof YamlNode.Mapping metadata ? metadata.text("namespace")
                : null;
        return namespace == null ? "" : namespace.strip();
    }

    private static void put(Map<String, Map<String, Map<String, Entry>>> objects, YamlNode.Mapping object,
            Map<String, Entry> data) {
        Map<String, Map<String, Entry>> byNamespace = objects.computeIfAbsent(metadataName(object),
                name -> new LinkedHashMap<>());
        String namespace = namespace(object);
        byNamespace.remove(namespace); // the last of the name in the input, as the last applied wins
        byNamespace.put(namespace, data);
    }

    /**
     * The object a workload of that namespace finds by that name: the one of its namespace, else one without a
     * namespace (applied to the same namespace as the workload); for a workload without a namespace, one without a
     * namespace, else the last of that name. An object of another namespace only is not in the input.
     */
    private static @Nullable Map<String, Entry> find(Map<String, Map<String, Map<String, Entry>>> objects,
            @Nullable String name, String namespace) {
        Map<String, Map<String, Entry>> byNamespace = name == null ? null : objects.get(name);
        if (byNamespace == null) {
            return null;
        }
        Map<String, Entry> found = byNamespace.get(namespace);
        if (found == null) {
            found = byNamespace.get("");
        }
        if (found == null && namespace.isEmpty()) {
            for (Map<String, Entry> any : byNamespace.values()) {
                found = any;
            }
        }
        return found;
    }

    private static String metadataName(YamlNode.Mapping object) {
        String name = object.get("metadata") instanceof YamlNode.Mapping metadata ? metadata.text("name") : null;
        return name == null ? "(unnamed)" : name;
    }

    private static @Nullable YamlNode path(YamlNode node, String... keys) {
        YamlNode current = node;
        for (String key : keys) {
            if (!(current instanceof YamlNode.Mapping mapping)) {
                return null;
            }
            current = mapping.get(key);
        }
        return current;
    }

    private void containers(String workload, String namespace, @Nullable YamlNode podSpec) {
        if (podSpec instanceof YamlNode.Mapping spec) {
            for (YamlNode item : list(spec, "containers", "containers of " + workload)) {
                if (!(item instanceof YamlNode.Mapping container)) {
                    throw new SettingsFileException(file, item.line(), "a container of " + workload
                            + " is not a mapping; Kubernetes refuses it");
                }
                String name = container.text("name");
                containers.add(new Container(name == null ? "(unnamed)" : name, workload, container, spec,
                        namespace));
            }
            // forty-fourth pass: --container naming an init container (a migration with the database password)
            // was exit 2, so its environment could not be judged at all
            if (spec.get("initContainers") instanceof YamlNode.Sequence init) {
                for (YamlNode item : init.items()) {
                    if (item instanceof YamlNode.Mapping container && container.text("name") != null) {
                        initContainers.add(new Container(container.text("name"), workload, container, spec,
                                namespace));
                    }
                }
            }
        }
    }

    /**
     * The list under {@code field}, empty when absent or null; a mapping or a single value there is refused, as the
     * Kubernetes API refuses it, rather than skipped: skipping would judge the container without those settings.
     */
    private List<YamlNode> list(YamlNode.Mapping parent, String field, String what) {
        YamlNode node = parent.get(field);
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return List.of();
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        throw new SettingsFileException(file, node.line(), what + " is " + shape(node)
                + ", not a list; Kubernetes refuses it");
    }

    private static String shape(YamlNode node) {
        return node instanceof YamlNode.Mapping ? "a mapping" : node instanceof YamlNode.Sequence ? "a list"
                : "a single value";
    }

    private Map<String, Entry> data(YamlNode.Mapping object, String field, boolean base64) {
        Map<String, Entry> data = new LinkedHashMap<>();
        YamlNode fieldNode = object.get(field);
        if (fieldNode != null && !(fieldNode instanceof YamlNode.Mapping)
                && !(fieldNode instanceof YamlNode.Scalar scalar && scalar.value() == null)) {
            throw new SettingsFileException(file, fieldNode.line(), field + " of " + object.text("kind") + " "
                    + metadataName(object) + " is " + shape(fieldNode) + ", not a mapping; Kubernetes refuses it");
        }
        if (fieldNode instanceof YamlNode.Mapping entries) {
            entries.entries().forEach((key, node) -> {
                if (!(node instanceof YamlNode.Scalar)) {
                    throw new SettingsFileException(file, node.line(), "key " + key + " of " + object.text("kind")
                            + " " + metadataName(object) + " is " + shape(node) + ", not a single value;"
                            + " Kubernetes refuses it");
                }
                String value = node instanceof YamlNode.Scalar scalar && scalar.value() != null ? scalar.value() : "";
                if (base64) {
                    try {
                        value = new String(Base64.getDecoder().decode(WHITESPACE.matcher(value).replaceAll("")), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException invalid) {
                        throw new SettingsFileException(file, node.line(), "key " + key + " of Secret "
                                + metadataName(object) + " is not valid base64; Kubernetes refuses it");
                    }
                }
                data.put(key, new Entry(value, node.line()));
            });
        }
        return data;
    }

    private @Nullable Container choose(@Nullable String wanted) {
        if (containers.isEmpty()) {
            throw new SettingsFileException(file, 0, noWorkload(wanted));
        }
        if (wanted != null) {
            return containers.stream().filter(container -> container.name().equals(wanted)).findFirst()
                    .or(() -> initContainers.stream().filter(container -> container.name().equals(wanted))
                            .findFirst())
                    .orElseThrow(() -> new SettingsFileException(file, 0, "has no container named " + wanted
                            + "; its containers: " + names() + (initContainers.isEmpty() ? ""
                                    : "; its init containers: " + names(initContainers))));
        }
        if (containers.size() > 1) {
            throw new SettingsFileException(file, 0, "has " + containers.size() + " containers (" + names()
                    + "); choose one by name (the CLI's --container NAME, the Maven goal's <container>)");
        }
        return containers.get(0);
    }

    /**
     * Why an input without containers is refused rather than judged as nothing to find: an empty input is what a
     * failed {@code helm template | …} pipes in, and the ConfigMaps and Secrets of a file are read only for the
     * container of the same input.
     */
    private String noWorkload(@Nullable String wanted) {
        if (objects == 0) {
            return "has no Kubernetes object (empty input; did the command that renders the manifests fail?)";
        }
        String missing = wanted != null ? "has no container named " + wanted + " (no workload at all)"
                : "has no workload with a container (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod)";
        if (kustomization && wanted == null) {
            // thirty-fourth pass: a newcomer gave the production overlay's kustomization.yaml itself
            int slash = file.lastIndexOf('/');
            String directory = slash < 0 ? "." : slash == 0 ? "/" : file.substring(0, slash);
            return missing + ": a Kustomization names the manifests and patches, it holds no workload; render it and"
                    + " give the result (kubectl kustomize " + directory + " | … --k8s -)";
        }
        return missing + ": nothing to judge; give the workload with its ConfigMaps and Secrets in one input";
    }

    private String names() {
        return names(containers);
    }

    private static String names(List<Container> containers) {
        List<String> names = new ArrayList<>();
        containers.stream().limit(10).forEach(container -> names.add(container.name() + " in "
                + container.workload()));
        return String.join(", ", names) + (containers.size() > 10 ? ", …" : "");
    }

    private List<Setting> environment(@Nullable Container container) {
        List<Setting> settings = new ArrayList<>();
        if (container == null) {
            return settings;
        }
        String of = " of container " + container.name();
        List<YamlNode> sources = list(container.spec(), "envFrom", "envFrom" + of);
        for (int i = 0; i < sources.size(); i++) {
            if (!(sources.get(i) instanceof YamlNode.Mapping from)) {
                throw new SettingsFileException(file, sources.get(i).line(), "envFrom[" + i + "]" + of
                        + " is not a mapping with a configMapRef or secretRef; Kubernetes refuses it");
            }
            String prefix = from.text("prefix") == null ? "" : from.text("prefix");
            reference(from, "configMapRef", "ConfigMap", configMaps, container.namespace(), prefix, settings);
            reference(from, "secretRef", "Secret", secrets, container.namespace(), prefix, settings);
        }
        Map<String, String> defined = new LinkedHashMap<>();
        settings.forEach(setting -> defined.put(setting.key(), setting.value()));
        // an envFrom object not in the input may define any name; a valueFrom not in the input defines its own at deploy
        boolean anyName = settings.stream().anyMatch(Setting::isDeferred);
        Set<String> atDeploy = new java.util.HashSet<>();
        List<YamlNode> variables = list(container.spec(), "env", "env" + of);
        for (int i = 0; i < variables.size(); i++) {
            String where = "env[" + i + "]";
            if (!(variables.get(i) instanceof YamlNode.Mapping variable)) {
                throw new SettingsFileException(file, variables.get(i).line(), where + of
                        + " is not a mapping with a name; Kubernetes refuses it");
            }
            if (variable.text("name") == null) {
                throw new SettingsFileException(file, variable.line(), where + of + " has no name; Kubernetes"
                        + " refuses it");
            }
            YamlNode value = variable.get("value");
            if (value != null && !(value instanceof YamlNode.Scalar)) {
                throw new SettingsFileException(file, value.line(), where + of + " is " + shape(value)
                        + ", not a single value; Kubernetes refuses it");
            }
            YamlNode valueFrom = variable.get("valueFrom");
            if (valueFrom != null && !(valueFrom instanceof YamlNode.Mapping)
                    && !(valueFrom instanceof YamlNode.Scalar scalar && scalar.value() == null)) {
                throw new SettingsFileException(file, valueFrom.line(), where + ".valueFrom" + of
                        + " is not a mapping; Kubernetes refuses it");
            }
            Setting setting = variable(variable, container.namespace(), defined);
            String literal = anyName || setting.isDeferred() || !(value instanceof YamlNode.Scalar written)
                    || written.value() == null ? "" : undefinedReferences(written.value(), defined, atDeploy);
            if (!literal.isEmpty()) {
                // session 40: Kubernetes leaves a $(NAME) that no earlier variable defines as text, so the container
                // gets "$(db_password)" as its password; the gates take every $(NAME) for a value filled at start
                setting = Setting.unresolved(setting.key(), setting.value(), setting.origin(), literal);
            }
            settings.add(setting);
            if (!setting.isDeferred()) {
                defined.put(setting.key(), setting.value());
            } else {
                atDeploy.add(variable.text("name"));
            }
        }
        return settings;
    }

    /**
     * The files the container's Secret and ConfigMap volumes put in it, as the kubelet writes them: every key of the
     * object at {@code mountPath/key}, or only the {@code items} at {@code mountPath/path}; with {@code subPath}, the
     * one file at that path of the volume, at {@code mountPath}. A volume whose object is not in the input gives
     * nothing (its content is known at deploy); a malformed volume is left to the environment's checks, not refused.
     */
    private List<MountedFile> mountedFiles(@Nullable Container container) {
        List<MountedFile> files = new ArrayList<>();
        if (container == null || !(container.spec().get("volumeMounts") instanceof YamlNode.Sequence mounts)
                || !(container.podSpec().get("volumes") instanceof YamlNode.Sequence volumeList)) {
            return files;
        }
        Map<String, YamlNode.Mapping> volumes = new LinkedHashMap<>();
        for (YamlNode item : volumeList.items()) {
            if (item instanceof YamlNode.Mapping volume && volume.text("name") != null) {
                volumes.put(volume.text("name"), volume);
            }
        }
        for (YamlNode item : mounts.items()) {
            if (!(item instanceof YamlNode.Mapping mount) || mount.text("mountPath") == null) {
                continue;
            }
            YamlNode.Mapping volume = volumes.get(mount.text("name"));
            if (volume == null) {
                continue;
            }
            String mountPath = mount.text("mountPath");
            int mountLine = mount.get("mountPath").line();
            String subPath = mount.text("subPath");
            for (VolumeFile content : volumeFiles(volume, container.namespace())) {
                String path;
                if (subPath != null && !subPath.isEmpty()) {
                    if (!content.path().equals(subPath)) {
                        continue;
                    }
                    path = mountPath;
                } else {
                    path = mountPath.endsWith("/") ? mountPath + content.path() : mountPath + "/" + content.path();
                }
                files.add(new MountedFile(path, content.entry().value(), Origin.of(file + ":"
                        + content.entry().line() + " (" + content.object() + " key " + content.key()
                        + ", mounted at " + path + " by the volumeMount at " + file + ":" + mountLine + ")")));
            }
        }
        return files;
    }

    private record VolumeFile(String path, String key, String object, Entry entry) {
    }

    private List<VolumeFile> volumeFiles(YamlNode.Mapping volume, String namespace) {
        List<VolumeFile> content = new ArrayList<>();
        if (volume.get("secret") instanceof YamlNode.Mapping secret) {
            projection(secret, "secretName", "Secret", secrets, namespace, content);
        }
        if (volume.get("configMap") instanceof YamlNode.Mapping configMap) {
            projection(configMap, "name", "ConfigMap", configMaps, namespace, content);
        }
        if (volume.get("projected") instanceof YamlNode.Mapping projected
                && projected.get("sources") instanceof YamlNode.Sequence sources) {
            for (YamlNode source : sources.items()) {
                if (source instanceof YamlNode.Mapping mapping) {
                    if (mapping.get("secret") instanceof YamlNode.Mapping secret) {
                        projection(secret, "name", "Secret", secrets, namespace, content);
                    }
                    if (mapping.get("configMap") instanceof YamlNode.Mapping configMap) {
                        projection(configMap, "name", "ConfigMap", configMaps, namespace, content);
                    }
                }
            }
        }
        return content;
    }

    private static void projection(YamlNode.Mapping source, String nameField, String kind,
            Map<String, Map<String, Map<String, Entry>>> objects, String namespace, List<VolumeFile> content) {
        String name = source.text(nameField);
        Map<String, Entry> data = find(objects, name, namespace);
        if (data == null) {
            return;
        }
        String object = kind + " " + name;
        if (source.get("items") instanceof YamlNode.Sequence items && !items.items().isEmpty()) {
            for (YamlNode item : items.items()) {
                if (item instanceof YamlNode.Mapping keyToPath && keyToPath.text("key") != null
                        && data.containsKey(keyToPath.text("key"))) {
                    String path = keyToPath.text("path") == null ? keyToPath.text("key") : keyToPath.text("path");
                    content.add(new VolumeFile(path, keyToPath.text("key"), object,
                            data.get(keyToPath.text("key"))));
                }
            }
            return;
        }
        data.forEach((key, entry) -> content.add(new VolumeFile(key, key, object, entry)));
    }

    private void reference(YamlNode.Mapping from, String field, String kind,
            Map<String, Map<String, Map<String, Entry>>> objects, String namespace, String prefix,
            List<Setting> settings) {
        if (!(from.get(field) instanceof YamlNode.Mapping reference)) {
            return;
        }
        String name = reference.text("name");
        Map<String, Entry> data = find(objects, name, namespace);
        if (data == null) {
            settings.add(Setting.deferred("envFrom." + field + "." + name, "", Origin.file(file, from.line()),
                    kind + " " + name + ", which is not in the input, at deploy"));
            return;
        }
        data.forEach((key, entry) -> settings.add(Setting.of(prefix + key, entry.value(),
                Origin.describedIn(file + ":" + entry.line() + " (" + kind + " " + name + ", envFrom at " + file + ":"
                        + from.line() + ")", file))));
    }

    private Setting variable(YamlNode.Mapping variable, String namespace, Map<String, String> defined) {
        String name = variable.text("name");
        YamlNode value = variable.get("value");
        if (variable.get("valueFrom") instanceof YamlNode.Mapping from) {
            for (String[] kind : new String[][] {{"configMapKeyRef", "ConfigMap"}, {"secretKeyRef", "Secret"}}) {
                if (from.get(kind[0]) instanceof YamlNode.Mapping reference) {
                    String object = reference.text("name");
                    String key = reference.text("key");
                    Map<String, Entry> data = find(kind[1].equals("Secret") ? secrets : configMaps, object, namespace);
                    Entry entry = data == null || key == null ? null : data.get(key);
                    if (entry == null && "true".equalsIgnoreCase(reference.text("optional"))) {
                        // forty-fourth pass: an optional key the input does not hold may be missing at deploy, and
                        // the kubelet then starts the container without the variable, so the application's own
                        // value or ${NAME:default} is what runs; a deferred NAME hid both. The notice keeps its own
                        // key, which shadows nothing.
                        return Setting.deferred(name + "[optional]", "", Origin.file(file, reference.line()),
                                "key " + key + " of " + kind[1] + " " + object + ", which is not in the input, at"
                                        + " deploy (optional: where it is missing the container starts without "
                                        + name + ", so the application's own value for it is judged too)");
                    }
                    if (entry == null) {
                        return Setting.deferred(name, "", Origin.file(file, reference.line()), "key " + key + " of "
                                + kind[1] + " " + object + ", which is not in the input, at deploy");
                    }
                    return Setting.of(name, entry.value(), Origin.describedIn(file + ":" + entry.line() + " ("
                            + kind[1] + " " + object + " key " + key + ", for env " + name + " at " + file + ":"
                            + variable.line() + ")", file));
                }
            }
            return Setting.deferred(name, "", Origin.file(file, from.line()), "the pod's own fields at deploy");
        }
        String text = value instanceof YamlNode.Scalar scalar && scalar.value() != null ? scalar.value() : "";
        int line = value == null ? variable.line() : value.line();
        return Setting.inFile(name, dependent(text, defined), file, line, 0);
    }

    /**
     * The names of the {@code $(NAME)} references in a written value that nothing defines when the container starts,
     * comma-separated, or empty: not a variable before it ({@code defined}), nor one only known at deploy
     * ({@code atDeploy}), nor one of the names a Service's links inject ({@code …_SERVICE_HOST}, {@code …_PORT…}).
     * Kubernetes leaves such a reference in the value as written.
     */
    private static String undefinedReferences(String text, Map<String, String> defined, Set<String> atDeploy) {
        List<String> names = new ArrayList<>(1);
        int i = text.indexOf("$(");
        while (i >= 0) {
            if (i > 0 && text.charAt(i - 1) == '$') {
                i = text.indexOf("$(", i + 2);
                continue;
            }
            int close = text.indexOf(')', i + 2);
            if (close < 0) {
                break;
            }
            String name = text.substring(i + 2, close);
            if (isReferenceName(name) && !defined.containsKey(name) && !atDeploy.contains(name)
                    && name.indexOf("_SERVICE_") < 0 && name.indexOf("_PORT") < 0 && !names.contains(name)) {
                names.add(name);
            }
            i = text.indexOf("$(", close + 1);
        }
        return String.join(", ", names);
    }

    /** A name as a reference writes it: a letter or {@code _}, then letters, digits, {@code _}, {@code -}, {@code .}. */
    private static boolean isReferenceName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Kubernetes' {@code $(VAR)} expansion from variables defined before; {@code $$(VAR)} stays literal. */
    private static String dependent(String text, Map<String, String> defined) {
        if (text.indexOf("$(") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$$(", i)) {
                out.append("$(");
                i += 3;
                continue;
            }
            int close = text.startsWith("$(", i) ? text.indexOf(')', i + 2) : -1;
            if (close > 0 && defined.containsKey(text.substring(i + 2, close))) {
                out.append(defined.get(text.substring(i + 2, close)));
                i = close + 1;
                continue;
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }
}
