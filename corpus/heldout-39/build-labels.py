#!/usr/bin/env python3
"""Written for this set: holds the label rows and writes labels.tsv, sources.tsv, repos.txt. Runs no readiness code."""
SRC = {
 'm01-todak-config-repo-application-prod.properties': ('Todak-Todag/server@1d7d92b6abb555eba69e295d92b9bebda569deb3:config-repo/application-prod.yml', '(Spring Cloud Config repository, prod; flattened by yaml2props.py; original in yaml-originals/; Korean comment dropped)'),
 'm02-iot-808-orderid-bootstrap-prod.properties': ('Xtooltech/iot-808-orderid-service@7de78c0ca75fea3d84dfa8675f0d4bbff54e98c4:src/main/resources/bootstrap-prod.yml', '(IoT JT/T 808 order-id service, Spring Cloud Consul bootstrap, prod profile; flattened by yaml2props.py; original in yaml-originals/; no final newline upstream)'),
 'm03-servico-indexacao-camara-bootstrap-prod.properties': ('Tauser/servico-indexacao@6a47a86352d77155731ca8226f5b709829cc49f9:src/main/resources/bootstrap-prod.yml', '(Brazilian Chamber of Deputies config-server client, prod profile; flattened by yaml2props.py; original in yaml-originals/)'),
 'm04-athena-bootstrap-prod.properties': ('zhongjibing/athena@1aa33f7fde6215820743448833fe5c90a91ccf52:src/main/resources/bootstrap-prod.yaml', '(Spring OAuth2 client + Nacos bootstrap, prod profile; flattened by yaml2props.py; original in yaml-originals/)'),
 'm05-uk-ged-kindia-server-env-staging.env': ('seraphinbothie98/GesProjet_UK_GED_Gestion_Administrative_Universite_Kindia@31f8f45ac312a031e901a1dced7477baa9fc0eef:server/.env.staging', '(dotenv as committed; French comments; Université de Kindia document management)'),
 'm06-digital-wallet-application-prod-example.properties': ('vivektomar0158/digital-wallet-platform@5bff0e0267cbfe5ec09a0d521f00d6de4aa6d1a1:src/main/resources/application-prod.yml.example', '(flattened by yaml2props.py; original in yaml-originals/)'),
 'm07-pinche-llm-gateway-application-prod-example.properties': ('tansunyj/pinche-gateway@d2e0f83b01333c0561f47e3e9f12998fe87a2b48:src/main/resources/application-prod.yml.example', '(multi-protocol LLM gateway, WebFlux/R2DBC, single document with on-profile prod; flattened by yaml2props.py; original in yaml-originals/; Chinese comments dropped)'),
 'm08-zakapp-server-env-staging.env': ('slimatic/zakapp@bfac1297ec8ef287c3f3f3c4dec695d04ce3af38:server/.env.staging', '(dotenv as committed)'),
 'm09-wishconnect-application-prod-example.properties': ('WishConnect/api-server@0a33e45e866743cd45cb4e3597f7d0ce959eae01:src/main/resources/application-prod.yml.example', '(Korean service with Kakao login; flattened by yaml2props.py; original in yaml-originals/)'),
 'm10-simon-ledger-application-prod-example.properties': ('simon-996/simon-ledger-api@14c80bc405839e0437f1ce6fa0ff2996e5e65120:src/main/resources/application-prod.yml.example', '(flattened by yaml2props.py; original in yaml-originals/)'),
 'm11-consentledger-application-prod-example.properties': ('teriyakki-jin/ConsentLedger@5f2dd0e8253a50125aebc60303a40df62104ea34:src/main/resources/application-prod.yml.example', '(flattened by yaml2props.py; original in yaml-originals/; the top-level key spring.ai is written with a dot upstream)'),
 'm12-bugzkit-docker-stack-prod.env': ('while1618/bugzkit@40082430d410259af65f26f50f2a2dcadedc6619:docker-stack.prod.yml', '(Docker Swarm stack; environment: of all services written as KEY=value by compose2env.py, first value kept; values keep the compose ${VAR:-default} syntax; original in compose-originals/)'),
 'm13-sso-server-prod-config.properties': ('tuhalang/sso-server@0bcdb62b096934c56b731de1929b119982d4fb9c:prod-config.yml', '(Go SSO server config, prod; flattened by yaml2props.py; original in yaml-originals/; no final newline upstream)'),
 'm14-farmchainx-application-prod.properties': ('Vidhan12345/FarmchainX@f2fcb1a6233dd3471af6d8ac48537308a8e3bad6:src/main/resources/application-prod.properties.template', '(Spring .properties template for the prod profile, as committed)'),
 'm15-parcel-pulse-application-prod.properties': ('ywaychitaung/parcel-pulse-api-spring@72f25d8f3cfd1c2b0a7b46f851d560e14222cefe:src/main/resources/application-prod.properties.template', '(Spring .properties template for the prod profile, as committed; no final newline upstream)'),
 'm16-ai-platform-lab-helm-values-prod.properties': ('xingyun0812/ai-platform-lab@1dc1d5d622e0d6787ed211eb20471545e2c3d8be:deploy/helm/values-prod.yaml', '(Helm production values of an LLM/RAG platform; flattened by yaml2props.py; original in yaml-originals/; the file repeats the top-level key gateway: and the later block wins, so gateway.image/replicas are absent from the flattened file)'),
 'm17-triage-warden-helm-values-prod.properties': ('zachyking/triage-warden@2e15dfa70bd87b41d2dbe5ed0faba5955f383233:deploy/helm/values-prod.yaml', '(Helm production values; flattened by yaml2props.py; original in yaml-originals/)'),
 'm18-um-tesoreria-mercadopago-bootstrap.properties': ('UM-services/UM.tesoreria.mercadopago-service@1041a7209b8e1883aa7b413d26451f6499d771f4:src/main/resources/bootstrap.yml', '(Universidad de Mendoza treasury Mercado Pago microservice, Spring Cloud bootstrap; flattened by yaml2props.py; original in yaml-originals/)'),
 'm19-mpesa-gateway-application.properties': ('wmnjuguna/Mpesa-Gateway@a942d9432fee41fd90a064e6853ed7643391be5c:src/main/resources/application.yml', '(M-Pesa Daraja gateway, Kenya; base Spring profile; flattened by yaml2props.py; original in yaml-originals/)'),
 'm20-credit-scoring-engine-k8s-configmap-prod.properties': ('taylor-curran/oshift-demo-credit-scoring-engine@5d1ce1940eedc7526dd7643ea1db578cb2ec359a:k8s/configmap-prod.yaml', '(Kubernetes ConfigMap; the embedded data application.properties block written out exactly as YAML reads it; original in originals/)'),
 'm21-grumpycat-quarkus-server-application.properties': ('wpernath/quarkus-grumpycat@05c83d05d9ec424bce531bb1436b5b220901a56d:quarkus-server/src/main/resources/application.properties', '(Quarkus game server with %prod/%dev profiles, as committed)'),
 'm22-micronaut-cqrs-userbase-write-application.properties': ('vahidhedayati/micronaut-vuejs-cqrs@4ba133b6586ecb0d5e9a1462f46374a4a4755ba5:userbase-write/src/main/resources/application.yml', '(Micronaut service; five YAML documents, none profile-bound, all kept; flattened by yaml2props.py; original in yaml-originals/; no final newline upstream)'),
 'm23-techverse-server-env-staging.env': ('suletetes/TechVerse@523fa2c83444d3d06768802d1873e82fbeb0d72f:server/.env.staging', '(dotenv as committed; no final newline upstream)'),
 'm24-crybot-server-env-staging.env': ('zyztek/crybot@de6b9be8415822d0e24260213a050a0680acc1e1:server/.env.staging', '(dotenv as committed; no final newline upstream)'),
 'm25-nexora-server-env-staging.env': ('Sujit-S3/NexORA@a1990fb6a050de6b3a8c364b972b99f49009ecc4:server/.env.staging', '(dotenv as committed)'),
 'm26-simpleclansstats-docker-env-prod.env': ('Tomut0/SimpleClansStats@bc673ea05e028b9d23100ed1832d87f8550a67cd:docker/.env.prod', '(Minecraft SimpleClans statistics site, Laravel; dotenv as committed)'),
 'm27-24uren-loop-docker-env-prod.env': ('VTKLeuven/24uren-loop@6d0ebe6057a869091385c63071c5077b69167543:docker/.env.prod', '(KU Leuven student association 24-hour run, Django; dotenv as committed)'),
 'm28-tekst-docker-env-prod.env': ('VedaWebProject/Tekst@6385ba22b0ba783fb53d1b3b9cf6b465af3decf1:docker/.env.prod', '(VedaWeb / University of Cologne text platform; dotenv as committed; no final newline upstream)'),
 'm29-parking-management-docker-env-prod.env': ('SHIVANINANDE/parking-management-system@739cc0df4dc6cb2c58deee71d25f13ef3d9436c9:docker/.env.prod', '(dotenv as committed)'),
 'm30-biashnet-mpesa-api-env-example.env': ('Vinnny001/biashnet-mpesa-api@0bbd8c969b9e0c7c72259ffa65c46a978aae74c4:.env.example', '(Kenyan marketplace payments: IntaSend + M-Pesa Daraja; dotenv as committed)'),
 'm31-vnpay-springboot-application.properties': ('sanglv1/vnpay_springboot@1f3cf66d90ffde46d8c5dc873fcf73d734335d9d:src/main/resources/application.properties', '(VNPay integration, Vietnam; Spring .properties as committed)'),
 'm32-laravel-vnpay-payment-env-example.env': ('tuanta1992/laravel-vnpay-payment@d5d7c54f5f6d6afd7c57fb95a63e40e044e571ea:.env.example', '(Laravel VNPay package; dotenv as committed; Vietnamese comments; no final newline upstream)'),
 'm33-tyk-ci-infra-prod-tfvars.properties': ('TykTechnologies/tyk-ci@05ead06eacbd12c689262d27dc078e5868a4531d:infra/prod.tfvars', '(Terraform tfvars for prod, TOML-compatible here, flattened by toml2props.py (stdout); original in originals/; a commented-out line is not carried over)'),
 'm34-im-server-bootstrap-prod.properties': ('WillianBush/im-server@5511d60f3852a810e8b91c46519e5f860335eeb3:src/main/resources/bootstrap-prod.yml', '(Nacos bootstrap, prod profile; flattened by yaml2props.py; original in yaml-originals/; commented-out public IP not carried over; no final newline upstream)'),
 'm35-linkdata-bootstrap-prod.properties': ('TwoLionsAug/linkdata@ba5f16f4ea8c818c7bfb448edbd40e18aec7b910:src/main/resources/bootstrap-prod.yml', '(prod bootstrap with only the datasource differences; flattened by yaml2props.py; original in yaml-originals/; no final newline upstream)'),
 'm36-yfg-pdm-bootstrap-prod.properties': ('Yangqi0338/YFG@df8e4859bd1ab788e1388905ad08107aeaeabf43:src/main/resources/bootstrap-prod.yml', '(PDM system Nacos bootstrap, prod profile; flattened by yaml2props.py; original in yaml-originals/; the Chinese comment 测试环境 = test environment is on the server-addr line)'),
}
L = {}
def add(f, rows):
    L[f] = [r.split('|', 2) for r in rows.strip().split('\n')]

