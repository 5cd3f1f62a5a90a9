package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Origin;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The configuration files Spring Boot reads from inside the application: the base file every profile starts from
 * ({@code application.properties}, {@code application.yml}, {@code bootstrap.yaml}, and .NET's
 * {@code appsettings.json}, read the same way) and its profile files ({@code application-prod.yml},
 * {@code application-product.properties}, {@code appsettings.Staging.json}). A literal secret in the base file is the
 * value every environment gets unless its own profile overrides it (every developer's machine, every CI run, every
 * test); a literal secret in a profile file is the value that profile runs with. Both ship inside the artifact and
 * the repository, next to the code, unlike the environment and the secret store a deployment supplies. Stateless.
 */
final class BaseProfileFiles {

    private static final Set<String> BASE_NAMES = Set.of("application", "bootstrap", "appsettings");
    private static final List<String> EXTENSIONS = List.of(".properties", ".yml", ".yaml", ".json");
    private static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production", "prd", "live");
    private static final Set<String> PLATFORM_PROFILES = Set.of("aws", "gcp", "azure", "k8s", "kubernetes",
            "openshift", "heroku", "eks", "gke", "aks");
    private static final Set<String> DEPLOYED_PROFILES = union(PRODUCTION_PROFILES, PLATFORM_PROFILES);
    private static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "develop", "development", "local", "test",
            "testing", "ci", "demo", "sample", "example", "minikube", "kind");
    private static final Set<String> OTHER_STEMS = Set.of("appsettings", "config", "settings");
    private static final Set<String> ELIXIR_EXTENSION = Set.of("exs");
    /**
     * Stems of the configuration files client libraries read from the application's resources, one per environment
     * ({@code redisson-prod.yml}, {@code jdbc-prod.properties}, {@code kafka-production.properties}).
     */
    private static final Set<String> CLIENT_STEMS = Set.of("redisson", "redis", "jdbc", "db", "database", "datasource",
            "hibernate", "kafka", "mongo", "mongodb", "mail", "smtp", "rabbitmq", "mq", "elasticsearch", "ldap", "minio",
            "oss", "s3", "storage", "quartz", "druid", "c3p0", "hikari");
    private static final Set<String> CONFIGURATION_EXTENSIONS = Set.of("properties", "yml", "yaml", "json", "toml",
            "exs", "py", "ini", "conf", "cfg");

    private BaseProfileFiles() {
    }

    /**
     * What the rules read of a file's name, kept for the last file (compared by identity: the settings of a file share
     * its name, and the secrets gate asks these for each literal secret and connection string it reads), each fact
     * read on first use. Threads may overwrite each other's entry or read a fact twice; each reading is the same.
     */
    private static final class FileFacts {

        private static final byte UNREAD = 0;
        private static final byte NO = 1;
        private static final byte YES = 2;

        final String file;
        private volatile byte base;
        private volatile byte profile;
        private volatile byte productionProfile;

        FileFacts(String file) {
            this.file = file;
        }

        boolean base(Origin origin) {
            byte known = base;
            if (known == UNREAD) {
                known = readBase(origin) ? YES : NO;
                base = known;
            }
            return known == YES;
        }

        boolean profile(Origin origin) {
            byte known = profile;
            if (known == UNREAD) {
                known = readProfile(origin) ? YES : NO;
                profile = known;
            }
            return known == YES;
        }

        boolean productionProfile(Origin origin) {
            byte known = productionProfile;
            if (known == UNREAD) {
                known = readProductionProfile(origin) ? YES : NO;
                productionProfile = known;
            }
            return known == YES;
        }
    }

    private static volatile FileFacts lastFile = new FileFacts(new String());

    /**
     * The facts of a file origin's name, kept for the last file (its bounds are the file name's alone, see
     * {@link FileNameWords}); {@code null} for any other origin and for a file named like a process origin, whose
     * facts are read as asked.
     */
    private static @Nullable FileFacts facts(Origin origin) {
        String file = origin.file().orElse(null);
        if (file == null || file.startsWith("environment variable ") || file.startsWith("system property ")) {
            return null;
        }
        FileFacts last = lastFile;
        if (last.file != file) {
            last = new FileFacts(file);
            lastFile = last;
        }
        return last;
    }

    /** {@link #readBase}, kept for the last file. */
    static boolean isBase(Origin origin) {
        FileFacts facts = facts(origin);
        return facts != null ? facts.base(origin) : readBase(origin);
    }

    /** {@link #readProfile}, kept for the last file. */
    static boolean isProfile(Origin origin) {
        FileFacts facts = facts(origin);
        return facts != null ? facts.profile(origin) : readProfile(origin);
    }

    /** {@link #readProductionProfile}, kept for the last file. */
    static boolean isProductionProfile(Origin origin) {
        FileFacts facts = facts(origin);
        return facts != null ? facts.productionProfile(origin) : readProductionProfile(origin);
    }

    /**
     * Whether a setting comes from a profile-less base configuration file: the file name's last word before the
     * extension is {@code application}, {@code bootstrap} or {@code appsettings} ({@code application.yml},
     * {@code billing-application.properties}, {@code appsettings.json}).
     *
     * @param origin where the value came from
     * @return {@code true} for a base configuration file
     */
    private static boolean readBase(Origin origin) {
        List<String> words = configurationWords(origin);
        return !words.isEmpty() && BASE_NAMES.contains(words.get(words.size() - 1));
    }

    /**
     * Whether a setting comes from a profile file of the application's configuration: a word after
     * {@code application} or {@code bootstrap} in the file name names the profile ({@code application-prod.yml},
     * {@code billing-application-product.properties}).
     *
     * @param origin where the value came from
     * @return {@code true} for a profile file packaged with the application
     */
    private static boolean readProfile(Origin origin) {
        List<String> words = configurationWords(origin);
        for (int i = 0; i < words.size() - 1; i++) {
            if (BASE_NAMES.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a setting comes from a production configuration file that ships with the application: a Spring profile
     * file whose profile is production's ({@code application-prod.yml}, {@code application-production.properties},
     * {@code bootstrap-prd.yml}, {@code application-live.yaml}), or another framework's production file named by the
     * same convention of a configuration stem and the environment ({@code appsettings.Production.json} of .NET,
     * {@code config.prod.toml} or {@code config-production.json}, Django's {@code settings_production.py}) or by the
     * environment alone in an Elixir Mix configuration ({@code prod.exs}, {@code prod.secret.exs}). A Spring profile
     * named for the platform the application is deployed to ({@code application-aws.properties},
     * {@code application-k8s.yml}, {@code application-kubernetes.properties}, {@code application-gcp.yml},
     * {@code application-azure.properties}) is one too, unless a later word names a development setup
     * ({@code application-k8s-local.yml}, {@code application-kubernetes-minikube.yml}). So is a profile whose
     * production word follows a region or a service ({@code application-eu-prod.yml},
     * {@code application-us-east-1-production.properties}) when no word of it names a development setup
     * ({@code application-eu-prod-test.yml} is not). A literal secret
     * there is the very value production runs with, kept in the artifact and the repository. A dotenv file is never
     * one: {@code production.env} or {@code config.prod.env} on a server is the deployment's own secret store.
     *
     * @param origin where the value came from
     * @return {@code true} for a production configuration file
     */
    private static boolean readProductionProfile(Origin origin) {
        if (!FileNameWords.nameHasWord(origin, DEPLOYED_PROFILES)) {
            return false;
        }
        List<String> words = configurationWords(origin);
        for (int i = 0; i < words.size() - 1; i++) {
            if (BASE_NAMES.contains(words.get(i)) && (PRODUCTION_PROFILES.contains(words.get(i + 1))
                    || PLATFORM_PROFILES.contains(words.get(i + 1)) && !namesDevelopment(words, i + 2)
                    || namesProductionLater(words, i + 2) && !namesDevelopment(words, i + 1))) {
                return true;
            }
        }
        return isOtherProductionConfig(FileNameWords.fileName(origin));
    }

    /** Whether a production word stands at or after {@code from}: {@code application-eu-prod}, {@code -us-east-1-live}. */
    private static boolean namesProductionLater(List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            if (PRODUCTION_PROFILES.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesDevelopment(List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            if (DEVELOPMENT_PROFILES.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /**
     * Whether a file name (lower case) is another framework's production configuration file: a configuration stem
     * ({@code appsettings}, {@code config}, {@code settings}) or of a client library's file ({@code redisson},
     * {@code jdbc}, {@code kafka}, {@code db}…) directly followed by a production word that ends the name
     * ({@code config-production-checklist.md} is a document, not the configuration; {@code redisson-prod.yml} is),
     * a file named for production alone (Play's {@code production.conf}, a {@code prod.yml}), or an Elixir
     * {@code exs} file whose last words are {@code prod} or {@code prod.secret}. Extension words are dropped first,
     * so a file flattened to another format keeps its original name's words ({@code config.prod.toml.properties}).
     */
    static boolean isOtherProductionConfig(String name) {
        if (name.endsWith(".env") || name.startsWith(".env")) {
            return false;
        }
        List<String> words = FileNameWords.stemWords(name, CONFIGURATION_EXTENSIONS);
        int last = words.size() - 1;
        if (last > 0 && PRODUCTION_PROFILES.contains(words.get(last)) && OTHER_STEMS.contains(words.get(last - 1))) {
            return true;
        }
        if (last == 0 && PRODUCTION_PROFILES.contains(words.get(0))
                || last > 0 && PRODUCTION_PROFILES.contains(words.get(last)) && CLIENT_STEMS.contains(words.get(last - 1))) {
            return true;
        }
        if (!FileNameWords.hasWord(name, ELIXIR_EXTENSION)) {
            return false;
        }
        return "prod".equals(words.get(last))
                || last > 0 && "secret".equals(words.get(last)) && "prod".equals(words.get(last - 1));
    }

    private static List<String> configurationWords(Origin origin) {
        String extension = FileNameWords.nameSuffix(origin, EXTENSIONS);
        if (extension == null) {
            return List.of();
        }
        return FileNameWords.stemWords(FileNameWords.fileName(origin), Set.of(extension.substring(1)));
    }

    static SecretProblem packaged(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.packaged", shape,
                "is a literal secret in a profile file of the application's configuration, which ships inside the "
                        + "artifact and the repository: anyone with either can read it, and changing it takes a new "
                        + "build (" + SecretStrength.describe(shape) + ")",
                "Leave the key a `${...}` reference in the profile file and supply the value from the environment "
                        + "or your secret store; rotate this one, since it has been committed. "
                        + SecretStrength.remediation(purpose));
    }

    static SecretProblem packagedInConnection(String password) {
        SecretShape shape = SecretValues.shape(password);
        return new SecretProblem("secrets.packaged", shape,
                "carries a literal password in its connection string in a production configuration file, which ships "
                        + "inside the artifact and the repository: anyone with either can read the password production "
                        + "connects with (" + SecretStrength.describe(shape) + ")",
                "Write the password as a reference (`${DB_PASSWORD}`, an environment variable the platform sets, or "
                        + "your secret store) and rotate this one, since it has been committed. "
                        + SecretStrength.remediation(SecretPurpose.PASSWORD));
    }

    static SecretProblem shared(String value, SecretPurpose purpose) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.shared-default", shape,
                "is a literal secret in the application's base configuration file, which ships inside the "
                        + "artifact and the repository: anyone with either can read it, and unless a profile overrides "
                        + "it every environment (developer machines, tests, CI) shares the value production uses ("
                        + SecretStrength.describe(shape) + ")",
                "Leave the key empty or a `${...}` reference in the base file and supply the production value from "
                        + "the environment or your secret store; rotate this one if it ever served in production. "
                        + SecretStrength.remediation(purpose));
    }
}
