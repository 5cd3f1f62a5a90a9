package dev.readiness.examples.rappit;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAuth stubs for staging (GATE-004): fake provider callbacks under {@code /test/*} that sign a user in without a
 * provider. Registered only when {@code rappit.oauth.test-endpoints=true}; the {@code rappit.oauth-stubs} gate
 * refuses that switch in production.
 */
@RestController
@RequestMapping("/test/oauth")
@ConditionalOnBooleanProperty("rappit.oauth.test-endpoints")
class OAuthTestController {

    @GetMapping("/{provider}/callback")
    Map<String, String> callback(@PathVariable String provider) {
        return Map.of("provider", provider, "user", "stub-user");
    }
}
