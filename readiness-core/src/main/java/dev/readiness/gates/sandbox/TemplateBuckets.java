package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An object store or HDFS location that is still the documentation's stand-in: MLflow's
 * {@code defaultArtifactRoot=s3://my-bucket}, {@code ARTIFACT_PATH=hdfs://path/to/data/mlflow}. The bucket names are the
 * ones cloud documentation and chart READMEs write for the reader's own ({@code my-bucket}, {@code your-bucket},
 * {@code bucket-name}, AWS's {@code DOC-EXAMPLE-BUCKET} and {@code amzn-s3-demo-bucket}), and {@code path/to} is the
 * phrase every README writes for "your path": as an HDFS name node it is no host. Production writes its artifacts,
 * logs and backups there, and the write fails or lands in a stranger's bucket. Read for {@code s3}, {@code s3a},
 * {@code s3n}, {@code gs} and {@code hdfs} URLs only; a real bucket ({@code s3://mlflow/artifacts},
 * {@code s3://ala-pipelines-dev/logs}), a reference ({@code s3://${S3_BUCKET}}) and a name node with a port
 * ({@code hdfs://namenode:8020}) are not. Stateless.
 */
final class TemplateBuckets {

    private static final String[] SCHEMES = {"s3", "s3a", "s3n", "gs", "hdfs"};
    /** Bucket names documentation writes for the reader's own. */
    private static final Set<String> STAND_IN_BUCKETS = Set.of("my-bucket", "mybucket", "my_bucket", "your-bucket",
            "yourbucket", "your_bucket", "bucket-name", "bucketname", "bucket_name", "my-bucket-name",
            "your-bucket-name", "doc-example-bucket", "amzn-s3-demo-bucket", "example-bucket", "my-s3-bucket",
            "your-s3-bucket", "my-gcs-bucket", "your-gcs-bucket");
    private static final String PATH_TO = "path/to/";

    private TemplateBuckets() {
    }

    /**
     * The finding on an object store or HDFS URL whose bucket or name node is a documentation stand-in, or
     * {@code null}.
     *
     * @param setting the setting, judged for production
     * @param value its stripped, unquoted value
     * @return a NO-GO {@code sandbox.reserved-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        int authority = authorityStart(value);
        if (authority < 0) {
            return null;
        }
        if (value.regionMatches(true, authority, PATH_TO, 0, PATH_TO.length())) {
            return finding(setting);
        }
        int end = authority;
        while (end < value.length() && value.charAt(end) != '/' && value.charAt(end) != '?') {
            end++;
        }
        String bucket = value.substring(authority, end).toLowerCase(Locale.ROOT);
        return STAND_IN_BUCKETS.contains(bucket) ? finding(setting) : null;
    }

    /** The index after {@code scheme://} for one of {@link #SCHEMES}, or -1. */
    private static int authorityStart(String value) {
        for (String scheme : SCHEMES) {
            int length = scheme.length();
            if (value.length() > length + 3 && value.regionMatches(true, 0, scheme, 0, length)
                    && value.startsWith("://", length)) {
                return length + 3;
            }
        }
        return -1;
    }

    private static Finding finding(Setting setting) {
        return Finding.noGo("sandbox.reserved-host", setting)
                .message(setting.key() + " names the bucket or storage path that documentation writes for the "
                        + "reader's own (my-bucket, path/to): template text, so production writes its data to a "
                        + "location nobody set up, or to a stranger's bucket.")
                .remediation("Write the production bucket or storage location into " + setting.key() + ".")
                .build();
    }
}
