package dev.readiness.gates.internal;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Files whose name says they are production's configuration ({@code application-prod.properties},
 * {@code appsettings.Production.json}, {@code .env.production}, {@code deploy/prod.env},
 * {@code application-live.yml}, {@code application-prd.properties}, the examples of such a file
 * {@code application-prod-example.properties}). A database on the local machine in such a file was written for the
 * production deployment itself, so a development value there (a database on the local machine with no local proxy
 * switched on, a browser origin on localhost) has no development profile to excuse it. A name that also names a
 * development or test profile ({@code application-prod-local.yml}) is not one. Read only once a rule has found such
 * a value: it splits the file name. Stateless.
 */
public final class EnvironmentFiles {

    private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd", "live");
    private static final Set<String> DEPLOYED = Set.of("prod", "production", "prd", "live", "staging", "stage",
            "stg", "preprod", "uat");
    private static final Set<String> DEVELOPMENT = Set.of("dev", "develop", "development", "local", "test",
            "testing", "ci");

    private EnvironmentFiles() {
    }

    /**
     * The name of the setting's file when that name says production, or {@code null}.
     *
     * @param setting the setting whose origin names its file
     * @return the file name, or {@code null}
     */
    public static @Nullable String production(Setting setting) {
        return nameWith(setting.origin(), PRODUCTION);
    }

    /**
     * The name of the file an origin names when that name says production, or {@code null}: for a finding, which
     * keeps its setting's origin.
     *
     * @param origin the origin that names its file
     * @return the file name, or {@code null}
     */
    public static @Nullable String production(Origin origin) {
        return nameWith(origin, PRODUCTION);
    }

    /**
     * The name of the setting's file when that name says production or a pre-production environment deployed like
     * it ({@code .env.staging}, {@code application-uat.yml}), or {@code null}.
     *
     * @param setting the setting whose origin names its file
     * @return the file name, or {@code null}
     */
    public static @Nullable String deployed(Setting setting) {
        return nameWith(setting.origin(), DEPLOYED);
    }

    /**
     * The name of the setting's file when that name says a developer's environment ({@code .env.development},
     * {@code application-local.properties}, {@code env-devel}, {@code local-vars.env}) and no deployed one, or
     * {@code null}: judged for production, such a file's database on the local machine is the developer's own.
     *
     * @param setting the setting whose origin names its file
     * @return the file name, or {@code null}
     */
    public static @Nullable String development(Setting setting) {
        Optional<String> file = fileOf(setting.origin());
        if (file.isEmpty()) {
            return null;
        }
        String path = file.get();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        boolean development = false;
        for (String word : name.toLowerCase(Locale.ROOT).split("[._-]")) {
            if (DEPLOYED.contains(word)) {
                return null;
            }
            development |= DEVELOPMENT.contains(word) || word.equals("devel");
        }
        return development ? name : null;
    }

    /**
     * The file a setting is written in: its origin's file, or, for a value a container reads through
     * {@code envFrom} from a ConfigMap or Secret of the manifests, the manifest's file, which its origin names
     * before the object ({@code deploy/k8s/production.yaml:9 (ConfigMap api-config, envFrom at …)}; forty-fourth
     * pass: a localhost origin in a production manifest's ConfigMap was the WARN of a shared file, not the NO-GO of
     * production's own).
     */
    private static Optional<String> fileOf(Origin origin) {
        Optional<String> file = origin.file();
        if (file.isPresent()) {
            return file;
        }
        String description = origin.description();
        int object = description.indexOf(" (");
        if (object <= 0 || !(description.startsWith("ConfigMap ", object + 2)
                || description.startsWith("Secret ", object + 2))) {
            return Optional.empty();
        }
        int colon = description.lastIndexOf(':', object);
        if (colon <= 0 || colon == object - 1) {
            return Optional.empty();
        }
        for (int i = colon + 1; i < object; i++) {
            if (!Character.isDigit(description.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(description.substring(0, colon));
    }

    private static @Nullable String nameWith(Origin origin, Set<String> environments) {
        Optional<String> file = fileOf(origin);
        if (file.isEmpty()) {
            return null;
        }
        String path = file.get();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        boolean production = false;
        for (String word : name.toLowerCase(Locale.ROOT).split("[._-]")) {
            if (DEVELOPMENT.contains(word)) {
                return null;
            }
            production |= environments.contains(word);
        }
        return production ? name : null;
    }
}
