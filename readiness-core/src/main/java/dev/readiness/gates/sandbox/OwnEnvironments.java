package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A host of the environment the setting's own file is written for: {@code https://auth-stage.acme.io} in
 * {@code application-stage.properties}, {@code api.staging.acme.io} in {@code .env.staging}. A team's file for its
 * staging (or pre-production, UAT) deployment names that deployment's own hosts, numbered copies of it included
 * ({@code staging2.acme.io}), and those are where it must point. Teams name their pre-production tiers loosely, so a
 * staging file's {@code admin.preprod.acme.io} is its own too. A provider's sandbox is not the team's own: it is judged
 * by the catalog all the same ({@code apitest.authorize.net} in a staging file stays a finding), and so is a host whose
 * domain the key names as the provider it calls ({@code mastercard.api.base-path=https://stage.services.mastercard.int},
 * {@code phonepe.baseUrl=https://mercury-preprod.phonepe.com}). A host of another environment
 * ({@code api.dev.acme.io} in a staging file) is still one. Only the environments deployed like production are read; a
 * development or test file's hosts are judged as written. Stateless.
 */
final class OwnEnvironments {

    /** Spellings of the pre-production environments a team deploys like production: staging, pre-production, UAT. */
    private static final Set<String> PRE_PRODUCTION = Set.of("stage", "staging", "stg", "preprod", "preproduction",
            "pprod", "uat");

    private OwnEnvironments() {
    }

    /**
     * Whether the host names the environment the setting's file declares in its name, and is not a provider's host
     * the key names.
     *
     * @param setting the setting whose origin names its file
     * @param host the host the setting points at
     * @param keyWords the key's lower-case words
     * @return {@code true} when file and host name a pre-production environment and the host is the team's own
     */
    static boolean hostOfFilesEnvironment(Setting setting, String host, List<String> keyWords) {
        String file = setting.origin().file().orElse(null);
        if (file == null || !declaresPreProduction(lastSegment(file))) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String[] labels = name.split("\\.");
        if (labels.length >= 2 && keyWords.contains(labels[EndpointJudge.registrableLabel(name, labels.length)])) {
            return false;
        }
        for (String label : name.split("[.-]")) {
            if (PRE_PRODUCTION.contains(withoutNumber(label)) || GluedStageLabels.endsWithStage(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the host names the same pre-production environment as a word of the section the key sits in, its first
     * dotted segment: the key belongs to that environment's block ({@code deploy-staging.environment.url} of a
     * pipeline's staging job, {@code staging.api-url}), so it holds that environment's address, not production's. A key
     * without a section ({@code STG_URL}) is a production setting that names the stage, and stays judged.
     *
     * @param host the host the setting points at
     * @param key the setting's key
     * @return {@code true} when a word of the key's section and a label of the host name one pre-production environment
     */
    static boolean hostOfSectionsEnvironment(String host, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        for (String word : KeyWords.of(key.substring(0, dot))) {
            if (PRE_PRODUCTION.contains(word)) {
                for (String label : host.toLowerCase(Locale.ROOT).split("[.-]")) {
                    if (word.equals(withoutNumber(label))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a staging first path segment ({@code https://chcse.knu.ac.kr/comit-staging}) is the own site
     * of the pre-production deployment the file is written for: a key browsers follow (a front end's success or error
     * page) in such a file sends them to that deployment's own pages. An API the service calls there
     * ({@code ADAGE_API_URL=https://…/adage-api-staging}) is a partner's test stage and stays a finding.
     *
     * @param setting the setting whose origin names its file
     * @param verdict the judge's verdict on the endpoint
     * @param path the endpoint's path
     * @param publicKey whether the key names an address browsers open
     * @param keyWords the key's lower-case words; a key that names staging itself holds what it says
     * @return {@code true} when the path is the file's own deployment's site or what the key names
     */
    static boolean ownSitePath(Setting setting, EndpointJudge.Verdict verdict, String path, boolean publicKey,
            List<String> keyWords) {
        if (!verdict.detail().equals(EndpointJudge.SANDBOX_PATH) || !EndpointJudge.stagingFirstSegment(path)) {
            return false;
        }
        if (keyWords.contains("staging") || keyWords.contains("stage")) {
            return true; // the key says what it holds: a staging area or the staging stage (S3_STAGING_URL)
        }
        if (!publicKey) {
            return false;
        }
        String file = setting.origin().file().orElse(null);
        return file != null && declaresPreProduction(lastSegment(file));
    }

    private static String lastSegment(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean declaresPreProduction(String fileName) {
        for (String word : fileName.split("[._-]")) {
            if (PRE_PRODUCTION.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A numbered copy of an environment ({@code staging2}, {@code uat1}) is that environment. */
    static String withoutNumber(String label) {
        int end = label.length();
        while (end > 0 && Character.isDigit(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end);
    }
}
