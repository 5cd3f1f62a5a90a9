package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
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
 * {@code S3_USE_ACLS}) are not read. Stateless.
 */
final class PublicBucketAcls {

    private PublicBucketAcls() {
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
