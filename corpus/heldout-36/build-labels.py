#!/usr/bin/env python3
"""Holds the label rows of this set and writes labels.tsv, sources.tsv, repos.txt. Runs no readiness code."""
import os
S = {  # file -> (owner/repo@commit:path, flattening note)
"g01-api-service-archive-bootstrap-prod.properties": ("Sundsvallskommun/api-service-archive@f1484a3083d24775954cda62d969451fd88bd8a1:src/main/resources/bootstrap-prod.properties", "as committed"),
"g02-kulakwetu-backend-application-prod.properties": ("13or/kulakwetu-backend@8aa5584b73e65c5d297b0ec20ed7453ce7e4e781:src/main/resources/application-prod.yaml", "YAML flattened by yaml2props.py (original in yaml-originals/)"),
"g03-mescloud-application-production.properties": ("TDEquivalence/MESCloud@04eadcd594cc1df866a0c18ac10cd620b8668920:src/main/resources/application-production.yaml", "YAML flattened by yaml2props.py"),
"g04-payment-service-application-prod.properties": ("10jeong/payment-service@638b0995f4a7d2a0128cd62a00be8b99b7e08d70:src/main/resources/application-prod.yaml", "YAML flattened by yaml2props.py"),
"g05-shareday-be-application-release.properties": ("Yanghewon/shareday-be@cfbc5f8eeec83d90ad1db70bd20a08ba0f041990:src/main/resources/application-release.yml", "YAML flattened by yaml2props.py"),
"g06-financial-application-release.properties": ("Taha-Abachi/financial@0964ae678813e8860a599c80138220c30c3741af:src/main/resources/application-release.properties", "as committed (CRLF line endings restored: stored count 1979 = text + 45 CR)"),
"g07-usto-be-application-release.properties": ("U-sto/U-sto_BE@671547497f28025bd06f8a7413b309534391de33:src/main/resources/application-release.properties", "as committed"),
"g08-imyme-be-application-release.properties": ("Yu-Jin22/4-team-IMYME-be@0b3219060c869eda3d8ef0a096c8affa4e9cc9ae:src/main/resources/application-release.yml", "YAML flattened by yaml2props.py with profile argument 'release' (the single document has on-profile: release)"),
"g09-vault-springboot-jungle-bootstrap-prod.properties": ("technicalsecurity/vault-springboot-jungle@63f71d060c23c9ded2867df31e29de6f57809d65:src/main/resources/bootstrap-prod.properties", "as committed"),
"g10-budget-buddy-application-production.properties": ("SalemNabeelSalem/budget-buddy-application-backend@61f5980d82bffbc367757d8615256fa3f4522985:src/main/resources/application-production.yaml", "YAML flattened by yaml2props.py"),
"g11-pftrust-application-production.properties": ("Sandeepkulkarnib/pftrust@cfeb7d5330658af3159c619c18ea056d3ee71244:src/main/resources/application-production.yaml", "YAML flattened by yaml2props.py"),
"g12-eforms-gpp-service-application-prod-example.properties": ("uritrejo/eforms-gpp-service@d2bc66243ea10aa3c33175dcf6ddb5f1a1e1af8e:src/main/resources/application-prod.properties.example", "as committed"),
"g13-funds-btg-application-prod-example.properties": ("YesidCampo/funds-btg@89ff7afb08061a5a9294fcec220f8f27a3934231:src/main/resources/application-prod.properties.example", "as committed"),
"g14-seuoj-backend-application-prod-template.properties": ("SEUAIG/seuoj-backend@02242256c41302a899a63dcec042841fbdeeb00f:src/main/resources/application-prod.yml.template", "YAML flattened by yaml2props.py"),
"g15-mp-java-application-prod-template.properties": ("websoft-top/mp-java@b6b19170530c9037f404f0f7d1dd82f555b38a1d:src/main/resources/application-prod.yml.template", "YAML flattened by yaml2props.py"),
"g16-m-alipay-demo-application-sandbox.properties": ("Zongji/m-alipay-demo@d6b4284b1e833b6e5356476eff0f9ecc38ba247d:src/main/resources/application-sandbox.properties", "as committed (first line is a mojibake comment, kept)"),
"g17-payment-gateway-application-sandbox.properties": ("s-makina/payment_gateway@1d886f8c48a2ff37ecda79d1ee491875f31bca41:src/main/resources/application-sandbox.yml", "YAML flattened by yaml2props.py"),
"g18-zenpipe-config-application-prod.properties": ("Zenika/zenpipe@31136f43ed37742ce6c257c63b71cbdbf395c051:config/application-prod.yml", "YAML flattened by yaml2props.py"),
"g19-wais-admin-config-application-prod.properties": ("WEBGAP/deployment@3c5a75bbebc1c699de06980e4b80064baef16d10:config/application-prod.yml", "YAML flattened by yaml2props.py (old-style spring.profiles: prod, no on-profile)"),
"g20-cloud-gateway-config-application-prod.properties": ("SHUAIGEYU311/springcloud-config@0b1339c1985f47280b90307e513aa924fdc15f28:config/application-prod.yml", "YAML flattened by yaml2props.py (Spring Cloud Config repository)"),
"g21-greeting-service-config-application-prod.properties": ("Udemy-Cursos-Aly/config-server@0f348029082f2d4d9c7cb5d1eb1b74a288bb8eca:config/application-prod.yml", "YAML flattened by yaml2props.py (Spring Cloud Config repository)"),
"g22-product-order-service-k8s-prod-secret.properties": ("sushanttalentica/product-order-service@016bff240cc4dc8b8702fd638053724b11672e0e:k8s/prod/secret.yaml", "data: entries written as KEY=value by configmap2env.py, saved as .properties because the Secret keys contain hyphens and are not environment-variable names (values base64 as committed; original in originals/)"),
"g23-undercover-k8s-prod-secret.env": ("xiaolinstar/undercover@7ec449e7a35ebea4e065ef887f90431232379b0a:k8s/prod/secret.yaml", "data: entries written as KEY=value by configmap2env.py"),
"g24-rag-studio-k8s-production-configmap.env": ("Vishal-ml-ds/RAG-STUDIO@e8088bfd391cedba54c125e720b388e0a39241be:k8s/production/configmap.yaml", "data: entries written as KEY=value by configmap2env.py"),
"g25-tennis-court-reservation-k8s-production-configmap.env": ("StepanAdamek/tennis-court-reservation@c689deb49b741873a3c1b0162c524d5327ffbed6:k8s/production/configmap.yaml", "data: entries written as KEY=value by configmap2env.py"),
"g26-buzzer-ansible-group-vars-production.properties": ("ZanichelliEditore/buzzer@4b868f853a4c0df638c8449a2db411d2d1be7602:ansible/group_vars/production.yml", "Ansible YAML flattened by yaml2props.py"),
"g27-cityforge-ansible-group-vars-production.properties": ("SmolTech/CityForge@73f732724ab6aeef408eb6aa9337bb28ceaf1e19:ansible/group_vars/production.yml", "Ansible YAML flattened by yaml2props.py"),
"g28-fitness-booking-ansible-group-vars-production.properties": ("Telesphore-Uwabera/fitness-booking@ddf646a0ee365cfa343d1c61a70f1966ed2272ad:ansible/group_vars/production.yml", "Ansible YAML flattened by yaml2props.py"),
"g29-storyfuntime-api-appsettings-production.properties": ("800globalenglish/StoryFunTimeApi@b8ef75686ba66caf39d3baf8353dabea588c7ba9:appsettings.Production.json", "JSON flattened by json2props.py (original in originals/)"),
"g30-qr-order-pay-compose-production.env": ("22imer/QR-Order-Pay@2497dc8016c57acc1256c88f1216a8a24e68968d:compose.production.yaml", "environment: entries of all services written by compose2env.py (original in originals/)"),
"g31-hybrid-ai-platform-infra-env-prod.env": ("Toru-Kado/hybrid-ai-platform@75684fb462851ba69b9a696fdcc64908165c88c6:infra/.env.prod", "as committed"),
"g32-asap-website-builder-infra-env-prod.env": ("Sycatle/asap-website-builder@8f4c891dd034a0d17076e2541d619aaf5e6196e0:infra/.env.prod", "as committed"),
"g33-zent-infra-env-prod.env": ("yoredstorm/zent@1ebae82628e7c11e77a757bc52b74df292a503bb:infra/.env.prod", "as committed (no final newline)"),
"g34-orchestrix-infra-env-prod.env": ("surajgoraicse/orchestrix@e9dd7f22677a97020feeb2bc2cba699005deab78:infra/.env.prod", "as committed (no final newline)"),
"g35-loan-management-saas-env-sandbox-example.env": ("VictorNxumalo/Loan-Management-System-SaaS-@1e74b1f6d9318e9421079a5fe156e83d6183a20f:.env.sandbox.example", "as committed"),
"g36-cryptochain-merchant-env-sandbox.env": ("Swatipriya2585/cryptochain-merchant-sandbox@0c207b9f3ef1fdf88ca0ede32fa0c2b79e696bad:.env.sandbox", "as committed"),
}
L = {}
def add(f, rows):
    L[f] = [r.split("|", 2) for r in rows.strip().split("\n")]
