package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.ThirtyFourthPassPrecisionTests.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Clean values of configuration kinds the corpus barely holds, found by the thirty-fourth pass's probes (the Chinese
 * Java ecosystem, Helm and Kubernetes values, AI/LLM stacks, domain platforms), each beside the value that must still
 * be caught: LiteLLM's {@code os.environ/} look-ups, Apache Dubbo's generated invocation token, and the ecosystems'
 * identifiers, names and references that the gates already leave alone.
 */
class ThirtyFourthPassPrecisionKindsTests {

    @Test
    void liteLlmsEnvironmentLookUpsShouldBeReadAsThePlaceholdersTheyMean() {
        String config = """
                model_list[0].litellm_params.model=azure/gpt-4o-prod
                model_list[0].litellm_params.api_base=https://acme-openai-eastus.openai.azure.com/
                model_list[0].litellm_params.api_key=os.environ/AZURE_API_KEY
                model_list[1].litellm_params.api_base=os.environ/LLM_BASE_URL
                general_settings.master_key=os.environ/LITELLM_MASTER_KEY
                general_settings.database_url=os.environ/DATABASE_URL
                litellm_settings.cache_params.password=os.environ/REDIS_PASSWORD
                """;
        assertThat(problems("config.properties", config, "general_settings.database_url")).isEmpty();
        assertThat(problems("config.properties", config, "general_settings.master_key")).isEmpty();
        assertThat(problems("config.properties", config, "model_list[1].litellm_params.api_base")).isEmpty();
        assertThat(problems("config.properties", config, "litellm_settings.cache_params.password")).isEmpty();
        // LiteLLM's own sample key written in clear is caught
        assertThat(problems("config.properties", "general_settings.master_key=sk-1234\n",
                "general_settings.master_key")).isNotEmpty();
        // text after the name is no look-up
        assertThat(problems("config.properties", "general_settings.database_url=os.environ/DATABASE_URL extra\n",
                "general_settings.database_url")).isNotEmpty();
    }

    @Test
    void dubbosGeneratedInvocationTokenShouldBeASwitch() {
        String dubbo = """
                dubbo.application.name=order-provider
                dubbo.registry.address=nacos://nacos.prod.svc.cluster.local:8848
                dubbo.provider.token=true
                dubbo.service.token=true
                app.token=true
                """;
        assertThat(problems("application.properties", dubbo, "dubbo.provider.token")).isEmpty();
        assertThat(problems("application.properties", dubbo, "dubbo.service.token")).isEmpty();
        // a switch word under another section's token stands where the token goes
        assertThat(problems("application.properties", dubbo, "app.token")).isNotEmpty();
        // a fixed token is judged as a secret
        assertThat(problems("application.properties", "dubbo.provider.token=123456\n", "dubbo.provider.token"))
                .isNotEmpty();
    }

    @Test
    void theChineseJavaEcosystemsIdentifiersShouldStayClean() {
        String prod = """
                spring.cloud.nacos.discovery.server-addr=${NACOS_ADDR:nacos.prod.svc.cluster.local:8848}
                spring.cloud.nacos.discovery.namespace=7f3c2a91-5d4e-4b8a-9c1f-2e6d8a0b4c73
                spring.cloud.nacos.config.group=ORDER_GROUP
                spring.cloud.nacos.config.password=${NACOS_PASSWORD}
                apollo.meta=http://apollo-configservice.prod.svc.cluster.local:8080
                app.id=order-service
                env=PRO
                rocketmq.name-server=rocketmq-namesrv-0.rocketmq.prod:9876;rocketmq-namesrv-1.rocketmq.prod:9876
                xxl.job.accessToken=${XXL_JOB_TOKEN}
                xxl.job.executor.appname=order-executor
                spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)
                wx.pay.appId=wx8888888888888888
                wx.pay.mchId=1900000109
                wx.pay.certSerialNo=5157F09EFDC096DE15EBE81A47057A7232F1B8E1
                wx.pay.privateKeyPath=/data/cert/apiclient_key.pem
                alipay.app-id=2021001234567890
                alipay.gateway-url=https://openapi.alipay.com/gateway.do
                alipay.sign-type=RSA2
                alipay.app-cert-path=cert/appCertPublicKey_2021001234567890.crt
                aliyun.oss.endpoint=https://oss-cn-hangzhou.aliyuncs.com
                aliyun.sms.template-code=SMS_215830000
                sa-token.token-name=satoken
                seata.tx-service-group=default_tx_group
                """;
        for (String key : new String[] {"spring.cloud.nacos.discovery.namespace", "spring.cloud.nacos.config.group",
                "apollo.meta", "app.id", "env", "rocketmq.name-server", "xxl.job.accessToken",
                "spring.datasource.password", "wx.pay.appId", "wx.pay.mchId", "wx.pay.certSerialNo",
                "alipay.app-id", "alipay.gateway-url", "alipay.app-cert-path", "aliyun.sms.template-code",
                "sa-token.token-name", "seata.tx-service-group"}) {
            assertThat(problems("application-prod.properties", prod, key)).as(key).isEmpty();
        }
        // the ecosystem's published defaults and sandbox gateway are caught
        String catches = """
                xxl.job.accessToken=default_token
                alipay.gateway-url=https://openapi-sandbox.dl.alipaydev.com/gateway.do
                spring.cloud.nacos.config.password=nacos
                """;
        assertThat(problems("application-prod.properties", catches, "xxl.job.accessToken")).isNotEmpty();
        assertThat(problems("application-prod.properties", catches, "alipay.gateway-url")).isNotEmpty();
        assertThat(problems("application-prod.properties", catches, "spring.cloud.nacos.config.password"))
                .isNotEmpty();
    }

    @Test
    void helmValuesReferencesAndNamesShouldStayClean() {
        String values = """
                fullnameOverride=payments-api
                auth.existingSecret=payments-postgresql
                auth.secretKeys.userPasswordKey=password
                redis.auth.existingSecretPasswordKey=redis-password
                env[0].name=JWT_SECRET
                env[0].valueFrom.secretKeyRef.name=payments-jwt
                env[0].valueFrom.secretKeyRef.key=secret
                ingress.tls[0].secretName=payments-acme-io-tls
                tls.certKeyFilename=tls.key
                vault.secretPath=secret/data/payments/prod
                externalDatabase.password=changeme
                """;
        for (String key : new String[] {"fullnameOverride", "auth.existingSecret", "auth.secretKeys.userPasswordKey",
                "redis.auth.existingSecretPasswordKey", "env[0].valueFrom.secretKeyRef.key",
                "ingress.tls[0].secretName", "tls.certKeyFilename", "vault.secretPath"}) {
            assertThat(problems("values-production.properties", values, key)).as(key).isEmpty();
        }
        assertThat(problems("values-production.properties", values, "externalDatabase.password")).isNotEmpty();
    }
}
