#!/usr/bin/env python3
"""Holds the label rows of set 56 and writes labels.tsv, sources.tsv, repos.txt. Runs no readiness code."""
S = {
 'j01-coclimb-application-release.properties': ('JJBINY/coclimb-backend@ba0ee08db948c86185292ee36902685d03bd97d1:src/main/resources/application-release.yml', 'flattened with yaml2props.py (profile release); original in yaml-originals/'),
 'j02-habruta-application-release.properties': ('Kakao-Bootcamp-3rd/habruta-be@34044f721d0102e08abd2d86d09e79dbf3fe3ab5:src/main/resources/application-release.yml', 'flattened with yaml2props.py (profile release); original in yaml-originals/'),
 'j03-right-backend-application-release.properties': ('MATCH-RIGHT/right-backend@675ac12fb0ab9c05021983f1b7b330dbbccf7083:src/main/resources/application-release.yml', 'flattened with yaml2props.py; original in yaml-originals/'),
 'j04-judgels-gabriel-application-conf.properties': ('ia-toki/judgels@48a2cb15d9551defd83735fd5edfd4a527a481fc:src/main/resources/conf/application.conf', 'HOCON key="value" lines; surrounding double quotes removed by hand (sed), nothing else changed; original in originals/'),
 'j05-gramify-config-repo-application-prod.properties': ('platformcommons/gramify-services@dda68bce4308cb435033526314dae98a9d74bfc1:config-repo/application-prod.yml', 'Spring Cloud Config repo file; flattened with yaml2props.py; original in yaml-originals/'),
 'j06-arkmem-application-release.properties': ('OtterMind/ArkMem@75ee9be95148e4af1064d089ec093428ab5bf3f2:src/main/resources/application-release.yml', 'flattened with yaml2props.py; original in yaml-originals/'),
 'j07-arialshop-api-env.example.env': ('itswadesh/arialshop-api@f23801a942a1c7c79319a8639606e1654fd1e4cb:.env.example', 'as committed except line endings: stored count 2314, text returned 2227 with LF (one character per line: CRLF upstream, normalised to LF)'),
 'j08-api-pay-paydunya.env': ('MathiasATTIKPO/API-PAY@0773ee3f4a866288a6d5106257a59533f6f38bf6:.env', 'as committed'),
 'j09-refarch-orders-liberty-server.env': ('ibm-cloud-architecture/refarch-cloudnative-micro-orders@e621c55df33b27e1f0c4d86028cdfdc93d4ac314:src/main/liberty/config/server.env', 'Open Liberty server.env as committed'),
 'j10-trader-liberty-server.env': ('rtclauss/trader@ae4296ff329e05065802406493b7c96745ea2ce1:src/main/liberty/config/server.env', 'Open Liberty server.env as committed'),
 'j11-bugtracker-application.properties': ('marlena91/bugtracker@4346411f588fcd99cad695a75e56069b27c8c1ce:src/main/resources/application.properties', 'as committed'),
 'j12-wayapay-gateway-application.properties': ('Latunji/wayapay-payment-gateway@1660491822b4371c576af46aba04e433d50ca628:src/main/resources/application.properties', 'as committed'),
 'j13-hms-config-repo-billing-service.properties': ('raoeshwar/hms-config-repo@27884d21ecb957f0022587ce548452bb538be016:billing-service.yml', 'Spring Cloud Config repo {app}.yml; flattened with yaml2props.py; original in yaml-originals/'),
 'j14-testdoc-chapa.env': ('novaaddisababa/testDoc@aa6addae6a784bd38c3d7a66d906e33ff6bfc98c:.env', 'as committed (starts with an empty line)'),
 'j15-ludos-application.properties': ('Opetushallitus/ludos@1674aa89f0c84132c463d7f1c983d092eca72940:server/src/main/resources/application.yml', 'default profile; flattened with yaml2props.py; original in yaml-originals/'),
 'j16-ludos-application-prod.properties': ('Opetushallitus/ludos@2a3301e8f6a9dfe9e7409924d1190aafaaf479d0:server/src/main/resources/application-prod.yml', 'flattened with yaml2props.py; original in yaml-originals/'),
 'j17-bsis-database.properties': ('jembi/bsis@34003b57d409ab45cc5965328efade8a14205b4b:src/main/resources/database.properties', 'as committed'),
 'j18-virkailijan-tyopoyta-application-conf.properties': ('Opetushallitus/virkailijan-tyopoyta@05b3d7b06309bdb3357f4c13ef581d71e35bdeaf:src/main/resources/conf/application.conf', 'HOCON flattened by hand: nested blocks joined with ".", quotes removed, comments and blank lines dropped; original in originals/'),
 'j19-permission-saas-config-repo-application-prod.properties': ('Permission-SaaS/permission_saas@23302f9a97f5c0a4d75e3e825ca0199ce29b6429:config-repo/application-prod.yml', 'Spring Cloud Config repo file; flattened with yaml2props.py; original in yaml-originals/'),
 'j20-university-academic-gateway-application-release.properties': ('JuanPerez012/university-academic-gateway@f1785a402ba9ac89e6ebb10647f6867149ffb6d3:src/main/resources/application-release.yml', 'flattened with yaml2props.py (profile release); original in yaml-originals/'),
 'j21-prestige-gateway-bootstrap-prod.properties': ('Ordineo/prestige-gateway@14761c31f63a189d086e3d9f2469fc7c93572fb4:src/main/resources/bootstrap-prod.yml', 'Spring Cloud bootstrap-prod.yml; flattened with yaml2props.py; original in yaml-originals/'),
 'j22-leairning-config-repo-application-prod.properties': ('MarcosLM11/LeAIrning-Back@52f53882648b086feecc4873d5b9711d7cc0ddfb:config-repo/application-prod.yml', 'Spring Cloud Config repo file; flattened with yaml2props.py; original in yaml-originals/'),
 'j23-sudoku-tallerwebi-application.properties': ('LeonardoVilte/Sudoku@27c84e2be54b6db068426f09c51036097ffaf9f4:src/main/resources/application.properties', 'as committed (one line, no final newline)'),
}
L = {}
L['j01'] = """oauth.instagram.client_secret|PASS|pass-placeholder-ref: ${secret.instagram.client_secret}, supplied at run time
oauth.instagram.redirect_uri|PASS|pass-placeholder-ref: ${secret.instagram.redirect_uri}, no local default
app-config.jwt.jwt-key|PASS|pass-placeholder-ref: ${release.jwt.jwt_key}
app-config.jwt.valid-time|PASS|pass-placeholder-ref: ${release.jwt.valid_time}, a token lifetime reference, not a secret
app-config.elastic.password|PASS|pass-placeholder-ref: ${release.elastic.password}
aws-config.credentials.secret_key|PASS|pass-placeholder-ref: ${secret.aws.secret_key}
aws-config.rds.db-url|PASS|pass-placeholder-ref: ${release.db.url}, no default
aws-config.s3.media.write_role_arn|PASS|pass-nonsecret: an IAM role ARN (account id and role name), not a credential
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: none, schema left alone in the release profile
spring.jpa.properties.hibernate.show_sql|FLAG|beyond-gates: SQL statements printed in the release profile (logging.level.sql=debug as well)"""
L['j02'] = """spring.data.redis.password|PASS|pass-placeholder-ref: ${REDIS_PASSWORD}, injected from AWS Secrets Manager per the comment
spring.data.redis.ssl.enabled|PASS|pass-tls-on: true, TLS to ElastiCache
spring.rabbitmq.password|PASS|pass-placeholder-ref: ${RABBITMQ_PASSWORD}
spring.rabbitmq.ssl.enabled|PASS|pass-tls-on: true, TLS to Amazon MQ
spring.rabbitmq.ssl.algorithm|PASS|pass-nonsecret: TLSv1.2, a minimum TLS version
spring.rabbitmq.port|PASS|pass-nonsecret: ${RABBITMQ_PORT:5671}, the amqps port
spring.security.oauth2.client.registration.kakao.redirect-uri|PASS|pass-placeholder-ref: ${FRONTEND_URL_RELEASE}/auth/callback/kakao, host supplied at run time
spring.jpa.show-sql|PASS|pass-switched-off: false
sentry.debug|PASS|pass-switched-off: false
management.zipkin.tracing.endpoint|PASS|pass-production-host: default http://52.79.39.249:9411, a tracing collector on a fixed public (AWS Seoul) address, neither local nor a sandbox"""
L['j03'] = """spring.datasource.password|FLAG|secret-weak: 1024, a four-digit database password in the release profile
spring.datasource.url|FLAG|db-tls-off: jdbc:mysql://right-mysql:3306/right?useSSL=false, TLS to MySQL switched off
spring.datasource.username|PASS|pass-nonsecret: root, a user name
spring.h2.console.enabled|FLAG|beyond-gates: H2 web console enabled with web-allow-others in the release profile
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: create, the schema is dropped and recreated on every release start
spring.data.redis.host|PASS|pass-compose-host: right-redis, a container service host
spring.config.import|PASS|pass-nonsecret: optional:aws-parameterstore:/right/, an import of AWS Parameter Store
spring.jpa.show-sql|PASS|pass-switched-off: false"""
L['j04'] = """sandalphon.clientSecret|FLAG|secret-published: bc6a9e083e786ff707d3250afd81b9ad, a literal client secret in a public repository
sealtiel.clientSecret|FLAG|secret-published: c3b81425175180695dad95dfb27f3261, a literal client secret in a public repository
sandalphon.clientJid|PASS|pass-nonsecret: JIDSAGR..., a client id, not a secret
sealtiel.clientJid|PASS|pass-nonsecret: JIDSECL..., a client id, not a secret
gabriel.baseDir|PASS|pass-nonsecret: a local directory path"""
L['j05'] = """logging.level.root|PASS|pass-nonsecret: warn
commons.platform.cache.enabled|PASS|pass-nonsecret: true, a feature switch
commons.platform.attachment.s3.privateBucketName|PASS|pass-nonsecret: prod-private-bucket, a bucket name (name says private, holds no secret)
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: none
spring.jpa.show-sql|PASS|pass-switched-off: false"""
L['j06'] = """spring.datasource.url|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_URL}, no default
spring.datasource.password|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_PASSWORD}
arkmem.api.internal-token|FLAG|secret-empty-required: ${ARKMEM_API_INTERNAL_TOKEN:}, the token guarding the internal API defaults to empty in the release profile
arkmem.llm.base-url|PASS|pass-prod-endpoint: default https://api.openai.com/v1, the provider's production API
arkmem.embedding.base-url|PASS|pass-prod-endpoint: default https://api.openai.com/v1
arkmem.llm.model|PASS|pass-nonsecret: a model name
arkmem.embedding.local-dimensions|PASS|pass-nonsecret: 384, a vector size (the word local names the local embedding fallback)
arkmem.storage.provider|PASS|pass-nonsecret: postgres, a storage mode name"""
L['j07'] = """MONGO_INITDB_ROOT_PASSWORD|FLAG|secret-weak: secret
MONGO_PASSWORD|FLAG|secret-weak: secret
MONGO_URI|FLAG|db-placeholder: mongodb+srv://admin:password@..., template credentials in the connection string
SESSION_SECRET|FLAG|secret-weak: ssh!secret!, a guessable session signing secret
WWW_URL|FLAG|url-local: http://localhost:4400, the storefront URL
ADMIN_PANEL_LINK|FLAG|url-local: http://localhost:4000, the admin panel link handed to users
STRIPE_SECRET_KEY|FLAG|secret-placeholder: YOUR_STRIPE_SECRET_KEY
RAZORPAY_KEY_SECRET|FLAG|secret-placeholder: YOUR_RAZORPAY_KEY_SECRET
CASHFREE_SECRET_KEY|FLAG|secret-placeholder: YOIR_CASHFREE_SECRET_KEY (typo of YOUR_)
SMS_AUTHKEY_API_KEY|FLAG|secret-published: 000053bafd520000, a literal SMS gateway key in a public example file
ELASTIC_PASSWORD|FLAG|secret-weak: secret
MONGO_HOST|PASS|pass-production-host: 139.59.42.129, a hosted database server, not loopback
LIVE_KEY|PASS|pass-nonsecret: D:/ssh/node-server.pem, a path to a key file, not the key
FAST2SMS_SENDER_ID|PASS|pass-nonsecret: FSTSMS, a sender id
S3_BUCKET_NAME|PASS|pass-nonsecret: misiki, a bucket name
PUPPETEER_SKIP_DOWNLOAD|PASS|pass-nonsecret: true, a build switch"""
L['j08'] = """PAYDUNYA_PRIVATE_KEY|FLAG|test-credential: test_private_..., a PayDunya test-mode private key
PAYDUNYA_PUBLIC_KEY|FLAG|test-credential: test_public_..., a PayDunya test-mode key (the integration runs in test mode)
PAYDUNYA_TOKEN|FLAG|secret-published: a literal PayDunya API token committed in .env
PAYDUNYA_MASTER_KEY|FLAG|secret-published: a literal PayDunya master key committed in .env"""
L['j09'] = """SECRET|FLAG|secret-placeholder: <Replace this with your secret>
AUTH_ENDPOINT_URL|FLAG|url-local: http://localhost:8000/oauth/authorize, the OAuth authorize endpoint browsers are sent to"""
L['j10'] = """JAEGER_ENDPOINT|PASS|pass-internal-host: http://jaeger-collector.istio-system.svc:14268, a cluster service
JAEGER_SAMPLER_TYPE|PASS|pass-nonsecret: const
JAEGER_PROPAGATION|PASS|pass-nonsecret: b3, a header format
JAEGER_REPORTER_LOG_SPANS|PASS|pass-nonsecret: true, span logging switch"""
L['j11'] = """spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/bugtracker in the only application.properties
spring.datasource.password|FLAG|secret-weak: bugtracker123!, the user name plus digits
spring.datasource.username|PASS|pass-nonsecret: bugtracker, a user name
logging.level.org.hibernate.type.descriptor.sql.BasicBinder|FLAG|beyond-gates: TRACE logs every bound SQL parameter value
spring.messages.fallback-to-system-locale|PASS|pass-nonsecret: true, a message-bundle switch (locale, not local)
spring.messages.encoding|PASS|pass-nonsecret: UTF-8"""
L['j12'] = """waya.wallet.authurl|FLAG|sandbox-host: https://services.staging.mywayapay.com/..., the staging auth service
waya.identitymanager.url|FLAG|sandbox-host: https://services.staging.mywayapay.com/..., the staging identity service
waya.unified-payment.baseurl|FLAG|sandbox-host: https://test.payarena.com, Unified Payments' test host
waya.unified-payment.secret|FLAG|secret-published: a literal 48-hex merchant secret in a public repository
spring.datasource.password|FLAG|secret-weak: postgAdmin@123
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://127.0.0.1:5432/...?useSSL=false
spring.datasource.username|PASS|pass-nonsecret: postgres, a user name
waya.wallet.auth|PASS|pass-nonsecret: AUTHENTICATION-SERVICE, a service name (name has auth, holds no secret)
waya.unified-payment.merchant|PASS|pass-nonsecret: FAVE, a merchant id"""
L['j13'] = """spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/hms_billing_db served by the config server
spring.datasource.password|FLAG|secret-weak: root
jwt.secret|FLAG|secret-published: hms_super_secret_key_that_must_be_long_enough_for_hs256_algorithm, a literal signing key in a public config repo
spring.datasource.username|PASS|pass-nonsecret: postgres, a user name
spring.jpa.properties.hibernate.default_schema|PASS|pass-nonsecret: billing_schema
spring.kafka.producer.key-serializer|PASS|pass-nonsecret: a serializer class (name has key, holds no secret)"""
L['j14'] = """CHAPA_SECRET_KEY|FLAG|test-credential: CHAPUBK_TEST-..., a Chapa test-mode key
CHAPA_WEBHOOK_SECRET|FLAG|secret-weak: chapapayment, a guessable webhook signing secret
CHAPA_BASE_URL|PASS|pass-prod-endpoint: https://api.chapa.co/v1, the provider's API
DB_HOST|FLAG|db-loopback: localhost
DB_PASS|FLAG|db-default-creds: root with an empty password
DB_USER|PASS|pass-nonsecret: root, a user name
DB_NAME|PASS|pass-nonsecret: betting_game_one"""
L['j15'] = """spring.datasource.url|FLAG|db-loopback: ${DB_URL:jdbc:postgresql://localhost:5432/ludos}, judged by its localhost default
spring.datasource.password|FLAG|db-default-creds: ${DB_PASS:oph}, the default password equals the default user name
spring.datasource.username|PASS|pass-nonsecret: ${DB_USER:oph}, a user name
ludos.service-user.password|PASS|pass-placeholder-ref: ${LUDOS_PALVELUKAYTTAJA_PASSWORD}, no default
ludos.service-user.username|PASS|pass-placeholder-ref: ${LUDOS_PALVELUKAYTTAJA_USERNAME}
server.servlet.session.cookie.secure|PASS|pass-tls-on: true, secure session cookie
spring.session.jdbc.initialize-schema|PASS|pass-nonsecret: always
server.tomcat.accesslog.directory|PASS|pass-nonsecret: /dev, access log to stdout"""
L['j16'] = """ludos.appUrl|PASS|pass-production-host: https://ludos.opintopolku.fi, the public service
ludos.opintopolkuHostname|PASS|pass-production-host: virkailija.opintopolku.fi, the production back office host
ludos.image-bucket-name|PASS|pass-nonsecret: a production bucket name
ludos.certificate-bucket-name|PASS|pass-nonsecret: a bucket for exam certificates (documents, not TLS certificates)
server.tomcat.pattern|PASS|pass-nonsecret: an access-log pattern"""
L['j17'] = """database.password|FLAG|db-default-creds: root/root MySQL credentials
dbbackup.password|FLAG|db-default-creds: root/root for the backup user
database.url|PASS|pass-compose-host: jdbc:mysql://mysql:3306/bsis, a container service host
database.user|PASS|pass-nonsecret: root, a user name
database.maxIdleTime|PASS|pass-nonsecret: 600
dbbackup.mysqldumppath|PASS|pass-nonsecret: /usr/bin/mysqldump"""
L['j18'] = """cas.url|FLAG|sandbox-host: https://itest-virkailija.oph.ware.fi/cas, the integration-test CAS in the default configuration
kayttooikeus.url|FLAG|sandbox-host: https://itest-virkailija.oph.ware.fi/kayttooikeus-service, the integration-test environment
cas.password|FLAG|test-credential: Testaaja! ("Tester!"), the test robot user's password
ldap.user.password|FLAG|secret-published: a literal LDAP bind password in a public repository
virkailijan-tyopoyta.cas.service|FLAG|url-local: http://localhost:8080/virkailijan-tyopoyta, the CAS service (return) URL the browser is sent back to
db.postgresql.uri|FLAG|db-loopback: jdbc:postgresql:virkailijan_tyopoyta has no host, so the driver connects to localhost
db.postgresql.password|FLAG|secret-weak: kissa13 ("cat13")
db.h2.uri|FLAG|db-embedded: jdbc:h2:mem:..., and db.type=h2 selects it
cas.username|PASS|pass-nonsecret: robotti, a user name
ldap.user.dn|PASS|pass-nonsecret: an LDAP bind DN, no secret
ryhmasahkoposti.service.batch.size|PASS|pass-nonsecret: 500
akka.quartz.schedules.AutomatedReleasesEmail.expression|PASS|pass-nonsecret: a cron expression
oph.logo.url|PASS|pass-nonsecret: a public logo image on the agency's site"""
L['j19'] = """spring.jpa.show-sql|PASS|pass-switched-off: false
spring.rabbitmq.host|PASS|pass-compose-host: rabbitmq, a container service host"""
L['j20'] = """eureka.client.serviceUrl.defaultZone|PASS|pass-internal-host: default https://eureka-rel.internal/eureka, an internal registry host
cors.allowed-origins|FLAG|template-host: https://app-rel.midominio.com ("mi dominio" = my domain), a template origin left in the release profile"""
L['j21'] = """spring.cloud.config.uri|PASS|pass-production-host: http://prestige.westeurope.cloudapp.azure.com:42061/, the real config server of the prod profile (plain http; see README)"""
L['j22'] = """logging.level.root|PASS|pass-nonsecret: WARN
logging.level.org.springframework|PASS|pass-nonsecret: WARN
management.tracing.sampling.probability|PASS|pass-nonsecret: 0.1"""
L['j23'] = """mercadopago.access.token|FLAG|secret-placeholder: YOUR_ACCESS_TOKEN, the Mercado Pago access token left as template text"""
rows = []
for f in sorted(S):
    k = f[:3]
    for l in L[k].strip().split('\n'):
        key, e, w = l.split('|', 2)
        rows.append(f"{f}\t{key}\t{e}\t{w}\t{S[f][0]}")
open('labels.tsv', 'w', encoding='utf-8').write("file\tkey\texpected\twhy\tsource\n" + "\n".join(rows) + "\n")
open('sources.tsv', 'w', encoding='utf-8').write("".join(f"{f}\t{S[f][0]} ({S[f][1]})\n" for f in sorted(S)))
repos = sorted({S[f][0].split('@')[0] for f in S}, key=str.lower)
open('repos.txt', 'w').write("\n".join(repos) + "\n")
print(len(rows), 'rows', len(repos), 'repos')
