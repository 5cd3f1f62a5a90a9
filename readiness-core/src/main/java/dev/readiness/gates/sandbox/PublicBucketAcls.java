package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SwitchOn;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An object store's canned ACL that makes every upload public, in production (forty-sixth pass): {@code S3_ACL=public-read},
 * django-storages' {@code AWS_DEFAULT_ACL=public-read}, a chart's {@code s3.defaultAcl=public-read}, Google Cloud
 * Storage's {@code predefinedAcl=publicRead}. Only a key whose last word is {@code acl} is read, and only the canned
 * values that grant the world access: {@code public-read-write} (and {@code publicReadWrite}) is a NO-GO, anyone on
 * the internet can overwrite or plant objects; {@code public-read} (and {@code publicRead}) a WARN, every object is
 * readable by whoever has or guesses its URL, which is right for a bucket of public assets (product images, a static
 * site) and wrong for shipping labels, invoices or users' uploads. {@code private}, {@code bucket-owner-full-control},
 * {@code authenticated-read} and keys that merely mention an ACL ({@code acl_file}, {@code acl_nomatch},
 * {@code S3_USE_ACLS}) are not read. (Forty-eighth pass) Also an object store's switch that makes its objects public,
 * set on ({@code S3_PUBLIC_READ=true}, {@code AWS_S3_PUBLIC=true}, {@code MINIO_BUCKET_PUBLIC=yes}): a key whose last
 * word is {@code public}, or whose last two are {@code public read}, after a word naming an object store ({@code s3},
 * {@code bucket}, {@code minio}, {@code gcs}, {@code r2}, {@code objectstore}, {@code objectstorage}, {@code blob}),
 * the same WARN as {@code public-read}; a switch that blocks public access ({@code S3_BLOCK_PUBLIC_ACCESS}), keys that
 * name a public URL or host ({@code S3_PUBLIC_URL}), a switch that stores some other public thing in the store
 * (Drupal's {@code s3fs.use_s3_for_public}: the site's public files go to S3) and a switch set off are not read.
 * Stateless.
 */
final class PublicBucketAcls {

    /** The part of a switch's key that says it makes objects public: the cheap test before {@link #judgeSwitch}. */
    static final String SWITCH_WORD = "public";

    private static final Set<String> STORE_WORDS = Set.of("s3", "bucket", "minio", "gcs", "r2", "objectstore",
            "objectstorage", "blob");

    private PublicBucketAcls() {
    }

    /**
     * The finding on an object store's switch that makes its objects public, set on, judged for production.
     *
     * @param setting the setting, whose value is at most four characters long and whose key holds {@code public}
     * @return a WARN {@code sandbox.public-bucket}, or {@code null}
     */
    static @Nullable Finding judgeSwitch(Setting setting) {
        if (!SwitchOn.isOn(setting.value().strip())) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        int at = size >= 2 && words.get(size - 1).equals(SWITCH_WORD) ? size - 1
                : size >= 3 && words.get(size - 2).equals(SWITCH_WORD) && words.get(size - 1).equals("read") ? size - 2
                : -1;
        boolean store = false;
        for (int i = 0; i < at; i++) {
            if (words.get(i).equals("for")) {
                return null; // Drupal's use_s3_for_public: the site's public files go to S3, nothing is made public
            }
            store |= STORE_WORDS.contains(words.get(i));
        }
        if (!store) {
            return null;
        }
        String key = setting.key();
        return Finding.warn("sandbox.public-bucket", setting)
                .message(key + " makes every object the service stores public in production: whoever has or guesses "
                        + "an object's URL reads it, with no credential. Right for public assets such as product "
                        + "images; wrong for shipping labels, invoices and users' uploads.")
                .remediation("Unless the bucket holds only public assets, switch " + key + " off and hand out "
                        + "presigned URLs; if it does, waive sandbox.public-bucket for " + key + " with that reason.")
                .build();
    }

    /**
     * Whether the value may be a public canned ACL: the cheap test the gate runs before {@link #judge}.
     *
     * @param value a setting's value
     * @return {@code false} when {@link #judge} finds nothing whatever the key
     */
    static boolean mayBePublic(String value) {
        return value.length() >= 10 && value.length() <= 20 && value.regionMatches(true, 0, "public", 0, 6);
    }

    /**
     * The finding on a public canned ACL, judged for production.
     *
     * @param setting the setting
     * @return a NO-GO {@code sandbox.public-bucket} for world-writable objects, a WARN for world-readable ones, or
     *         {@code null}
     */
    static @Nullable Finding judge(Setting setting) {
        String value = setting.value().strip().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean write = value.equals("public-read-write") || value.equals("publicreadwrite");
        if (!write && !value.equals("public-read") && !value.equals("publicread")) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (words.isEmpty() || !words.get(words.size() - 1).equals("acl")) {
            return null;
        }
        String key = setting.key();
        return write
                ? Finding.noGo("sandbox.public-bucket", setting)
                        .message(key + " stores every object as public-read-write in production: anyone on the "
                                + "internet can read, overwrite and plant objects in the bucket.")
                        .remediation("Set " + key + " to private (or bucket-owner-full-control) and hand out "
                                + "presigned URLs for the objects clients must reach.")
                        .build()
                : Finding.warn("sandbox.public-bucket", setting)
                        .message(key + " stores every object as public-read in production: whoever has or guesses "
                                + "an object's URL reads it, with no credential. Right for public assets such as "
                                + "product images; wrong for shipping labels, invoices and users' uploads.")
                        .remediation("Unless the bucket holds only public assets, set " + key + " to private and "
                                + "hand out presigned URLs; if it does, waive sandbox.public-bucket for " + key
                                + " with that reason.")
                        .build();
    }
}
