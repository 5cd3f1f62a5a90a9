#!/usr/bin/env python3
"""Holds this set's label rows and source rows; writes labels.tsv, sources.tsv, repos.txt. Runs no readiness code."""
import os, re
SRC = {
'p01': ('p01-bookvexe-payment-application-k8s.properties', 'GDevNeON/bookvexe-payment-service@19a01b9b75b43c36dae65eb052cd3150ae9b34e8:src/main/resources/application-k8s.yml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p02': ('p02-karaplan-application-gcp.properties', 'fcrespel/karaplan@817606d324b49f2556e2079b12f072ee371bc3de:src/main/resources/application-gcp.yml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p03': ('p03-smarthouse-controller-application-k8s.properties', 'dansRiete/smarthouse-controller@06bb2e7de8e8c9b1556bc6254df6561a8e18ee06:src/main/resources/application-k8s.yml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p04': ('p04-modelstore-application.properties', 'chupre/modelstore@025615e8c816f20996482cb997bd64e471c5595b:src/main/resources/application.yaml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p05': ('p05-movie-application-v2-application-prod.properties', 'buihien0109/movie-application-v2@3e6e8ffddb33be8bf9673bd47ff61be0242f1f84:application-backend/src/main/resources/application-prod.properties', 'as committed'),
'p06': ('p06-senado-iudigital-api-application-aws.properties', 'Est14/senado-iudigital-api@11ea2e657647f908cf45c9de4c3cbaf391ddaa1c:src/main/resources/application-aws.properties', 'as committed'),
'p07': ('p07-hcl-customer-ms-application-aws.properties', 'HCLDevOpsCOE/customer-ms@195eccaf02273b4e0470b32095510a15bdb2eccf:src/main/resources/application-aws.properties', 'as committed'),
'p08': ('p08-baleen-application-azure.properties', 'dma-dk/baleen@61fe10df2c77b0bb489999fae7b86409be6b3cb3:src/main/resources/application-azure.properties', 'as committed'),
'p09': ('p09-brifnet-mpesa-gateway-env-example.env', 'denno88/brifnet-mpesa-gateway@c25657889fe0fec82da8f9d8e49b7344131e6082:.env.example', 'as committed'),
'p10': ('p10-pulssjekk-application-heroku.properties', 'CapgeminiNorway/pulssjekk@80135aa425f781e2d3c9366a757001c939ee7d98:src/main/resources/application-heroku.properties', 'as committed'),
'p11': ('p11-paymob-go-integration-env-example.env', 'Aliexe-code/paymob-go-integration@a4688fdc0497dd45e8645c0a13819e633243f786:.env.example', 'as committed'),
'p12': ('p12-xendit-payment-gateway-sandbox-env-example.env', 'beeerlian/xendit-payment-gateway-sandbox@63338a549129e308ecffc83e7d5bff822808e218:.env.example', 'as committed'),
'p13': ('p13-accounts-service-application-docker.properties', 'ALamin068/accounts-service@2de2acb3d32b6e780a3a28669499bf7fb35192eb:src/main/resources/application-docker.yml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p14': ('p14-discount-watcher-server-application-docker.properties', 'ANEvdokimov/discount-watcher-server@6465531fc96bdcc93412ee5a656fec6e2a9a8f49:src/main/resources/application-docker.yml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p15': ('p15-venus-application-docker.properties', 'AAbdelhady/venus@3e422332df27a735902ad899317c07774e84770e:src/main/resources/application-docker.yml', 'YAML flattened by yaml2props.py (original in yaml-originals/)'),
'p16': ('p16-libro-e-library-appsettings-production.properties', 'AbbasSk2004/Libro-E-library-Backend@88963b4b330b7886976e745a8f75bb8f53aa808c:appsettings.Production.json', 'JSON flattened by json2props.py (original in originals/)'),
'p17': ('p17-agentkit-helm-backend-values.properties', 'BCG-X-Official/agentkit@5e5453053d77ad629876960778e1b018c851103e:helm/backend/values.yaml', 'Helm values flattened by yaml2props.py (original in yaml-originals/)'),
'p18': ('p18-banking-app-helm-backend-values.properties', 'HamzaZizi/banking-app@06c46a23d542abe0be8858912cb26b46d327f3ad:helm/backend/values.yaml', 'Helm values flattened by yaml2props.py (original in yaml-originals/)'),
'p19': ('p19-park-helm-backend-values.properties', 'HTWG-Zeugs/park@0e14636536b04b35190408c710aaec3f9df7a43e:helm/backend/values.yaml', 'Helm values flattened by yaml2props.py (original in yaml-originals/)'),
'p20': ('p20-cc-infra-helm-backend-values.properties', 'CampusConnectWCU/cc-infra@283e03505363a54bd8fef4ffcde3b866e6bfe09e:helm/backend/values.yaml', 'Helm values flattened by yaml2props.py (original in yaml-originals/)'),
'p21': ('p21-spring-react-devops-eks-helm-backend-values.properties', 'HasanAshab/spring-react-devops-eks@9d1d9d3bc8ee381f29b932c1351d6e4507274395:helm/backend/values.yaml', 'Helm values flattened by yaml2props.py (original in yaml-originals/)'),
'p22': ('p22-antu-helm-values-kub-ent-prd.properties', 'entur/antu@0bdd45d300e8889f6b26c3c479356fb603ace6c6:helm/antu/env/values-kub-ent-prd.yaml', 'Helm values flattened by yaml2props.py (original in yaml-originals/)'),
'p23': ('p23-lamassu-application.properties', 'entur/lamassu@01015579946fa5f9ed2301668389bf5bd62d85d3:src/main/resources/application.properties', 'as committed'),
'p24': ('p24-vision-zero-api-env-example.env', 'cityofaustin/vision-zero@52e07e7317698173e4d212770ba2851448e5cb11:api/.env.example', 'as committed'),
'p25': ('p25-redcapcustodian-hosts-example-env.env', 'ctsit/redcapcustodian@8c9dbe1bae472481a8d4f724d53390d866937aaa:hosts/example/example.env', 'as committed'),
'p26': ('p26-sbl-project-compose-releases.env', 'cfpb/sbl-project@6a108c432c43c888ac8b5c0e3bac6272ad2d3d93:docker-compose-releases.yml', 'compose environment: entries (all services) written by compose2env.py (original in originals/)'),
'p27': ('p27-spring-nextjs-gcash-demo-application.properties', 'chatchatabc/spring-nextjs-gcash-demo@41c5273777f6f8e4f5015be731b4373ab44fc842:backend/src/main/resources/application.properties', 'as committed'),
'p28': ('p28-wildguard-api-env-example.env', 'AfricasTalkingHackathons/wildguard-api@bdb30a16101f0411131d6a0e10ade8e7ad9ff867:.env.example', 'as committed'),
'p29': ('p29-africastalking-mcp-env-example.env', 'Blackie360/africastalking-mcp@83ae987bbe2fc24b7c8d8ab7e2a56a424e2304e0:.env.example', 'as committed'),
'p30': ('p30-guildkeeper-rs-config-production.properties', 'Albion-Guild-Keeper/guildkeeper-rs@aa57dadb4c9cefbc83b3c7828f396adca18070ef:config/production.toml', 'TOML flattened by toml2props.py (original in originals/)'),
'p31': ('p31-lighter-auth-config-production.properties', 'Geriano/lighter-auth@6f0b7782e118dc76abe8be38d4b314f873c9404c:config/production.toml', 'TOML flattened by toml2props.py (original in originals/)'),
'p32': ('p32-poc-fitness-assistant-ai-config-production.properties', 'Fai/poc-fitness-assistant-ai@b0d8443bd3fe22b1f210dbf80c6be21291eb747d:config/production.toml', 'TOML flattened by toml2props.py (original in originals/)'),
'p33': ('p33-hops-config-production.properties', 'Amund-Fremming/hops@0a4cfb0be091052463e5a424a798acdf75e57d1d:config/production.toml', 'TOML flattened by toml2props.py (original in originals/)'),
'p34': ('p34-axumreactadmin-config-production.properties', 'AskHeartTechnology/AxumReactAdmin@160efbb1e014a4df4114a722d169ab5abf9bb1c4:config/production.toml', 'TOML flattened by toml2props.py (original in originals/)'),
'p35': ('p35-uttu-github-workflow-ci-env.env', 'entur/uttu@016d4157bb733e144337a9386f5b836f4813db63:.github/workflows/ci.yml', 'job-level env: entries written as KEY=value by an inline PyYAML snippet (original in originals/; see README)'),
'p36': ('p36-gcash-payment-reconciliation-env-example.env', 'Bowjj/Gcash-Payment-Reconciliation@189d96b7fbb6c8d6871ac4cd842f19940a41e337:.env.example', 'as committed'),
}
ROWS = r"""
p01|spring.datasource.password|FLAG|secret-weak: root, a default-style database password in the k8s profile
p01|spring.datasource.url|PASS|pass-compose-host: postgres-service, a cluster service host (the password is labelled separately)
p01|spring.datasource.username|PASS|pass-nonsecret: postgres, a user name
p01|vnpay.hashSecret|FLAG|secret-published: a literal VNPay merchant hash secret (sandbox terminal) committed in a public file
p01|vnpay.tmnCode|PASS|pass-nonsecret: VWJ2IOSO, the merchant terminal code, an identifier rather than a secret
p01|vnpay.payUrl|FLAG|sandbox-endpoint: https://sandbox.vnpayment.vn/..., the VNPay sandbox payment page
p01|vnpay.returnUrl|FLAG|url-local: a developer ngrok-free.dev tunnel as the payment return URL
p01|vnpay.frontendReturnUrl|FLAG|url-local: http://localhost:5173/payment/vnpay-return, a browser redirect target on localhost
p01|vnpay.frontendCancelUrl|FLAG|url-local: http://localhost:5173/booking, a browser redirect target on localhost
p01|spring.kafka.producer.bootstrap-servers|PASS|pass-compose-host: kafka-service:9092, a cluster service host
p02|spring.datasource.password|PASS|pass-secret-ref: ${sm://...-db-password}, a GCP Secret Manager reference resolved at start
p02|spring.datasource.username|PASS|pass-secret-ref: ${sm://...-db-username}, a Secret Manager reference
p02|spring.security.oauth2.client.registration.google.client-secret|PASS|pass-secret-ref: ${sm://...-google-client-secret}, a Secret Manager reference
p02|spring.security.oauth2.client.registration.github.client-secret|PASS|pass-secret-ref: ${sm://...-github-client-secret}, a Secret Manager reference
p02|spring.cloud.gcp.sql.instance-connection-name|PASS|pass-secret-ref: the Cloud SQL instance name from Secret Manager
p02|spring.cloud.gcp.secretmanager.enabled|PASS|pass-nonsecret: true, a feature switch that turns Secret Manager on
p02|spring.config.import|PASS|pass-nonsecret: sm://, the Secret Manager config import
p03|spring.datasource.url|PASS|pass-compose-host: jdbc:postgresql://smarthouse-db:5432, a cluster service host
p03|mqtt.server-in|PASS|pass-compose-host: smarthouse-mqtt-broker, the in-cluster MQTT broker
p03|influxdb.url|PASS|pass-compose-host: http://smarthouse-influxdb:8086, an in-cluster time-series database
p03|smarthouse.db.hostname|PASS|pass-compose-host: smarthouse-db, a cluster service host
p03|smarthouse.db.restore-on-startup|PASS|pass-switched-off: false
p03|smarthouse.db.dump-on-destroy|PASS|pass-switched-off: false
p03|mqtt.msgSendingEnabled|PASS|pass-nonsecret: true, a feature switch
p04|spring.datasource.url|PASS|pass-placeholder-ref: ${DB_URL}
p04|spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
p04|spring.jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
p04|yookassa.secret-key|PASS|pass-placeholder-ref: ${YOOKASSA_SECRET_KEY}
p04|yookassa.payout-gateway-secret-key|PASS|pass-placeholder-ref: ${YOOKASSA_PAYOUT_GATEWAY_SECRET_KEY}
p04|spring.cors.frontendUrl|PASS|pass-placeholder-ref: ${FRONTEND_URL}
p04|spring.mail.host|PASS|pass-provider-host: smtp.yandex.ru, the production mail provider
p04|spring.mail.properties.mail.smtp.starttls.enable|PASS|pass-tls-on: true
p04|spring.jwt.accessTokenExpiration|PASS|pass-nonsecret: 300, a token lifetime
p05|application.security.jwt.secret-key|FLAG|secret-published: 404E6352...5970, the widely copied tutorial JWT signing key, in the prod profile
p05|spring.datasource.url|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_URL}
p05|spring.datasource.password|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_PASSWORD}
p05|spring.mail.password|PASS|pass-placeholder-ref: ${SPRING_MAIL_PASSWORD}
p05|spring.mail.host|PASS|pass-provider-host: smtp.gmail.com
p05|app.vnp.ip.address|PASS|pass-placeholder-ref: ${SPRING_APP_VNP_IP_ADDRESS}
p05|application.security.jwt.expiration|PASS|pass-nonsecret: 86400000, a token lifetime
p05|spring.mail.properties.mail.smtp.starttls.enable|PASS|pass-tls-on: true
p05|spring.jpa.show-sql|FLAG|beyond-gates: true in the prod profile (SQL logged)
p06|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306 in the aws profile
p06|spring.datasource.password|FLAG|secret-published: a literal database password committed in the aws profile
p06|spring.datasource.username|PASS|pass-nonsecret: root, a user name
p06|est14.jwt.token.secret|FLAG|secret-published: a literal JWT signing secret committed in the aws profile
p06|est14.jwt.security.enable|FLAG|beyond-gates: false, JWT security switched off in the aws profile
p06|est14.jwt.issuer|PASS|pass-nonsecret: www.est14.dart.com, an issuer name
p06|est14.jwt.token.auth.path|PASS|pass-nonsecret: a URL path of the token endpoint, not a token
p06|est14.jwt.token.expires-in|PASS|pass-nonsecret: 3600, a token lifetime
p06|server.error.include-stacktrace|PASS|pass-nonsecret: never
p07|spring.datasource.url|FLAG|db-tls-off: useSSL=false to a MySQL server on a public EC2 host
p07|spring.datasource.password|FLAG|db-default-creds: root/root
p07|eureka.client.serviceUrl.defaultZone|PASS|pass-production-host: the Eureka registry on the deployment's EC2 host
p07|eureka.instance.metadataMap.instanceId|PASS|pass-placeholder-ref: ${spring.application.name}:${random.value}
p07|spring.datasource.testWhileIdle|PASS|pass-nonsecret: true
p07|spring.application.name|PASS|pass-nonsecret: customer
p07|server.port|PASS|pass-nonsecret: 4040
p07|spring.jpa.show-sql|FLAG|beyond-gates: true in the aws profile
p08|spring.datasource.url|PASS|pass-managed-db: default is an Azure Database for PostgreSQL flexible server with sslmode=require
p08|spring.datasource.username|PASS|pass-nonsecret: default baleendbadmin, a user name (the password comes from Key Vault)
p08|spring.datasource.driver-class-name|PASS|pass-nonsecret: org.postgresql.Driver
p08|spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: validate
p08|spring.sql.init.platform|PASS|pass-nonsecret: postgresql
p09|DARAJA_CONSUMER_KEY|FLAG|secret-empty-required: the Daraja consumer key, required for every M-Pesa call, is empty
p09|DARAJA_CONSUMER_SECRET|FLAG|secret-empty-required: empty Daraja consumer secret
p09|DARAJA_PASSKEY|FLAG|secret-empty-required: empty STK push passkey
p09|DARAJA_AUTH_URL|FLAG|sandbox-endpoint: https://sandbox.safaricom.co.ke/oauth/...
p09|DARAJA_STK_PUSH_URL|FLAG|sandbox-endpoint: https://sandbox.safaricom.co.ke/mpesa/stkpush/...
p09|DARAJA_STK_QUERY_URL|FLAG|sandbox-endpoint: https://sandbox.safaricom.co.ke/mpesa/stkpushquery/...
p09|DARAJA_CALLBACK_URL|FLAG|url-placeholder: https://your-domain.com/..., the public M-Pesa callback URL left as a template
p10|spring.datasource.url|PASS|pass-placeholder-ref: ${heroku_db_url}
p10|spring.datasource.username|PASS|pass-placeholder-ref: ${heroku_db_username}
p10|spring.datasource.password|PASS|pass-placeholder-ref: ${heroku_db_password}
p10|spring.jpa.properties.hibernate.dialect|PASS|pass-placeholder-ref: ${heroku_db_hibernate_dialect}
p10|spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: create (schema dropped and recreated) in the Heroku deployment profile
p11|PAYMOB_API_KEY|FLAG|secret-placeholder: your_paymob_api_key_here
p11|PAYMOB_HMAC_SECRET|FLAG|secret-placeholder: your_hmac_secret_here, the webhook signature secret
p11|PAYMOB_BASE_URL|PASS|pass-prod-endpoint: https://accept.paymobsolutions.com, the PayMob production API
p11|SERVER_URL|FLAG|url-local: http://localhost:3000, the public URL PayMob webhooks are sent to
p11|DEMO_MODE|PASS|pass-switched-off: false, real PayMob payments (not the demo simulation)
p11|PORT|PASS|pass-nonsecret: 3000
p12|APP_SECRET|FLAG|secret-placeholder: random-string-as-salt-for-jwt, a descriptive JWT salt left as the template text
p12|DATABASE_URL|FLAG|db-placeholder: mysql://username:password@localhost:5432/dbname
p12|MAIL_PASSWORD|FLAG|secret-placeholder: password
p12|BASE_URL|FLAG|url-local: http://localhost:8080/, the public base URL
p12|FE_URL|FLAG|url-local: http://localhost:8080/, the front-end URL used in redirects
p12|LOG_DEBUGGING|FLAG|beyond-gates: true, debug logging
p12|APP_TOKEN_EXPIRES_IN|PASS|pass-nonsecret: 1d, a token lifetime
p12|PORT|PASS|pass-nonsecret: 8080
p13|spring.datasource.url|FLAG|db-tls-off: useSSL=false (MySQL on the compose host mysql)
p13|spring.datasource.password|FLAG|secret-weak: app
p13|jwt.secret|FLAG|secret-published: a literal descriptive JWT secret committed in the docker profile
p13|stripe.secret.key|FLAG|test-credential: default sk_test_dummy_key_for_development, a Stripe test-mode key
p13|stripe.webhook.secret|FLAG|secret-placeholder: default whsec_dummy_secret_for_development
p13|management.endpoints.web.exposure.include|FLAG|beyond-gates: exposes the env actuator endpoint
p13|spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: validate
p13|jwt.expiration|PASS|pass-nonsecret: 86400000, a token lifetime
p13|spring.flyway.baseline-on-migrate|PASS|pass-nonsecret: true
p14|spring.datasource.password|FLAG|secret-placeholder: secret-password
p14|spring.datasource.url|PASS|pass-placeholder-ref: host and port from ${DB_HOST}:${DB_PORT}
p14|spring.datasource.username|PASS|pass-nonsecret: discount_watcher_server, a user name
p14|application.security.jwt.secret|FLAG|secret-published: a literal (repeated-pattern) JWT secret committed in the docker profile
p14|server.ssl.enabled|PASS|pass-tls-on: true
p14|server.ssl.key-store-password|PASS|pass-placeholder-ref: ${KEY_STORE_PASSWORD}
p14|server.ssl.key-alias|PASS|pass-nonsecret: DWS, a key-store alias, not a key
p14|application.parser.lenta-referer-header|PASS|pass-nonsecret: https://lenta.com/, a Referer header value for a scraped shop
p14|application.security.jwt.expiration-time|PASS|pass-nonsecret: 2592000, a token lifetime
p15|spring.datasource.password|FLAG|db-default-creds: postgres/password
p15|spring.datasource.url|PASS|pass-compose-host: db, a compose service host
p15|spring.datasource.name|PASS|pass-nonsecret: jdbc/DataSource
p15|frontend.base-url|FLAG|url-local: http://localhost:4200, the front-end base URL used in links and redirects
p15|spring.jpa.show-sql|FLAG|beyond-gates: true
p16|Jwt.Key|FLAG|secret-empty-required: the JWT signing key is empty in appsettings.Production.json
p16|Supabase.ServiceRoleKey|FLAG|secret-empty-required: empty Supabase service-role key
p16|ConnectionStrings.DefaultConnection|FLAG|secret-empty-required: empty production database connection string
p16|AllowedHosts|PASS|pass-nonsecret: *, a host filter
p16|Logging.LogLevel.Default|PASS|pass-nonsecret: Information
p17|env.NEXTAUTH_URL|FLAG|url-local: http://localhost:3000, the NextAuth site URL (OAuth callbacks, browser redirects)
p17|env.ENABLE_AUTH|FLAG|beyond-gates: false, authentication disabled in the chart defaults
p17|env.MINIO_ROOT_USER|PASS|pass-nonsecret: minioadmin, a user name (no password in the file)
p17|env.PROJECT_NAME|PASS|pass-nonsecret: agentkit
p17|env.DATABASE_PORT|PASS|pass-nonsecret: 5432
p17|env.ENABLE_LLM_CACHE|PASS|pass-switched-off: false
p17|env.SQL_TOOL_DB_ENABLED|PASS|pass-nonsecret: true, a tool switch
p17|env.PDF_TOOL_DATABASE|PASS|pass-nonsecret: pdf_indexing_1, a database name
p18|env.config.DOWNSTREAM_URL|PASS|pass-compose-host: http://fraud-check:9090, an in-namespace service
p18|name|PASS|pass-placeholder-ref: <+env.name.toLowerCase()>-<+service.name>, a Harness expression resolved at deploy time
p18|image|PASS|pass-placeholder-ref: <+artifact.image>, a Harness expression
p18|namespace|PASS|pass-placeholder-ref: <+infra.namespace>, a Harness expression
p18|env.config.JAVA_TOOL_OPTIONS|PASS|pass-nonsecret: -Xms512m -Xmx512m
p18|readinessPath|PASS|pass-nonsecret: /actuator/health/readiness
p18|env.secrets|PASS|pass-nonsecret: an empty map; the Secret is filled by the deployment pipeline
p18|env.config.CORS_ALLOWED_ORIGINS|FLAG|beyond-gates: *, any origin for a banking back end
p19|identityPlatForm.apiKey|FLAG|secret-placeholder: API_KEY
p19|identityPlatForm.authDomain|FLAG|template-host: AUTH_DOMAIN, the Identity Platform auth domain left as a template
p19|propertyManagement.service.name|PASS|pass-nonsecret: property-management
p19|propertyManagement.serviceAccount.name|PASS|pass-nonsecret: property-management-sa, a service-account name
p19|authenticationService.service.port|PASS|pass-nonsecret: 8082
p19|ingress.name|PASS|pass-nonsecret: park-backend-ingress
p20|secrets.session_secret|FLAG|secret-empty-required: empty session secret in the chart values (set via --set-string per the comment)
p20|secrets.encryption_key|FLAG|secret-empty-required: empty encryption key
p20|secrets.mongodb_uri|FLAG|secret-empty-required: empty MongoDB URI
p20|config.cookieSecure|PASS|pass-tls-on: true, secure cookies
p20|config.nodeEnv|PASS|pass-nonsecret: production
p20|config.host|PASS|pass-bind-address: 0.0.0.0
p20|configMap.name|PASS|pass-nonsecret: campus-connect-backend-config
p20|config.sessionLifetime|PASS|pass-nonsecret: 86400000
p21|mysql.auth.password|FLAG|secret-weak: appsecret
p21|mysql.auth.rootPassword|FLAG|secret-weak: rootpassword
p21|mysql.useSSL|FLAG|db-tls-off: false
p21|mysql.auth.username|PASS|pass-nonsecret: appuser
p21|mysql.fullnameOverride|PASS|pass-nonsecret: db, a release name
p21|securityContext.runAsNonRoot|PASS|pass-nonsecret: true
p21|image.repository|PASS|pass-nonsecret: a ghcr.io image
p21|mysql.primary.persistence.enabled|FLAG|beyond-gates: false, the database is not persisted
p22|common.env|PASS|pass-nonsecret: prd
p22|common.ingress.host|PASS|pass-production-host: timetable-validation-v1-validation-gcp2.entur.io
p22|tiamatUrl|PASS|pass-internal-host: http://tiamat.prd.entur.internal/..., an internal production service
p22|baba.service|PASS|pass-internal-host: http://baba.prd.entur.internal
p22|kafka.brokers|PASS|pass-managed: the production Aiven Kafka brokers
p22|kafka.registry|PASS|pass-managed: the Aiven schema registry (https)
p22|auth0.client.clientId|PASS|pass-nonsecret: an OAuth client id, a public identifier (the secret is an external secret)
p22|auth0.internal.clientId|PASS|pass-nonsecret: an OAuth client id
p22|auth0.client.tokenUri|PASS|pass-prod-endpoint: https://partner.entur.org/oauth/token
p22|agreementRegistryUrl|PASS|pass-prod-endpoint: https://api.entur.io/agreements/v1
p23|org.entur.lamassu.baseUrl|FLAG|url-local: http://localhost:8080, the public base URL written into the published GBFS feed URLs
p23|org.entur.lamassu.internalLoadBalancer|PASS|pass-self-call: http://127.0.0.1:8080, internal endpoints reached on the same host
p23|graphiql.enabled|FLAG|beyond-gates: true, the GraphiQL console enabled in the main configuration
p23|org.entur.lamassu.feedproviders|PASS|pass-nonsecret: classpath:feedproviders.yml
p23|org.entur.lamassu.targetLanguageCode|PASS|pass-nonsecret: nb
p24|HASURA_GRAPHQL_ADMIN_SECRET|FLAG|secret-weak: hasurapassword
p24|AWS_S3_KEY|FLAG|secret-placeholder: your_s3_key_here
p24|AWS_S3_SECRET|FLAG|secret-placeholder: your_s3_secret_here
p24|CLIENT_ID|PASS|pass-nonsecret: an Auth0 client id, a public identifier
p24|AUTH0_DOMAIN|PASS|pass-provider-host: atd-datatech.auth0.com
p24|AWS_DEFAULT_REGION|PASS|pass-nonsecret: us-east-1
p25|REDCAP_DB_PASSWORD|FLAG|secret-placeholder: DB_PASSWORD
p25|REDCAP_DB_HOST|FLAG|db-placeholder: DB_HOST
p25|SMTP_SERVER|FLAG|template-host: smtp.example.org
p25|EMAIL_FROM|PASS|pass-nonsecret: an address
p25|TIME_ZONE|PASS|pass-nonsecret: America/New_York
p26|KEYCLOAK_ADMIN_PASSWORD|FLAG|secret-weak: admin
p26|KC_DB_PASSWORD|FLAG|secret-weak: keycloak
p26|POSTGRES_PASSWORD|FLAG|secret-weak: admin
p26|KC_HOSTNAME|FLAG|url-local: localhost, the Keycloak public host name (issuer and browser redirects)
p26|KC_DB_URL|PASS|pass-compose-host: jdbc:postgresql://pg:5432/keycloak
p26|SMTP_HOST|PASS|pass-compose-host: mailpit
p26|KEYCLOAK_ADMIN|PASS|pass-nonsecret: admin, a user name
p26|FROM_ADDR|PASS|pass-nonsecret: an e-mail address, not a URL
p26|SBLAR_REPO|PASS|pass-prod-endpoint: https://api.github.com/repos/cfpb/sbl-test-data/...
p27|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306
p27|spring.datasource.password|FLAG|secret-weak: pass
p27|jwt.secret|FLAG|secret-weak: secret
p27|spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: create-drop
p27|spring.datasource.username|PASS|pass-nonsecret: root, a user name
p27|jwt.expiration|PASS|pass-nonsecret: 3600000, a token lifetime
p27|spring.datasource.driver-class-name|PASS|pass-nonsecret: com.mysql.cj.jdbc.Driver
p28|DATABASE_URL|FLAG|db-placeholder: postgresql://username:password@localhost:5432/echogrid
p28|AT_API_KEY|FLAG|secret-placeholder: your_africastalking_api_key_here
p28|JWT_SECRET|FLAG|secret-placeholder: your_32_character_minimum_jwt_secret_here
p28|USSD_CODE|PASS|pass-nonsecret: *123#
p28|SMS_SENDER_ID|PASS|pass-nonsecret: EchoGrid
p28|MAX_FILE_SIZE|PASS|pass-nonsecret: 10485760
p29|AT_ENVIRONMENT|FLAG|sandbox-switch: sandbox
p29|AT_USERNAME|FLAG|sandbox-switch: sandbox, the Africa's Talking sandbox account name that selects the sandbox API
p29|AT_ENABLE_MUTATIONS|PASS|pass-nonsecret: false, a tool safety switch
p29|AT_AIRTIME_CURRENCY|PASS|pass-nonsecret: KES
p29|AT_MAX_RECIPIENTS|PASS|pass-nonsecret: 10
p29|AT_TIMEOUT_MS|PASS|pass-nonsecret: 15000
p30|database.url|FLAG|db-placeholder: postgres://user:pass@prod-db.example.com/mydb in the production config
p30|bot.token|FLAG|secret-placeholder: ABC123XYZ_PROD_BOT_TOKEN
p30|server.host|PASS|pass-bind-address: 0.0.0.0
p30|database.max_connections|PASS|pass-nonsecret: 100
p30|log.log_level|PASS|pass-nonsecret: warn
p31|database.url|FLAG|db-loopback: postgres://lighter:lighter@localhost:5432 in the production config
p31|server.tls.enabled|FLAG|tls-off: false in the production config (its comment says TLS should be enabled)
p31|auth.jwt.enabled|FLAG|beyond-gates: false, JWT auth off in production until a secret is configured
p31|api.swagger_enabled|PASS|pass-switched-off: false
p31|app.environment|PASS|pass-nonsecret: production
p31|security.headers.hsts_max_age|PASS|pass-nonsecret: 31536000
p31|database.migration.auto_migrate|PASS|pass-switched-off: false
p31|security.rate_limit.enabled|PASS|pass-nonsecret: true
p31|auth.jwt.algorithm|PASS|pass-nonsecret: HS256, an algorithm name
p32|jwt.secret|FLAG|secret-empty-required: empty JWT secret in the production config (the header says it comes from FA__JWT__SECRET)
p32|ai.model|PASS|pass-nonsecret: llama3.2, a model name
p32|server.host|PASS|pass-bind-address: 0.0.0.0
p32|jwt.access_token_expiry_secs|PASS|pass-nonsecret: 900
p32|ai.enabled|PASS|pass-nonsecret: true
p33|database.url|FLAG|db-default-creds: postgres:password on the compose host postgres, in the production config
p33|server.address|PASS|pass-bind-address: 0.0.0.0
p33|auth.audience|PASS|pass-nonsecret: hops
p33|auth.issuer|PASS|pass-nonsecret: hops
p34|database.url|FLAG|db-loopback: postgres://localhost:5432/ara in the production config
p34|jwt.secret|FLAG|secret-weak: ara-json-web-token-secret, a guessable project-named secret
p34|server.host|PASS|pass-bind-address: 0.0.0.0
p34|log.target|PASS|pass-nonsecret: ARA-API-PROD
p34|jwt.expire_hours|PASS|pass-nonsecret: 24
p35|CONTAINER_REGISTRY_PASSWORD|PASS|pass-secret-ref: ${{ secrets.DOCKERHUB_PASSWORD }}, a GitHub Actions secret reference
p35|CONTAINER_REGISTRY_USER|PASS|pass-secret-ref: ${{ secrets.DOCKERHUB_LOGIN }}
p35|CONTAINER_REPO|PASS|pass-nonsecret: docker.io/entur/uttu
p35|TZ|PASS|pass-nonsecret: Europe/Oslo
p36|NEXT_PUBLIC_SUPABASE_URL|FLAG|url-placeholder: https://your-project.supabase.co
p36|E2E_USER_A_PASSWORD|FLAG|test-credential: test-password-a, an end-to-end test account password
p36|E2E_USER_B_PASSWORD|FLAG|test-credential: test-password-b
p36|E2E_USER_A_EMAIL|PASS|pass-nonsecret: an e-mail address
p36|E2E_USER_A_BUSINESS|PASS|pass-nonsecret: Test Business A, a display name
"""
rows = []
for l in ROWS.strip().split("\n"):
    fid, k, e, w = l.split("|", 3)
    f, src, note = SRC[fid]
    rows.append((f, k, e, w, src))
rows.sort(key=lambda r: r[0])  # stable: keeps row order within a file
with open("labels.tsv", "w", encoding="utf-8") as o:
    o.write("file\tkey\texpected\twhy\tsource\n")
    for r in rows: o.write("\t".join(r) + "\n")
with open("sources.tsv", "w", encoding="utf-8") as o:
    for fid in sorted(SRC):
        f, src, note = SRC[fid]; o.write(f"{f}\t{src} {note}\n")
repos = sorted({s[1].split("@")[0] for s in SRC.values()}, key=str.lower)
open("repos.txt", "w").write("\n".join(repos) + "\n")
print("rows", len(rows), "repos", len(repos))
