package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.assertNoGoNamingKey;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.codesOnLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fifth pass's placeholders in the sandbox gate: an IPv4 address with every octet masked by x
 * ({@code XXX.XXX.XXX.XXX}) and a machine's address written as its name with {@code _ip} ({@code this_node_ip}) under
 * a host or address key, and a made-up {@code my…}/{@code your…} name ending in a DNS word ({@code mydnsname},
 * {@code yourfqdn}). Beside them, the values that tempt them: a partly masked private range, a header or variable
 * name under a key that names no address, a name with {@code _ip} that names no machine, a real dynamic DNS provider
 * and real host names. And a numbered item of a host or domain list ({@code trusted_domains[0]=Your_Domain}), read as
 * the list itself is; beside it real names and service names as items, and a numbered item of a list that holds no
 * hosts. And an image named without a registry host whose Docker Hub namespace is template text
 * ({@code image=your-user/shop-api}); beside it official and ordinary namespaces, a local image, a local registry and
 * a source repository. Findings name the key.
 */
class FortyFifthPassPlaceholdersTests {

    @ParameterizedTest
    @ValueSource(strings = {"ingress.controller.service.loadBalancerIP=XXX.XXX.XXX.XXX", "PUBLIC_IP=x.x.x.x",
            "TURN_EXTERNAL_IP=xx.xxx.xx.xxx", "cluster.node_address=Xxx.xxx.xxx.xxx"})
    void anAddressWithEveryOctetMaskedIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cluster.wsrep_node_address=\"own_node_ip\"", "NODE_ADDRESS=node2_ip",
            "VPN_SERVER_IP=your_vps_ip", "swarm.advertise_ip=manager_ip", "SWARM_MANAGER_HOST=swarm_manager_ip"})
    void aMachinesIpNameUnderAnAddressKeyIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NODE_IP=10.0.x.x", "LB_IP=10.20.30.40", "PUBLIC_IP=xxxx.xxx.xxx.xxx",
            "SERVER_IP=xx.xx.xx", "GEOIP_HOST=geo_ip", "WEB_HOST=web_ip_pool",
            "proxy.headers[0]=HTTP_X_NODE_IP", "env.vars[2]=SERVER_IP", "NODE_HOST=node1"})
    void partlyMaskedAddressesAndNamesOfNoMachineAreNoTemplate(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIBRARY_DOMAIN=.myDNSname.org", "OPAC_HOST=opac.mydnsname.net",
            "BASE_URL=https://wiki.yourfqdn.com/", "PANEL_DOMAIN=my-fqdn.io"})
    void aMadeUpNameEndingInADnsWordIsATemplateDomain(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DDNS_DOMAIN=home.mydns.jp", "BASE_URL=https://dnsname.acme-corp.com",
            "SITE_DOMAIN=fqdn-tools.org", "APP_URL=https://app.myheritage.com"})
    void aRealDnsProviderAndRealNamesAreNoTemplate(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nextcloud.trusted_domains[0]=Your_Cloud_Domain", "ALLOWED_HOSTS[1]=<your-host>",
            "ingress.hosts[0]=YOUR_APP_HOST", "firewall.ips[2]=xxx.xxx.xxx.xxx"})
    void aNumberedItemOfAHostListIsReadAsTheList(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"trusted_domains[0]=cloud.acme-corp.org", "ALLOWED_HOSTS[0]=web", "ingress.hosts[1]=api",
            "servers.hosts[0]=node_a", "scopes[0]=YOUR_SCOPE", "trusted_domains[0]=${NEXTCLOUD_DOMAIN}"})
    void realNamesAndItemsOfOtherListsAreNoTemplate(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image=your-user/shop-api", "app.image.repository=your-dockerhub-user/orders:1.4",
            "WORKER_IMAGE=yourorg/worker:latest"})
    void anImageUnderATemplateHubNamespaceIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "namespace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image=library/postgres:16", "image.repository=bitnami/redis", "APP_IMAGE=acme-team/api:2.0",
            "image=localhost/your-app", "BUILD_IMAGE=registry:5000/your-user/app", "git.repository=your-org/shop",
            "image=postgres"})
    void ordinaryNamespacesLocalImagesAndSourceRepositoriesAreNoTemplate(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.reserved-host");
    }
}
