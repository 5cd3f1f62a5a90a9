package dev.readiness.gates.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Forty-seventh pass (newcomer): the README said a shared entity may be "annotated {@code @CrossTenant}", and a
 * newcomer who wrote exactly that got a compile error ("missing a default value for the element 'reason'"). The
 * README now writes the annotation with its required reason and names its package; this keeps it so.
 */
class FortySeventhPassNewcomerCrossTenantReadmeTests {

    private static final Pattern USE = Pattern.compile("@CrossTenant\\b(\\(reason = \"[^\"]+\"\\))?");

    @Test
    void theReadmeWritesCrossTenantWithTheReasonItRequires() throws IOException, NoSuchMethodException {
        assertThat(CrossTenant.class.getMethod("reason").getDefaultValue())
                .as("CrossTenant.reason has no default, so the README must show it").isNull();
        String readme = Files.readString(Path.of("../README.md"));
        Matcher use = USE.matcher(readme);
        int uses = 0;
        while (use.find()) {
            uses++;
            assertThat(use.group(1)).as("the README's @CrossTenant at offset " + use.start() + " carries its reason")
                    .isNotNull();
        }
        assertThat(uses).isPositive();
        assertThat(readme).contains("`dev.readiness.gates.tenant`, whose reason is required");
    }
}
