package dev.readiness.spring.actuate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the {@code gates} endpoint (prefix {@code management.endpoint.gates}), as those of
 * Spring Boot's {@code env} endpoint.
 */
@ConfigurationProperties("management.endpoint.gates")
public class GatesEndpointProperties {

    /**
     * When to show hosts, database names and paths in the findings' messages, remediations and origins: never,
     * when-authorized or always. Codes, subjects and counts are always shown; secret values never are.
     */
    private Show showValues = Show.NEVER;

    /**
     * Roles used to determine whether a user is authorized to be shown hosts, database names and paths. When
     * empty, all authenticated users are authorized.
     */
    private Set<String> roles = new LinkedHashSet<>();

    public Show getShowValues() {
        return this.showValues;
    }

    public void setShowValues(Show showValues) {
        this.showValues = showValues;
    }

    public Set<String> getRoles() {
        return this.roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }
}