add("g01-api-service-archive-bootstrap-prod.properties", """
spring.cloud.config.password|FLAG|secret-placeholder: xxxxx, the config-server password left as the template mask in the prod bootstrap
spring.cloud.config.username|PASS|pass-nonsecret: xxxxx, a user name, not a secret
spring.cloud.config.uri|PASS|pass-production-host: https://microservices.sundsvall.se:8888, the municipality's own config server over TLS
spring.cloud.config.profile|PASS|pass-placeholder-ref: ${spring.profiles.active}, a reference
dept44.truststore.enabled|PASS|pass-nonsecret: true, truststore on (comment: required for config-server SSL)
""")
add("g02-kulakwetu-backend-application-prod.properties", """
spring.datasource.url|PASS|pass-placeholder-ref: ${DB_URL}, supplied at run time
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
app.jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
app.jwt.access-token-ttl-seconds|PASS|pass-nonsecret: 3600, a token lifetime
app.identity.verification-link-base-url|PASS|pass-prod-endpoint: default https://app.kulakwetu.com/auth/verify?token=, the public production site
spring.mail.properties.mail.smtp.ssl.enable|PASS|pass-tls-on: default true, implicit TLS to the mail relay
spring.mail.properties.mail.smtp.starttls.enable|PASS|pass-switched-off: false, STARTTLS not needed because ssl.enable is on
app.twilio.enabled|PASS|pass-switched-off: default false, SMS integration off (its empty credentials are optional and not labelled)
management.endpoint.health.show-details|PASS|pass-nonsecret: never
""")
add("g03-mescloud-application-production.properties", """
jwt.secretKey|PASS|pass-placeholder-ref: ${SECURITY_KEY}
spring.datasource.url|PASS|pass-placeholder-ref: jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}, host supplied at run time
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
aws.mqtt.awsSecretAccessKey|PASS|pass-placeholder-ref: ${AWS_SECRET_ACCESS_KEY}
aws.mqtt.clientEndpoint|PASS|pass-placeholder-ref: ${MQTT_CLIENT_ENDPOINT}
azure.storage.publicSasToken|PASS|pass-placeholder-ref: ${PUBLIC_SAS_TOKEN}
""")
add("g04-payment-service-application-prod.properties", """
spring.datasource.url|PASS|pass-placeholder-ref: jdbc:postgresql://${POSTGRES_HOST}:${POSTGRES_PORT}/${POSTGRES_DB}
spring.datasource.password|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}
jwt.secret|PASS|pass-placeholder-ref: ${JWT_INTERNAL_SECRET}
spring.kafka.bootstrap-servers|PASS|pass-placeholder-ref: ${KAFKA_BOOTSTRAPS}
eureka.instance.secure-port-enabled|PASS|pass-nonsecret: false, a Eureka registration detail (which port the instance advertises), not a TLS switch of a connection
management.tracing.sampling.probability|PASS|pass-nonsecret: 1.0, a sampling rate
management.endpoint.health.show-details|FLAG|beyond-gates: always, health details (and an unrestricted prometheus endpoint) exposed in the prod profile
""")
add("g05-shareday-be-application-release.properties", """
spring.datasource.password|FLAG|secret-placeholder: prod_password, a template password in the release profile
spring.datasource.url|PASS|pass-compose-host: jdbc:mysql://prod-db:3306/shareday, a container/cluster service host
spring.datasource.username|PASS|pass-nonsecret: prod_user, a user name
spring.security.oauth2.client.registration.google.client-secret|PASS|pass-placeholder-ref: ${GOOGLE_CLIENT_SECRET}
spring.security.oauth2.client.registration.naver.client-authentication-method|PASS|pass-nonsecret: client_secret_post, a method name
spring.security.oauth2.client.provider.kakao.token-uri|PASS|pass-prod-endpoint: https://kauth.kakao.com/oauth/token, Kakao's production endpoint
spring.security.oauth2.client.provider.naver.user-info-uri|PASS|pass-prod-endpoint: https://openapi.naver.com/v1/nid/me
spring.security.oauth2.client.registration.google.redirect-uri|FLAG|beyond-gates: http://hskoo.xyz:31000/..., an OAuth redirect over plain http on a public NodePort host (not localhost)
""")
add("g06-financial-application-release.properties", """
cors.allowed.origins|FLAG|url-placeholder: default https://yourdomain.com,https://www.yourdomain.com used when CORS_ALLOWED_ORIGINS is unset
api.key.encryption.secret|PASS|pass-placeholder-ref: ${API_KEY_ENCRYPTION_SECRET}
api.key.encryption.algorithm|PASS|pass-nonsecret: AES/GCM/NoPadding, an algorithm name
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
spring.flyway.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
spring.datasource.url|PASS|pass-placeholder-ref: ${DB_URL}
spring.jpa.hibernate.show-sql|FLAG|beyond-gates: true, SQL logging in the release profile
""")
add("g07-usto-be-application-release.properties", """
spring.datasource.url|FLAG|db-placeholder: jdbc:mysql://<DB_HOST>:3306/usto, the host left as a template token
spring.datasource.password|FLAG|secret-empty-required: empty database password in the release profile
spring.test.username|PASS|pass-nonsecret: release-user, a user name (the key says test)
spring.mail.password|PASS|pass-placeholder-ref: ${MAIL_PASSWORD}
coolsms.api.key|PASS|pass-placeholder-ref: ${SMS_API_KEY}
coolsms.api.secret|PASS|pass-placeholder-ref: ${SMS_API_SECRET}
spring.mail.properties.mail.smtp.starttls.required|PASS|pass-tls-on: true
app.auth-code-expiration-millis|PASS|pass-nonsecret: 1800000, a lifetime
""")
add("g08-imyme-be-application-release.properties", """
spring.data.redis.password|PASS|pass-placeholder-ref: ${REDIS_PASSWORD}
spring.data.redis.ssl.enabled|PASS|pass-tls-on: true (ElastiCache with TLS per the comment)
spring.rabbitmq.password|PASS|pass-placeholder-ref: ${RABBITMQ_PASSWORD}
spring.rabbitmq.ssl.enabled|PASS|pass-tls-on: true (Amazon MQ, amqps)
spring.rabbitmq.port|PASS|pass-nonsecret: default 5671, the TLS port
spring.security.oauth2.client.registration.kakao.redirect-uri|PASS|pass-placeholder-ref: ${FRONTEND_URL_RELEASE}/auth/callback/kakao
spring.config.activate.on-profile|PASS|pass-nonsecret: release, a profile name
logging.level.com.imyme.mine|FLAG|beyond-gates: DEBUG application logging in the pre-production release profile
""")
add("g09-vault-springboot-jungle-bootstrap-prod.properties", """
spring.cloud.vault.token|FLAG|secret-placeholder: 00000000-0000-0000-0000-000000000000, an all-zero Vault token in the prod bootstrap
spring.cloud.vault.scheme|FLAG|tls-off: http, the Vault connection without TLS in the prod profile
spring.cloud.vault.kv.enabled|PASS|pass-nonsecret: true, a backend switch
spring.application.name|PASS|pass-nonsecret: test-app, an application name (the word test is a name, not a mode)
""")
add("g10-budget-buddy-application-production.properties", """
spring.datasource.url|PASS|pass-tls-on: jdbc:postgresql://${RENDER_DB_HOST}:.../?sslmode=require, host supplied at run time, TLS required
spring.datasource.username|PASS|pass-placeholder-ref: ${RENDER_DB_USERNAME}
spring.datasource.password|PASS|pass-placeholder-ref: ${RENDER_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: none
spring.datasource.hikari.pool-name|PASS|pass-nonsecret: HikariCP
""")
add("g11-pftrust-application-production.properties", """
spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3360/... in the production profile
spring.datasource.password|FLAG|secret-weak: rayees123, a name followed by digits
jwt.secret-key|FLAG|secret-published: a 64-hex JWT signing key committed in the production profile
jwt.expire-time.access-token|PASS|pass-nonsecret: 3600000, a token lifetime
application.baseURL|PASS|pass-prod-endpoint: https://developerspftrust.coreintegra.com
file.upload-dir|PASS|pass-nonsecret: uploaded_files, a directory
spring.sql.init.mode|PASS|pass-nonsecret: never
""")
add("g12-eforms-gpp-service-application-prod-example.properties", """
app.cors.allowed-origins|FLAG|url-placeholder: https://yourdomain.com,https://www.yourdomain.com
app.cors.allowed-headers|PASS|pass-nonsecret: Content-Type,Authorization,X-Requested-With, header names
spring.application.name|PASS|pass-nonsecret: eforms-gpp-service
""")
add("g13-funds-btg-application-prod-example.properties", """
spring.data.mongodb.uri|PASS|pass-placeholder-ref: ${MONGODB_URI}
jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
jwt.expiration|PASS|pass-nonsecret: 86400000, a lifetime
spring.mail.password|PASS|pass-placeholder-ref: ${MAIL_PASSWORD}
management.endpoint.health.show-details|PASS|pass-nonsecret: never
""")
add("g14-seuoj-backend-application-prod-template.properties", """
spring.datasource.url|FLAG|db-placeholder: jdbc:mysql://<prod_db_host>:<prod_db_port>/<prod_db_name>
spring.datasource.password|FLAG|secret-placeholder: <your_prod_db_password>
spring.datasource.driver-class-name|PASS|pass-nonsecret: a driver class
""")
add("g15-mp-java-application-prod-template.properties", """
spring.datasource.url|FLAG|db-loopback: default jdbc:mysql://localhost:3306/modules (also useSSL=false) used when DB_URL is unset
spring.datasource.password|FLAG|secret-empty-required: ${DB_PASSWORD:}, the database password defaults to empty
config.server-url|FLAG|url-placeholder: default https://your-domain.com/api, the production API address
socketio.host|PASS|pass-bind-address: default 0.0.0.0
mqtt.enabled|PASS|pass-switched-off: default false (its localhost broker and empty credentials are not labelled)
logging.file.name|PASS|pass-nonsecret: a log file name
config.upload-path|PASS|pass-nonsecret: /var/www/uploads/
mqtt.client-id-prefix|PASS|pass-nonsecret: app_
""")
add("g16-m-alipay-demo-application-sandbox.properties", """
RSA_PRIVATE_KEY|FLAG|secret-published: an RSA private key (PKCS#8, base64) committed in the file
ALIPAY_URL|FLAG|sandbox-endpoint: https://openapi.alipaydev.com/gateway.do, Alipay's sandbox gateway
APP_ID|FLAG|test-credential: 2021000119683733, the sandbox application id paired with the alipaydev gateway
RETURN_URL|FLAG|url-local: http://192.168.10.8:9090/pay/pay-return, a private LAN address as the browser return URL
ALIPAY_RSA_PUBLIC_KEY|PASS|pass-public-key: Alipay's public key, not a secret
ALIPAY_RSA_PRIVATE_KEY|PASS|pass-empty-optional: empty; the merchant never holds Alipay's private key
""")
add("g17-payment-gateway-application-sandbox.properties", """
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/payment_gateway_sandbox
spring.datasource.password|FLAG|db-default-creds: payment_gateway, the password equals the user name
payment.gateways.onekhusa.environment|FLAG|sandbox-switch: sandbox
payment.gateways.onekhusa.base-url|FLAG|sandbox-endpoint: https://api.onekhusa.com/sandbox/v1
payment.gateways.onekhusa.api-key|FLAG|secret-empty-required: ${ONEKHUSA_API_KEY:}, empty default for an enabled gateway
payment.gateways.onekhusa.api-secret|FLAG|secret-empty-required: ${ONEKHUSA_API_SECRET:}, empty default for an enabled gateway
payment.gateways.onekhusa.enabled|PASS|pass-nonsecret: true, a feature switch
spring.flyway.enabled|PASS|pass-nonsecret: true
""")
add("g18-zenpipe-config-application-prod.properties", """
uri-pipedrive|FLAG|sandbox-host: https://zenika-sandbox.pipedrive.com/v1/, a sandbox company account in the prod profile
api-client|PASS|pass-placeholder-ref: ${API_name}
deal.portfolio.id|PASS|pass-nonsecret: empty, an id to fill in
org.account-manager.name|PASS|pass-nonsecret: empty, a name to fill in
""")
add("g19-wais-admin-config-application-prod.properties", """
spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/safeweb?useSSL=false in the prod profile
spring.datasource.password|FLAG|secret-weak: 123+Jvmp=456, a digit-wrapped password committed in the config repository
attack-log.orgHostInfos[0]|FLAG|secret-weak: 127.0.0.1,22,root,123456,..., an SSH login with password 123456
spring.application.profiles.active|PASS|pass-nonsecret: dev, misplaced under spring.application (not Spring's profile switch)
spring.application.devtools.restart.enabled|PASS|pass-switched-off: false
spring.profiles|PASS|pass-nonsecret: prod, a profile name
spring.datasource.testOnBorrow|PASS|pass-nonsecret: false, a pool setting (the key says test)
""")
add("g20-cloud-gateway-config-application-prod.properties", """
spring.cloud.gateway.routes[0].uri|PASS|pass-internal-host: lb://cloud-provider-service, a load-balanced service name
spring.cloud.gateway.routes[1].id|PASS|pass-nonsecret: payment_route2, a route id
eureka.instance.hostname|PASS|pass-internal-host: cloud-gateway-service
spring.cloud.gateway.discovery.locator.enabled|PASS|pass-nonsecret: true
""")
add("g21-greeting-service-config-application-prod.properties", """
management.endpoints.web.exposure.include[0]|FLAG|beyond-gates: *, every actuator endpoint exposed in the prod configuration
greeting-service.greeting|PASS|pass-nonsecret: Cia
greeting-service.default-value|PASS|pass-nonsecret: Mondo
spring.application.name|PASS|pass-nonsecret: greeting-service
""")
add("g22-product-order-service-k8s-prod-secret.properties", """
jwt-secret|FLAG|secret-published: base64 of prodSecretKey1234567890..., a literal secret committed in the prod Secret manifest (comment calls it a placeholder)
db-password|FLAG|secret-published: base64 of prod_password, committed in the prod Secret
kafka-password|FLAG|secret-published: base64 of prod_kafka_password
aws-secret-key|FLAG|secret-published: base64 of an AWS-example-style secret key
redis-password|FLAG|secret-published: base64 of prod_redis_password
db-username|PASS|pass-nonsecret: base64 of prod_user, a user name
kafka-username|PASS|pass-nonsecret: base64 of prod_kafka_user, a user name
s3-bucket-name|PASS|pass-nonsecret: base64 of product-order-service-prod, a bucket name
""")
add("g23-undercover-k8s-prod-secret.env", """
WECHAT_APP_SECRET|FLAG|secret-placeholder: your_actual_wechat_app_secret_here
WECHAT_TOKEN|FLAG|secret-placeholder: your_actual_wechat_token_here
REDIS_PASSWORD|PASS|pass-empty-optional: empty; the comment says to add one only if Redis needs a password
""")
add("g24-rag-studio-k8s-production-configmap.env", """
APP_ENV|PASS|pass-nonsecret: production
MLFLOW_TRACKING_URI|PASS|pass-internal-host: http://mlflow.rag-studio.svc.cluster.local:5000, a cluster service
QDRANT_URL|PASS|pass-internal-host: http://qdrant.rag-studio.svc.cluster.local:6333
MINIO_ENDPOINT|PASS|pass-internal-host: http://minio.rag-studio.svc.cluster.local:9000
AUTH_REQUIRED|PASS|pass-nonsecret: true, authentication on
AUTH_ACCESS_TOKEN_TTL_MINUTES|PASS|pass-nonsecret: 60, a token lifetime
""")
add("g25-tennis-court-reservation-k8s-production-configmap.env", """
SPRING_DATASOURCE_URL|PASS|pass-internal-host: jdbc:postgresql://postgres-service:5432/..., a cluster service
SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: postgres, a user name (the password is not in the ConfigMap)
APP_ENV|PASS|pass-nonsecret: production
""")
add("g26-buzzer-ansible-group-vars-production.properties", """
project_url|PASS|pass-production-host: buzzer.zanichelli.it
idp_url|PASS|pass-production-host: idp.zanichelli.it, the publisher's identity provider
env_param|PASS|pass-nonsecret: production
email_from|PASS|pass-nonsecret: a sender address
""")
add("g27-cityforge-ansible-group-vars-production.properties", """
tunnel_ingress[0].service|PASS|pass-self-call: http://localhost:3000, cloudflared on the same host forwarding to the local app
tunnel_ingress[2].service|PASS|pass-self-call: http://localhost:5000, the local API behind the tunnel
tunnel_ingress[0].hostname|PASS|pass-production-host: cityforge.com
tunnel_options.hello_world|PASS|pass-switched-off: false
tunnel_options.protocol|PASS|pass-nonsecret: http2
""")
add("g28-fitness-booking-ansible-group-vars-production.properties", """
db_password|FLAG|secret-weak: fitness_booking_prod_db_2024, app name plus year, committed in the production vars
debug|PASS|pass-switched-off: false
server_name|PASS|pass-production-host: fitnessbooking.com
email_host_user|PASS|pass-nonsecret: a mail login name
allowed_hosts[4]|PASS|pass-production-host: 146.190.158.14, the public server address in a Host allow list
""")
add("g29-storyfuntime-api-appsettings-production.properties", """
ConnectionStrings.DefaultConnection|FLAG|db-loopback: Server=localhost\\SQLEXPRESS in appsettings.Production.json
Replicate.ApiKey|FLAG|secret-placeholder: PASTE_YOUR_REAL_REPLICATE_KEY_HERE
Grok.ApiKey|FLAG|secret-placeholder: PASTE_YOUR_REAL_XAI_KEY_HERE
""")
add("g30-qr-order-pay-compose-production.env", """
PUBLIC_APP_URL|FLAG|url-local: default http://localhost:8080, the guest app URL given to browsers
STAFF_APP_URL|FLAG|url-local: default http://localhost:8081
ADMIN_APP_URL|FLAG|url-local: default http://localhost:8082
SERVER_ORIGIN|FLAG|url-local: default http://localhost:8080, the public origin
JWT_ACCESS_SECRET|FLAG|secret-empty-required: ${JWT_ACCESS_SECRET:-}, empty default
JWT_REFRESH_SECRET|FLAG|secret-empty-required: ${JWT_REFRESH_SECRET:-}, empty default
COOKIE_SECURE|FLAG|beyond-gates: default false, session cookies without the Secure flag in production
MONGODB_URI|PASS|pass-compose-host: mongodb://mongo:27017/..., a compose service (no credentials, like Redis on a compose host)
REDIS_URL|PASS|pass-compose-host: redis://redis:6379
AI_BASE_URL|PASS|pass-prod-endpoint: default https://api.openai.com/v1
NODE_ENV|PASS|pass-nonsecret: production
ACCESS_TOKEN_TTL|PASS|pass-nonsecret: 15m, a token lifetime
""")
add("g31-hybrid-ai-platform-infra-env-prod.env", """
ENVIRONMENT_TYPE|PASS|pass-nonsecret: prod
AWS_PROFILE|PASS|pass-nonsecret: TK-Admin, a named CLI profile, no credential
AWS_REGION|PASS|pass-nonsecret: us-east-1
ASSETS_BUCKET_FORCE_DESTROY|PASS|pass-switched-off: false
OPERATOR_ROLE_ENABLE_OBSERVABILITY_ACCESS|PASS|pass-switched-off: false
BEDROCK_INFERENCE_PROFILE_ARNS|FLAG|beyond-gates: empty although the comment says it is required for production (an ARN list, not a secret)
""")
add("g32-asap-website-builder-infra-env-prod.env", """
POSTGRES_PASSWORD|FLAG|secret-weak: asap_prod_test_password_2024, a descriptive test password
JWT_SECRET|FLAG|secret-placeholder: dev_test_jwt_secret_key_min_32_chars_long_here
PUBLIC_API_URL|FLAG|url-local: http://localhost:3000/api, the public API URL in the production env
POSTGRES_USER|PASS|pass-nonsecret: asap, a user name
API_PORT|PASS|pass-nonsecret: 3000
""")
add("g33-zent-infra-env-prod.env", """
POSTGRES_PASSWORD|FLAG|secret-weak: zentp4ssw0rd!, the app name plus leetspeak password
JWT_SECRET|FLAG|secret-weak: jwt-super-secret-2024
JWT_REFRESH_SECRET|FLAG|secret-weak: jwt-refresh-secret-2024
OPENWA_API_KEY|FLAG|secret-placeholder: owa_k1_placeholder (the header says to replace it after the first deploy)
OPENWA_WEBHOOK_SECRET|FLAG|secret-weak: webhook-secret-2024
OPENWA_SESSION_ID|PASS|pass-nonsecret: default, a session name
POSTGRES_USER|PASS|pass-nonsecret: zent
POSTGRES_DB|PASS|pass-nonsecret: zent
""")
add("g34-orchestrix-infra-env-prod.env", """
DB_PASSWORD|FLAG|db-default-creds: postgres/postgres in the prod env
SSL_MODE|FLAG|db-tls-off: disable
DB_HOST|PASS|pass-compose-host: postgres, a compose service
DB_USER|PASS|pass-nonsecret: postgres, a user name (the default pair is labelled on DB_PASSWORD)
SCHEDULER_SERVER_PORT|PASS|pass-nonsecret: 8000
""")
add("g35-loan-management-saas-env-sandbox-example.env", """
NEXT_PUBLIC_APP_ENV|FLAG|sandbox-switch: sandbox
DATABASE_URL|FLAG|db-placeholder: postgresql://postgres.[SANDBOX-REF]:[PASSWORD]@aws-0-[REGION].pooler.supabase.com
DIRECT_URL|FLAG|db-placeholder: [SANDBOX-REF]/[PASSWORD]/[REGION] template tokens
SUPABASE_URL|FLAG|url-placeholder: https://[SANDBOX-REF].supabase.co
SUPABASE_SERVICE_ROLE_KEY|FLAG|secret-empty-required: empty service-role key
JWT_SECRET|FLAG|secret-empty-required: empty
NEXTAUTH_SECRET|FLAG|secret-empty-required: empty
NEXTAUTH_URL|FLAG|url-placeholder: https://your-sandbox-app.vercel.app
SKIP_EMAIL_VERIFICATION|FLAG|beyond-gates: true, e-mail verification skipped
NODE_ENV|PASS|pass-nonsecret: production
SUPABASE_STORAGE_BUCKET|PASS|pass-nonsecret: lms-documents
TRIAL_DAYS|PASS|pass-nonsecret: 14
CRON_OVERDUE_ENABLED|PASS|pass-nonsecret: true, a job switch
""")
add("g36-cryptochain-merchant-env-sandbox.env", """
DATABASE_URL|FLAG|db-loopback: postgresql://cryptochain:cryptochain@localhost:5433/...
SEPOLIA_RPC_URL|FLAG|sandbox-endpoint: https://ethereum-sepolia-rpc.publicnode.com, an Ethereum testnet RPC
SEPOLIA_PRIVATE_KEY|FLAG|secret-published: a wallet private key committed in the file (called throwaway)
STRIPE_TEST_SECRET_KEY|FLAG|test-credential: sk_test_replace_me, a Stripe test-mode key slot
STRIPE_TEST_WEBHOOK_SECRET|FLAG|secret-placeholder: whsec_replace_me
NODE_ENV|FLAG|sandbox-switch: sandbox
REQUIRED_CONFIRMATIONS|PASS|pass-nonsecret: 3
PAYMENT_TOLERANCE_PERCENT|PASS|pass-nonsecret: 1
""")
files = sorted(f for f in os.listdir(".") if f[:1] == "g" and f[1:3].isdigit())
assert set(files) == set(S) == set(L), (set(files) ^ set(S), set(S) ^ set(L))
with open("labels.tsv", "w", encoding="utf-8") as o:
    o.write("file\tkey\texpected\twhy\tsource\n")
    for f in files:
        for k, e, w in L[f]:
            o.write(f"{f}\t{k}\t{e}\t{w}\t{S[f][0]}\n")
with open("sources.tsv", "w", encoding="utf-8") as o:
    for f in files: o.write(f"{f}\t{S[f][0]} {S[f][1]}\n")
with open("repos.txt", "w") as o:
    for f in files: o.write(S[f][0].split("@")[0] + "\n")
print("files", len(files), "labels", sum(len(L[f]) for f in files))
