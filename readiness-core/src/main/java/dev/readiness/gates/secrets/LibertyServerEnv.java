package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Setting;

/**
 * Open Liberty's and WebSphere Liberty's generated keystore password: {@code server create} writes
 * {@code keystore_password=<random>} into the new server's {@code server.env}, and the default keystore
 * ({@code ${keystore_password}} in {@code server.xml}) is opened with it. A project that commits that
 * {@code server.env} (in {@code src/main/liberty/config/} or {@code wlp/usr/servers/<name>/}) ships the password with
 * the server package and its container image, and publishes it with the repository: the key store's private key is
 * then as good as public, however random the value looks. Read only for Liberty's own lower-case variable name in a
 * file named {@code server.env}; a {@code ${KEYSTORE_PASSWORD}} reference there is filled in at run time and clean.
 * Stateless.
 */
final class LibertyServerEnv {

    private static final String KEY = "keystore_password";
    private static final String FILE_ENDING = "server.env";

    private LibertyServerEnv() {
    }

    /**
     * Whether the setting is Liberty's generated keystore password written in a {@code server.env}.
     *
     * @param setting a setting holding a literal value
     * @return {@code true} for Liberty's {@code keystore_password} in a file named {@code …server.env}
     */
    static boolean isGeneratedKeystorePassword(Setting setting) {
        return setting.key().equals(KEY) && setting.origin().file().isPresent()
                && FileNameWords.fileName(setting.origin()).endsWith(FILE_ENDING);
    }

    static SecretProblem committed(String value) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.packaged", shape,
                "is the keystore password Liberty generated into server.env, which ships inside the server package "
                        + "and its image and is committed with the repository: anyone with either can open the "
                        + "default key store and read its private key (" + SecretStrength.describe(shape) + ")",
                "Remove keystore_password from the committed server.env and supply it at run time (an environment "
                        + "variable, a Kubernetes Secret); rotate the key store, since its password has been "
                        + "committed. " + SecretStrength.remediation(SecretPurpose.PASSWORD));
    }
}
