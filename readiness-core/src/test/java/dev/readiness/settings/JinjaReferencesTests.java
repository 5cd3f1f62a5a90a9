package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JinjaReferencesTests {

    private static Settings yaml(String text) {
        return ApplicationConfig.builder().configText("defaults.yml", text).build().settings();
    }

    private static boolean deferred(Settings settings, String key) {
        return settings.get(key).orElseThrow().isDeferred();
    }

    @Test
    void referenceInAFileThatUsesItsOwnVariablesShouldBeDeferred() {
        Settings settings = yaml("""
                LMS_HOST: www.example.org
                CMS_HOST: "studio.{{ LMS_HOST }}"
                JWT_COMMON_SECRET_KEY: "{{ OPENEDX_SECRET_KEY }}"
                MYSQL_ROOT_PASSWORD: changeme
                """);

        assertThat(deferred(settings, "JWT_COMMON_SECRET_KEY")).isTrue();
        assertThat(deferred(settings, "CMS_HOST")).isTrue();
        assertThat(deferred(settings, "MYSQL_ROOT_PASSWORD")).isFalse();
        assertThat(settings.get("JWT_COMMON_SECRET_KEY").orElseThrow().suppliedBy()).get().asString()
                .contains("Jinja");
    }

    @Test
    void filterOrStatementShouldMarkTheFileAsATemplate() {
        Settings filtered = yaml("""
                db_options: "--dbhost {{ db_host | quote }} --dbpass {{ db_password | quote }}"
                admin_password: "{{ vault_admin_password }}"
                """);
        Settings branched = yaml("""
                issuer: "{% if https %}https{% else %}http{% endif %}://auth"
                signing_key: "{{ generated_signing_key }}"
                """);

        assertThat(deferred(filtered, "db_options")).isTrue();
        assertThat(deferred(filtered, "admin_password")).isTrue();
        assertThat(deferred(branched, "signing_key")).isTrue();
    }

    @Test
    void loneFillInMarkerShouldStayJudgedAsWritten() {
        Settings settings = yaml("""
                JWT_SECRET: "{{ jwt_secret }}"
                API_TOKEN: "{{YOUR_ACCESS_TOKEN}}"
                SMTP_HOST: "{{ smtp_host }}"
                """);

        assertThat(deferred(settings, "JWT_SECRET")).isFalse();
        assertThat(deferred(settings, "API_TOKEN")).isFalse();
        assertThat(deferred(settings, "SMTP_HOST")).isFalse();
    }

    @Test
    void cookiecutterVariableShouldStayJudgedAsWritten() {
        Settings settings = yaml("""
                POSTGRES_DB: "{{ cookiecutter.project_name }}"
                POSTGRES_PASSWORD: "{{ cookiecutter.project_name }}"
                """);

        assertThat(deferred(settings, "POSTGRES_PASSWORD")).isFalse();
    }

    @Test
    void referenceToAKeyOfAnotherFileShouldNotMarkThisFileAsATemplate() {
        Settings settings = ApplicationConfig.builder()
                .configText("application.yml", "domain: shop.example.org\n")
                .configText("secrets.yml", "session_secret: \"{{ domain }}\"\nadmin_password: \"{{ admin }}\"\n")
                .build().settings();

        assertThat(deferred(settings, "admin_password")).isFalse();
    }

    @Test
    void oneLowerCaseVariableUnderTwoKeysShouldMarkTheFileAsATemplate() {
        Settings settings = yaml("""
                orders_database_password: "{{ kerneluser_password }}"
                audit_database_password: "{{ kerneluser_password }}"
                database_hostname: "{{ db_hostname }}"
                admin_url: "{{ keycloak endpoint }}/auth"
                """);

        assertThat(deferred(settings, "orders_database_password")).isTrue();
        assertThat(deferred(settings, "database_hostname")).isTrue();
        assertThat(deferred(settings, "admin_url")).isTrue();
    }

    @Test
    void aVariableThatOnlyBeginsWithMyShouldStillMarkTheFileAsATemplate() {
        Settings settings = yaml("""
                mysql_users_password: "{{ mysql_app_password }}"
                mysql_replication_password: "{{ mysql_app_password }}"
                """);
        Settings mine = yaml("""
                sandbox_token: "{{ my_access_token }}"
                production_token: "{{ my_access_token }}"
                """);
        Settings glued = yaml("""
                sandbox_token: "{{ mytoken }}"
                production_token: "{{ mytoken }}"
                """);

        assertThat(deferred(settings, "mysql_replication_password")).isTrue();
        assertThat(deferred(mine, "production_token")).isFalse();
        assertThat(deferred(glued, "production_token")).isFalse();
    }

    @Test
    void aRepeatedFillInMarkerShouldNotMarkTheFileAsATemplate() {
        Settings upper = yaml("""
                SANDBOX_ACCESS_TOKEN: "{{YOUR_ACCESS_TOKEN}}"
                PRODUCTION_ACCESS_TOKEN: "{{YOUR_ACCESS_TOKEN}}"
                """);
        Settings yours = yaml("""
                sandbox_token: "{{ your_access_token }}"
                production_token: "{{ your_access_token }}"
                """);
        Settings once = yaml("""
                jwt_secret: "{{ jwt_secret }}"
                smtp_password: "{{ smtp_password }}"
                """);

        assertThat(deferred(upper, "PRODUCTION_ACCESS_TOKEN")).isFalse();
        assertThat(deferred(yours, "production_token")).isFalse();
        assertThat(deferred(once, "smtp_password")).isFalse();
    }

    @Test
    void aValueReferencingARenderedValueShouldBeDeferredWithIt() {
        Settings jinja = ApplicationConfig.builder().configText("kernel.properties", """
                db.host={{ db_hostname }}
                orders.password={{ db_password }}
                audit.password={{ db_password }}
                orders.url=jdbc:postgresql://${db.host}:5432/orders
                """).build().settings();
        Settings helm = ApplicationConfig.builder().configText("values.properties", """
                db.host={{ .Values.database.host }}
                orders.url=jdbc:postgresql://${db.host}:5432/orders
                """).build().settings();
        Settings plain = ApplicationConfig.builder().configText("app.properties", """
                db.host=orders-db
                orders.url=jdbc:postgresql://${db.host}:5432/orders
                """).build().settings();

        assertThat(deferred(jinja, "orders.url")).isTrue();
        assertThat(deferred(helm, "orders.url")).isTrue();
        assertThat(deferred(plain, "orders.url")).isFalse();
        assertThat(plain.get("orders.url").orElseThrow().value()).isEqualTo("jdbc:postgresql://orders-db:5432/orders");
    }

    @Test
    void aLoneVariableInAFileOfAnsibleVariablesShouldBeDeferred() {
        Settings settings = yaml("""
                mysql_user_home: /root
                mysql_enabled_on_startup: true
                mysql_bind_address: 127.0.0.1
                mysql_users:
                  - name: app
                    password: "{{ mysql_users_pass }}"
                mysql_slow_query_log_enabled: false
                """);

        assertThat(deferred(settings, "mysql_users[0].password")).isTrue();
    }

    @Test
    void aLoneVariableBesideFrameworkKeysOrAnAskingNameShouldStayJudged() {
        Settings framework = yaml("""
                spring:
                  datasource:
                    password: "{{ db_password }}"
                server:
                  port: 8080
                """);
        Settings asking = yaml("""
                mysql_user_home: /root
                mysql_enabled_on_startup: true
                mysql_bind_address: 127.0.0.1
                mysql_root_password: "{{ your_root_password }}"
                """);
        Settings mixed = yaml("""
                mysql_user_home: /root
                mysql_enabled_on_startup: true
                mysql_bind_address: 127.0.0.1
                JWT_SECRET: "{{ jwt_secret }}"
                """);

        assertThat(deferred(framework, "spring.datasource.password")).isFalse();
        assertThat(deferred(asking, "mysql_root_password")).isFalse();
        assertThat(deferred(mixed, "JWT_SECRET")).isFalse();
    }
}