add('m01-todak-config-repo-application-prod.properties', '''
management.endpoint.health.show-details|PASS|pass-nonsecret: never, health details hidden in prod
management.tracing.export.zipkin.endpoint|PASS|pass-placeholder-ref: http://${ZIPKIN_HOST}:9411/api/v2/spans, host from the environment
management.tracing.sampling.probability|PASS|pass-nonsecret: 0.1, a sampling rate
spring.flyway.clean-disabled|PASS|pass-nonsecret: true, Flyway clean disabled for the production schema
spring.flyway.baseline-on-migrate|PASS|pass-nonsecret: false
management.endpoints.web.exposure.include[2]|PASS|pass-nonsecret: prometheus, a metrics endpoint name''')
add('m02-iot-808-orderid-bootstrap-prod.properties', '''
spring.cloud.config.profile|FLAG|beyond-gates: dev, the prod bootstrap asks the config server for the dev profile
spring.cloud.consul.host|PASS|pass-production-host: 19.87.22.12, the Consul server the production instance registers with
spring.cloud.consul.discovery.hostname|PASS|pass-production-host: 19.87.22.12, the address advertised to the registry
spring.cloud.config.discovery.service-id|PASS|pass-nonsecret: xtool-config-server, a service name
spring.cloud.consul.discovery.instanceId|PASS|pass-placeholder-ref: ${spring.application.name}:${...${random.value}}, references
spring.main.allow-bean-definition-overriding|PASS|pass-nonsecret: true, a framework switch''')
add('m03-servico-indexacao-camara-bootstrap-prod.properties', '''
spring.cloud.config.uri|PASS|pass-prod-endpoint: https://configs-sepop.camara.gov.br/servidor-config, the Chamber's production config server
spring.cloud.config.username|PASS|pass-nonsecret: servico-indexacao, a user name (the password is not in the file)
spring.cloud.config.fail-fast|PASS|pass-nonsecret: true''')
add('m04-athena-bootstrap-prod.properties', '''
spring.cloud.nacos.config.password|FLAG|secret-placeholder: xxxx, the Nacos password left as filler in the prod bootstrap
spring.security.oauth2.client.registration.athena.client-secret|PASS|pass-encrypted: {cipher}..., a Spring Cloud Config encrypted value decrypted at run time
spring.security.oauth2.client.registration.athena.client-id|PASS|pass-nonsecret: athena, an OAuth client id
spring.security.oauth2.client.registration.athena.redirect-uri|PASS|pass-prod-endpoint: https://icezhg.com/athena/login/oauth2/code/athena
spring.security.oauth2.client.provider.zeus.token-uri|PASS|pass-prod-endpoint: https://icezhg.com/zeus/oauth2/token
spring.security.oauth2.client.provider.zeus.jwk-set-uri|PASS|pass-prod-endpoint: https://icezhg.com/zeus/oauth2/jwks
spring.cloud.nacos.config.server-addr|PASS|pass-production-host: https://icezhg.com, the production config host
spring.cloud.nacos.config.username|PASS|pass-nonsecret: nacos_auth, a user name''')
add('m05-uk-ged-kindia-server-env-staging.env', '''
JWT_SECRET|FLAG|secret-weak: uk_ged_staging_secret_key_universite_kindia_2026_preprod, a readable, guessable signing key committed in the file
ONLYOFFICE_JWT_SECRET|FLAG|secret-weak: uk_ged_onlyoffice_staging_secret_2026, a readable, guessable shared secret committed in the file
DATABASE_PATH|FLAG|db-embedded: ./data/staging/uk_ged_staging.db, an embedded SQLite file database
JWT_EXPIRES_IN|PASS|pass-nonsecret: 24h, a token lifetime
BACKUP_DIR|PASS|pass-nonsecret: ../backups/staging, a path
BACKUP_RETENTION_DAILY_DAYS|PASS|pass-nonsecret: 14''')
add('m06-digital-wallet-application-prod-example.properties', '''
spring.datasource.url|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_URL}
spring.datasource.password|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_PASSWORD}
spring.cloud.aws.credentials.access-key|PASS|pass-placeholder-ref: ${SPRING_CLOUD_AWS_CREDENTIALS_ACCESS_KEY}
spring.cloud.aws.credentials.secret-key|PASS|pass-placeholder-ref: ${SPRING_CLOUD_AWS_CREDENTIALS_SECRET_KEY}
spring.data.redis.host|PASS|pass-placeholder-ref: ${SPRING_DATA_REDIS_HOST}
app.s3.bucket-name|PASS|pass-nonsecret: ${APP_S3_BUCKET_NAME:wallet-bucket-prod}, a bucket name as default
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: validate''')
add('m07-pinche-llm-gateway-application-prod-example.properties', '''
spring.r2dbc.url|FLAG|db-loopback: r2dbc:mysql://127.0.0.1:3306/...&useSSL=false, the production database on loopback (the comment says gateway and DB share the host)
spring.r2dbc.username|PASS|pass-nonsecret: ${MYSQL_USER:silievo}, a user name
spring.r2dbc.password|PASS|pass-placeholder-ref: ${MYSQL_PASSWORD}
spring.config.activate.on-profile|PASS|pass-nonsecret: prod
server.port|PASS|pass-nonsecret: 3003''')
add('m08-zakapp-server-env-staging.env', '''
DATABASE_URL|FLAG|db-embedded: file:./data/zakapp-staging.db, an embedded SQLite file database
JWT_SECRET|FLAG|secret-published: a base64 key committed in the repository (the header says not to commit the file)
JWT_ACCESS_SECRET|FLAG|secret-published: the same committed base64 key
JWT_REFRESH_SECRET|FLAG|secret-published: a committed base64 key
ENCRYPTION_KEY|FLAG|secret-published: d0be6a7b..., a committed hex encryption key
CLIENT_URL|FLAG|url-local: http://localhost:3000, the client URL
JWT_EXPIRES_IN|PASS|pass-nonsecret: 7d, a token lifetime
BCRYPT_ROUNDS|PASS|pass-nonsecret: 12
RATE_LIMIT_ENABLED|PASS|pass-nonsecret: true''')
add('m09-wishconnect-application-prod-example.properties', '''
spring.datasource.url|FLAG|db-placeholder: ${DB_URL:jdbc:postgresql://<PROD_DB_HOST>:5432/wishconnect}, the default is a template host
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
kakao.client-secret|PASS|pass-placeholder-ref: ${KAKAO_CLIENT_SECRET}
kakao.redirect-uri|PASS|pass-prod-endpoint: default https://api.wishconnect.kr/v1/auth/kakao/callback, the production callback
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: validate''')
add('m10-simon-ledger-application-prod-example.properties', '''
spring.datasource.url|FLAG|db-placeholder: jdbc:mysql://YOUR_MYSQL_HOST:3306/..., a template host
spring.datasource.password|FLAG|secret-placeholder: YOUR_MYSQL_PASSWORD
spring.data.redis.password|FLAG|secret-placeholder: YOUR_REDIS_PASSWORD
spring.data.redis.host|FLAG|template-host: YOUR_REDIS_HOST
ledger.web.allowed-origin-patterns|PASS|pass-prod-endpoint: https://ledger.simon996.com,https://admin-ledger.simon996.com
sa-token.timeout|PASS|pass-nonsecret: 604800, a token lifetime
sa-token.is-log|PASS|pass-nonsecret: false
springdoc.api-docs.enabled|PASS|pass-switched-off: false, API docs off in prod''')
add('m11-consentledger-application-prod-example.properties', '''
spring.datasource.url|PASS|pass-placeholder-ref: jdbc:postgresql://${DB_HOST}:${DB_PORT:5432}/${DB_NAME:consentledger}, host from the environment
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
app.jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
spring.ai.openai.api-key|PASS|pass-placeholder-ref: ${OPENAI_API_KEY}
app.cors.allowed-origins|PASS|pass-placeholder-ref: ${CORS_ALLOWED_ORIGINS}
app.jwt.expiration-ms|PASS|pass-nonsecret: 3600000
management.endpoint.health.show-details|PASS|pass-nonsecret: when_authorized
spring.flyway.clean-disabled|PASS|pass-nonsecret: true''')
add('m12-bugzkit-docker-stack-prod.env', '''
UI_URL|PASS|pass-prod-endpoint: ${UI_URL:-https://bugzkit.com}, the production site as default
POSTGRES_HOST|PASS|pass-compose-host: ${POSTGRES_HOST:-postgres}, a swarm service host
REDIS_HOST|PASS|pass-compose-host: ${REDIS_HOST:-redis}
SMTP_HOST|PASS|pass-provider-host: ${SMTP_HOST:-smtp.sendgrid.net}, the production mail provider
SMTP_USERNAME|PASS|pass-nonsecret: ${SMTP_USER:-apikey}, SendGrid's fixed SMTP user name, not a key
POSTGRES_PASSWORD_FILE|PASS|pass-secret-ref: /run/secrets/postgres_password, a Docker secret file
PUBLIC_API_URL|PASS|pass-compose-host: http://bugzkit-api:${API_PORT:-8080}, the UI server calling the API service on the overlay network
POSTGRES_USER|PASS|pass-nonsecret: ${POSTGRES_USER:-postgres}, a user name (password from a Docker secret)''')
add('m13-sso-server-prod-config.properties', '''
tenant-config[0].password|FLAG|db-default-creds: postgres, with user postgres, the image default credentials in the prod config
tenant-config[0].jwt-key|FLAG|secret-published: ppLXwPy5..., a JWT signing key committed in the prod config
tenant-config[0].host|PASS|pass-compose-host: db, a container service host
rest-server-config.host|PASS|pass-bind-address: 0.0.0.0
tenant-config[0].username|PASS|pass-nonsecret: postgres, a user name (the password row carries the problem)
tenant-config[0].jwt-expired-time|PASS|pass-nonsecret: 8''')
add('m14-farmchainx-application-prod.properties', '''
spring.datasource.url|PASS|pass-placeholder-ref: ${DB_URL}
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
farmchainx.jwt.secret|PASS|pass-placeholder-ref: ${FARMCHAINX_JWT_SECRET}
farmchainx.jwt.expiration|PASS|pass-nonsecret: 86400000
server.servlet.session.cookie.secure|PASS|pass-nonsecret: true
management.endpoint.health.show-details|PASS|pass-nonsecret: never''')
add('m15-parcel-pulse-application-prod.properties', '''
spring.datasource.url|FLAG|db-placeholder: jdbc:mysql://your-production-db-host:3306/parcelpulse
spring.datasource.password|FLAG|secret-placeholder: db_password
app.jwt.secret|FLAG|secret-placeholder: REPLACE_WITH_SECURE_PRODUCTION_KEY
server.ssl.key-store-password|FLAG|secret-placeholder: your_keystore_password
server.ssl.enabled|PASS|pass-tls-on: true
server.ssl.key-store|PASS|pass-nonsecret: classpath:keystore.p12, a path
app.cors.allowedOrigins|PASS|pass-prod-endpoint: https://parcelpulse.com,https://www.parcelpulse.com
springdoc.swagger-ui.enabled|PASS|pass-switched-off: false''')
add('m16-ai-platform-lab-helm-values-prod.properties', '''
global.imageRegistry|FLAG|template-host: your-registry.example.com, the image registry left as the template
ingress.hosts[0].host|FLAG|template-host: api.ai-platform.example.com, the production ingress host is an example domain
ingress.tls[0].hosts[0]|FLAG|template-host: api.ai-platform.example.com
config.CORS_ORIGINS|FLAG|url-placeholder: https://app.ai-platform.example.com, the browser origin is an example domain
postgres.external.url|PASS|pass-internal-host: postgresql://aiplatform:${POSTGRES_PASSWORD}@postgres-cluster.internal:5432/..., internal host, password from the environment
redis.external.url|PASS|pass-internal-host: redis://redis-cluster.internal:6379
qdrant.external.url|PASS|pass-internal-host: http://qdrant-cluster.internal:6333
secrets.jwtSecretRef.key|PASS|pass-secret-ref: jwt-secret, the key name inside an external secret
secrets.llmApiKeySecretRef.key|PASS|pass-secret-ref: llm-api-key, a key name
config.MAX_TOKENS|PASS|pass-nonsecret: 8192, an LLM token limit
config.DEFAULT_MODEL|PASS|pass-nonsecret: gpt-4o''')
add('m17-triage-warden-helm-values-prod.properties', '''
ingress.hosts[0].host|FLAG|template-host: triage.example.com, marked Change to your domain
ingress.tls[0].hosts[0]|FLAG|template-host: triage.example.com
postgresql.host|FLAG|db-placeholder: empty, the REQUIRED external PostgreSQL host left unset (Set to your PostgreSQL host)
postgresql.sslMode|PASS|pass-tls-on: require
redis.tls|PASS|pass-tls-on: true
postgresql.existingSecret|PASS|pass-secret-ref: postgresql-credentials, a Kubernetes secret name
llm.existingSecret|PASS|pass-secret-ref: llm-api-key, a Kubernetes secret name
secrets.existingSecret|PASS|pass-secret-ref: triage-warden-secrets
config.secureCookies|PASS|pass-nonsecret: true
config.enableSwagger|PASS|pass-switched-off: false
ingress.annotations[cert-manager.io/cluster-issuer]|PASS|pass-nonsecret: letsencrypt-prod, the production issuer''')
add('m18-um-tesoreria-mercadopago-bootstrap.properties', '''
app.access-token|FLAG|secret-placeholder: access-token, the Mercado Pago access token left as its own name
app.secret-key|FLAG|secret-placeholder: secret-key
app.notification-url|FLAG|url-placeholder: notification-url, the payment webhook URL left as its own name
management.endpoints.web.exposure.include|FLAG|beyond-gates: *, every actuator endpoint exposed
app.port|PASS|pass-nonsecret: ${APP_PORT:8080}
server.port|PASS|pass-placeholder-ref: ${app.port}
spring.application.name|PASS|pass-placeholder-ref: ${app.name}''')
add('m19-mpesa-gateway-application.properties', '''
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/payments
spring.datasource.password|FLAG|secret-weak: me@2023, a short guessable password committed in the file
mpesa.app.consumer.key|FLAG|secret-empty-required: empty, the Daraja consumer key of an M-Pesa gateway
mpesa.app.consumer.secret|FLAG|secret-empty-required: empty Daraja consumer secret
mpesa.app.consumer.passKey|FLAG|secret-empty-required: empty STK passkey
spring.datasource.driver-class-name|PASS|pass-nonsecret: org.postgresql.Driver
server.port|PASS|pass-nonsecret: 10000''')
add('m20-credit-scoring-engine-k8s-configmap-prod.properties', '''
management.endpoint.health.show-details|FLAG|beyond-gates: always, health details shown to anyone in the prod ConfigMap
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: validate
spring.jpa.show-sql|PASS|pass-switched-off: false
management.endpoints.web.exposure.include|PASS|pass-nonsecret: health,info,metrics,prometheus
spring.datasource.driver-class-name|PASS|pass-nonsecret: org.postgresql.Driver
server.port|PASS|pass-nonsecret: 8080''')
add('m21-grumpycat-quarkus-server-application.properties', '''
%prod.quarkus.datasource.password|FLAG|secret-weak: ${DB_password:grumpy}, judged by its default
quarkus.http.cors.origins|FLAG|beyond-gates: /.*/, any origin allowed
%prod.quarkus.datasource.username|PASS|pass-nonsecret: ${DB_user:cat}, a user name
%prod.quarkus.datasource.jdbc.url|PASS|pass-compose-host: jdbc:postgresql://${DB_host:catserver}/..., a cluster service host as default
%prod.kafka.bootstrap.servers|PASS|pass-compose-host: kafka:9092
%dev.quarkus.http.host|PASS|pass-bind-address: 0.0.0.0, dev profile bind address
quarkus.container-image.image|PASS|pass-nonsecret: quay.io/wpernath/quarkus-grumpycat:v..., an image name''')
add('m22-micronaut-cqrs-userbase-write-application.properties', '''
datasources.default.url|FLAG|db-embedded: ${JDBC_URL:`jdbc:h2:mem:default;...`}, an in-memory H2 database as default
datasources.default.password|FLAG|db-default-creds: ${JDBC_PASSWORD:""} with user sa, the H2 default account with an empty password
micronaut.server.port|PASS|pass-nonsecret: ${random.port}
micronaut.application.name|PASS|pass-nonsecret: userbasewrite
consul.client.registration.enabled|PASS|pass-nonsecret: true''')
add('m23-techverse-server-env-staging.env', '''
JWT_SECRET|PASS|pass-placeholder-ref: ${JWT_SECRET}
JWT_REFRESH_SECRET|PASS|pass-placeholder-ref: ${JWT_REFRESH_SECRET}
STRIPE_SECRET_KEY|PASS|pass-placeholder-ref: ${STRIPE_SECRET_KEY}
ADMIN_PASSWORD|PASS|pass-placeholder-ref: ${ADMIN_PASSWORD}
EMAIL_PASS|PASS|pass-placeholder-ref: ${EMAIL_PASS}
MONGODB_URI|PASS|pass-placeholder-ref: ${MONGODB_URI}
MAINTENANCE_MODE|PASS|pass-nonsecret: ${MAINTENANCE_MODE:-false}
JWT_EXPIRE|PASS|pass-nonsecret: 24h''')
add('m24-crybot-server-env-staging.env', '''
DATABASE_URL|FLAG|db-placeholder: postgresql://user:password@staging-db.example.com:5432/..., template credentials and host
JWT_SECRET|FLAG|secret-placeholder: staging-secret-key-change-me-minimum-32-characters
FAUCET_PRIVATE_KEY|FLAG|secret-weak: 0x000...0002, a trivially known private key
ETH_RPC_URL|FLAG|testnet-endpoint: https://eth.sepolia.org, the Sepolia test network
SEPOLIA_RPC_URL|FLAG|testnet-endpoint: https://rpc.sepolia.org
SOLANA_RPC_URL|FLAG|testnet-endpoint: https://api.devnet.solana.com, Solana devnet
ETH_CHAIN_ID|FLAG|test-network: 11155111, the Sepolia chain id
RATE_LIMIT_MAX_REQUESTS|PASS|pass-nonsecret: 100
PORT|PASS|pass-nonsecret: 3000''')
add('m25-nexora-server-env-staging.env', '''
JWT_SECRET|FLAG|secret-placeholder: [PROVIDED_BY_ENV], a bracket placeholder, not a reference
GEMINI_API_KEY|FLAG|secret-placeholder: [PROVIDED_BY_ENV]
CLOUDINARY_API_SECRET|FLAG|secret-placeholder: [PROVIDED_BY_ENV]
MONGO_URI|FLAG|db-placeholder: [PROVIDED_BY_ATLAS]
PORT|PASS|pass-nonsecret: 5000''')
add('m26-simpleclansstats-docker-env-prod.env', '''
APP_KEY|FLAG|secret-empty-required: empty Laravel application key in the production env
APP_URL|FLAG|url-local: http://localhost:8000, the site URL
DB_PASSWORD|FLAG|secret-weak: secret
SC_CONNECTION|FLAG|db-embedded: sqlite, the plugin database read from a SQLite file (SC_DATABASE)
MAIL_HOST|FLAG|sandbox-host: mailpit, a mail-catching test server on port 1025
LOG_LEVEL|FLAG|beyond-gates: debug in the production env
APP_ENV|PASS|pass-nonsecret: production
APP_DEBUG|PASS|pass-switched-off: false
DB_HOST|PASS|pass-compose-host: db''')
add('m27-24uren-loop-docker-env-prod.env', '''
SECRET_KEY|FLAG|secret-published: a Django secret key committed in docker/.env.prod
SQL_PASSWORD|FLAG|secret-weak: it24u, the same as the user name
DEBUG|PASS|pass-switched-off: 0
SQL_HOST|PASS|pass-compose-host: db
REDIS_URL|PASS|pass-compose-host: redis
DJANGO_ALLOWED_HOSTS|PASS|pass-internal-host: 192.168.57.3, a private address allow list
SQL_USER|PASS|pass-nonsecret: it24u, a user name''')
add('m28-tekst-docker-env-prod.env', '''
DB_PASS|FLAG|db-default-creds: root, with user root, default-style MongoDB credentials in the prod env
DB_HOST|PASS|pass-compose-host: mongo
APP_NAME|PASS|pass-nonsecret: TextRig''')
add('m29-parking-management-docker-env-prod.env', '''
POSTGRES_PASSWORD|FLAG|secret-placeholder: change-me-in-production
REDIS_PASSWORD|FLAG|secret-placeholder: change-me-redis-password
SECRET_KEY|FLAG|secret-placeholder: change-me-secret-key-production
GRAFANA_PASSWORD|FLAG|secret-placeholder: change-me-grafana-password
VITE_API_URL|FLAG|url-placeholder: https://api.yourdomain.com
VITE_WS_URL|FLAG|url-placeholder: wss://api.yourdomain.com
KAFKA_EXTERNAL_HOST|FLAG|template-host: your-kafka-host
NODE_ENV|PASS|pass-nonsecret: production
SSL_KEY_PATH|PASS|pass-nonsecret: /etc/nginx/ssl/key.pem, a path, not a key
POSTGRES_USER|PASS|pass-nonsecret: parking_user''')
add('m30-biashnet-mpesa-api-env-example.env', '''
INTASEND_LIVE|FLAG|sandbox-switch: false, IntaSend test mode
MPESA_CONSUMER_KEY|FLAG|secret-empty-required: empty; the file says STK push throws without it
MPESA_CONSUMER_SECRET|FLAG|secret-empty-required: empty, marked required
MPESA_PASSKEY|FLAG|secret-empty-required: empty, marked required
MPESA_B2C_SECURITY_CREDENTIAL|FLAG|secret-empty-required: empty, marked required for payouts
ORDER_CODE_ENCRYPTION_KEY|FLAG|secret-empty-required: empty, marked required
PORT|PASS|pass-nonsecret: 3008''')
add('m31-vnpay-springboot-application.properties', '''
vnpay.pay-url|FLAG|sandbox-endpoint: default https://sandbox.vnpayment.vn/paymentv2/vpcpay.html
vnpay.api-url|FLAG|sandbox-endpoint: default https://sandbox.vnpayment.vn/merchant_webapi/api/transaction
vnpay.return-url|FLAG|url-local: default http://localhost:9999/vnpay/vnpay-return, the payment return URL
spring.datasource.url|FLAG|db-loopback: default jdbc:postgresql://localhost:5432/vnpay_pg_db
vnpay.secret-key|PASS|pass-placeholder-ref: ${VNPAY_SECRET_KEY}
vnpay.tmn-code|PASS|pass-placeholder-ref: ${VNPAY_TMN_CODE}
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
server.port|PASS|pass-nonsecret: ${PORT:9999}''')
add('m32-laravel-vnpay-payment-env-example.env', '''
VNPAY_ENVIRONMENT|FLAG|sandbox-switch: sandbox
VNPAY_HASH_SECRET|FLAG|secret-empty-required: empty checksum secret, needed to sign every payment
VNPAY_RETURN_URL|PASS|pass-placeholder-ref: "${APP_URL}/vnpay/return"
VNPAY_IPN_URL|PASS|pass-placeholder-ref: "${APP_URL}/vnpay/ipn"
VNPAY_TIMEOUT|PASS|pass-nonsecret: 30
VNPAY_LOG_ENABLED|PASS|pass-nonsecret: true''')
add('m33-tyk-ci-infra-prod-tfvars.properties', '''
key_name|PASS|pass-nonsecret: alok, the name of an EC2 key pair, not a key
region|PASS|pass-nonsecret: eu-central-1
cidr|PASS|pass-internal-host: 10.91.0.0/16, a private VPC range
name_prefix|PASS|pass-nonsecret: prod''')
add('m34-im-server-bootstrap-prod.properties', '''
spring.cloud.nacos.config.server-addr|PASS|pass-internal-host: nacos-svc:8848, a cluster service
spring.cloud.nacos.discovery.server-addr|PASS|pass-internal-host: nacos-svc:8848
spring.cloud.nacos.config.namespace|PASS|pass-nonsecret: a namespace id (UUID), not a secret
spring.cloud.nacos.config.shared-configs|PASS|pass-placeholder-ref: ${spring.application.name}... references
spring.cloud.nacos.config.group|PASS|pass-nonsecret: DEFAULT_GROUP''')
add('m35-linkdata-bootstrap-prod.properties', '''
spring.datasource.url|FLAG|db-placeholder: xx, the production datasource URL left as filler
spring.datasource.password|FLAG|secret-placeholder: xx
customer.file.dist-path|PASS|pass-nonsecret: /root/resource/nginx/img/, a path''')
add('m36-yfg-pdm-bootstrap-prod.properties', '''
spring.cloud.nacos.config.namespace|FLAG|beyond-gates: test, the prod bootstrap reads the test namespace (the server line is commented 测试环境, test environment)
spring.cloud.nacos.config.ext-config[2].group|PASS|pass-placeholder-ref: ${spring.profiles.active}
spring.cloud.nacos.config.file-extension|PASS|pass-nonsecret: yml
spring.application.name|PASS|pass-nonsecret: pdm3''')

import os
files = sorted(f for f in os.listdir('.') if f.startswith('m') and (f.endswith('.env') or f.endswith('.properties')))
assert set(files) == set(SRC) == set(L), (set(files) ^ set(SRC), set(files) ^ set(L))
with open('labels.tsv', 'w', encoding='utf-8') as o:
    o.write('file\tkey\texpected\twhy\tsource\n')
    for f in files:
        for k, e, w in L[f]:
            o.write(f'{f}\t{k}\t{e}\t{w}\t{SRC[f][0]}\n')
with open('sources.tsv', 'w', encoding='utf-8') as o:
    for f in files: o.write(f'{f}\t{SRC[f][0]} {SRC[f][1]}\n')
with open('repos.txt', 'w') as o:
    for f in files: o.write(SRC[f][0].split('@')[0] + '\n')
print(len(files), sum(len(v) for v in L.values()))
