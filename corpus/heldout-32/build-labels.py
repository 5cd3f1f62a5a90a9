#!/usr/bin/env python3
"""Holds the label rows of this set and writes labels.tsv, sources.tsv, repos.txt. Runs no readiness code."""
F = {}  # file -> (source, note, rows)
def add(f, src, note, rows):
    F[f] = (src, note, [r.split("|", 2) for r in rows.strip().split("\n")])
Y = "flattened by yaml2props.py; original in yaml-originals/"
add("c01-taipei-silver-generation-application-live.properties",
 "tist88995/taipei-silver-generation@9728af5b02411ad357ba43bfe003f3e1fecd8edd:src/main/resources/application-live.yml", "("+Y+"; Chinese placeholder text becomes \\u escapes)", """
spring.datasource.password|FLAG|secret-empty-required: empty database password in the live profile of a government welfare site; the datasource is required
spring.mail.host|FLAG|template-host: 請輸入正式機 mail server ("enter the production mail server"), template text as the host
tist.admin.system-url|FLAG|url-placeholder: "請輸入正式機網址如: https://smart-welfare.hsinchu.gov.tw" ("enter the production URL, e.g."), instruction text as the site URL
tist.admin.debug|PASS|pass-switched-off: false
spring.jpa.show-sql|PASS|pass-switched-off: false""")
add("c02-adoption-service-application-live.properties",
 "rescued-animals-platform/adoption-service@00b9ca276b1def6896e7801dc408092e07b40130:src/main/resources/application-live.yml", "("+Y+"; no final newline upstream)", """
spring.datasource.password|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_PASSWORD}
spring.datasource.url|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_URL}
spring.security.oauth2.resourceserver.jwt.issuer-uri|PASS|pass-prod-endpoint: https://emmeblm.auth0.com/, the Auth0 tenant
spring.profiles|PASS|pass-mode-name: live, a profile name""")
add("c03-carvis-api-application-live.properties",
 "pkissling/carvis-api@04a12d53d18f26b054b2de89f7e468057342da92:src/main/resources/application-live.yml", "("+Y+")", """
sentry.environment|PASS|pass-mode-name: live
cors.allowed-origins[0]|PASS|pass-prod-endpoint: https://carvis.cloud, the production origin
dynamodb.table-name-prefix|PASS|pass-nonsecret: live, a table prefix""")
add("c04-aispreadbot-application-live.properties",
 "pxbt-dev/aiSpreadBot@a9919d3c7856e84fef8ca47daf69f1013fafd745:src/main/resources/application-live.yml", "("+Y+")", """
polymarket.dry-run|FLAG|sandbox-switch: true in the live profile, trades are only simulated (comment: "simulate trades without risking capital")
polymarket.live-mode|PASS|pass-live: true, real trading
polymarket.wallet.proxy-address|PASS|pass-nonsecret: default 0x0dfd..., a public funder wallet address, not a key
ollama.enabled|PASS|pass-switched-off: false""")
add("c05-quckapp-auth-service-application-live.properties",
 "quckapp/auth-service@21619e0db88b6a4e80531f6fb219fe5a5305c8ef:src/main/resources/application-live.yml", "("+Y+")", """
spring.datasource.url|FLAG|db-loopback: default host ${DB_HOST:localhost} in the live ("critical system") profile; also useSSL=false
spring.datasource.password|FLAG|secret-published: default live_root_secret, used whenever DB_PASSWORD is unset
spring.data.redis.password|FLAG|secret-published: default live_redis_secret
jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
security.encryption.key|PASS|pass-placeholder-ref: ${ENCRYPTION_KEY}
oauth2.frontend-callback-url|PASS|pass-prod-endpoint: default https://app.quckapp.com/auth/callback
jwt.access-token-expiration|PASS|pass-nonsecret: 900000, a token lifetime""")
add("c06-re-director-application-live.properties",
 "re-Director/re-director@1681ff272adcb4d448eeee5ad4c84bb2e86fce5a:src/main/resources/application-live.yml", "("+Y+"; no final newline upstream)", """
spring.datasource.url|FLAG|db-embedded: jdbc:sqlite:/data/sqlite.db in the live profile
management.endpoint.health.show-details|PASS|pass-nonsecret: when_authorized
spring.devtools.add-properties|PASS|pass-switched-off: false""")
add("c07-footballay-core-application-live.properties",
 "PhysicksKim/footballay-core@09f3a6f90cb909ef28f1ba0eb5f174b3a6cc018b:src/main/resources/application-live.yml", "("+Y+")", """
footballay.apisports.headers.x-rapidapi-key-value|PASS|pass-placeholder-ref: ${FOOTBALLAY_APISPORTS_X_RAPIDAPI_KEY_VALUE}
footballay.apisports.headers.x-rapidapi-key-name|PASS|pass-nonsecret: x-rapidapi-key, a header name
spring.kafka.properties.sasl.jaas.config|PASS|pass-placeholder-ref: JAAS line whose username and password are ${...} references
spring.kafka.properties.security.protocol|PASS|pass-tls-on: SASL_SSL
spring.data.redis.host|PASS|pass-compose-host: redis, a container service host""")
add("c08-store-application-live.properties",
 "sean-huni/store@186f1759af5ba59be371aff7172d5e8155d9f3b3:src/main/resources/application-live.yml", "("+Y+"; seven YAML documents, none profile-specific, all kept; no final newline upstream)", """
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:${DB_PORT}/${DB_NAME}, a literal localhost host in the live profile
spring.datasource.password|PASS|pass-placeholder-ref: ${pass}
application.security.jwt.secret-key|PASS|pass-placeholder-ref: ${SECRET_KEY}
application.security.jwt.token-prefix|PASS|pass-nonsecret: "Bearer ", a header prefix""")
add("c09-cafe-service-application-live.properties",
 "Ramsbaby/cafe-service@b9b42b4acb9e60f94ffac5aba20c7f42c3bcad1c:src/main/resources/application-live.yml", "("+Y+"; no final newline upstream)", """
spring.datasource.hikari.reader.jdbc-url|FLAG|db-tls-off: useSSL=false, on a dev/test host (dev-mysql.ro-test) in the live profile
spring.datasource.hikari.writer.jdbc-url|FLAG|db-tls-off: useSSL=false, on dev-mysql.test in the live profile
spring.datasource.hikari.reader.password|FLAG|secret-weak: test (user test)
spring.datasource.hikari.writer.password|FLAG|secret-weak: test (user test)""")
add("c10-meanstreammachine-application-live.properties",
 "tsallustro/MeanStreamMachine@1ec66cf1a15618414afe697d2d4dfd2034ad626a:src/main/resources/application-live.yml", "("+Y+"; no final newline upstream)", """
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/meanmachines in the live profile
spring.datasource.password|FLAG|db-default-creds: postgres/postgres
exceptions.STACK_VERBOSE|PASS|pass-switched-off: false
spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: validate""")
add("c11-proxia-api-application-live.properties",
 "proxiakr/proxia-api@16cab96008f1b29085c133e1e6c0884f746a53db:src/main/resources/application-live.yml", "("+Y+")", """
spring.datasource.password|PASS|pass-placeholder-ref: ${DATABASE_PASSWORD}
jwt.secret-key|PASS|pass-placeholder-ref: ${JWT_SECRET_KEY}
github.pat|PASS|pass-placeholder-ref: ${GITHUB_PAT}""")
add("c12-core-service-application-live.properties",
 "rgsngu/core-service@39036ce44ef9ba72281546caf516767a48b6b543:src/main/resources/application-live.yml", "("+Y+"; no final newline upstream)", """
spring.kafka.bootstrap-servers|FLAG|template-host: <LIVE_KAFKA_BROKER>:9092, a placeholder broker in the live profile
spring.kafka.consumer.group-id|PASS|pass-nonsecret: aim-engine-group
spring.kafka.consumer.properties.spring.json.trusted.packages|PASS|pass-nonsecret: a package list""")
add("c13-cinegrow-application-live.properties",
 "Suppoze/cinegrow@fff38b945ac688e587eaffc5f617e7c90a205585:src/main/resources/application-live.properties", "(as committed; no final newline)", """
spring.data.mongodb.host|FLAG|db-loopback: localhost in the live profile
spring.data.mongodb.database|PASS|pass-nonsecret: db1""")
add("c14-t2-application-live.properties",
 "stackabletech/t2@13058bce3492fd21daa82727dddccad013d23e37:src/main/resources/application-live.yaml", "("+Y+"; no final newline upstream)", """
t2.security.token.source|PASS|pass-nonsecret: file, where the token is read from
t2.security.token.file|PASS|pass-nonsecret: /var/t2/security-token, the path of the token file, not a token
t2.security.token.static|PASS|pass-unset: null, unused because token.source=file
t2.security.credential-file|PASS|pass-nonsecret: /var/t2/credentials.properties, a path""")
add("c15-nps-application-live.properties",
 "yurpetr/nps@61b933ee6109061f11d9949d01e68a847dfa3ef9:src/main/resources/application-live.yaml", "("+Y+"; no final newline upstream)", """
spring.datasource.url|FLAG|db-embedded: jdbc:h2:mem:npsdb, an in-memory database in the live profile""")
add("c16-jiaochuan-application-live.properties",
 "yangjiel/jiaochuan@1b522426e35ae56bf68f7242d906f8834ff03afa:src/main/resources/application-live.yaml", "("+Y+")", """
spring.datasource.jdbc-url|FLAG|db-loopback: jdbc:mysql://localhost:3306/live in the live profile
spring.datasource.password|FLAG|db-default-creds: root/root""")
add("c17-postcard-qr-application-live.properties",
 "nantipov/postcard-qr@50499d1671e78b85a9540dd682cccd7421e44a78:src/main/resources/application-live.yaml", "("+Y+"; upstream maps password to ${DB_USERNAME} and username to ${DB_PASSWORD})", """
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_USERNAME} (names swapped upstream, still a reference)
spring.datasource.username|PASS|pass-placeholder-ref: ${DB_PASSWORD}
spring.datasource.url|PASS|pass-placeholder-ref: ${DB_URL}""")
add("c18-gmall-member-provider-application-prod.properties",
 "zhongjunsheng/gmall-0329@2fb1d6341679e292992458e324b7db6a8b96ba70:member-center/member-provider/src/main/resources/application-prod.yml", "("+Y+"; comments with Chinese text dropped by the flattening)", """
spring.datasource.password|FLAG|secret-weak: 123456 (user root) in the prod profile
spring.datasource.url|FLAG|db-tls-off: useSSL=false (private-network MySQL 192.168.127.131)""")
add("c19-mattermost-ansible-group-vars-production.properties",
 "roberson-io/mattermost-ansible@696a168949fc14c3325763d96b9eb12290ccd0e6:group_vars/production.yml", "(Ansible group_vars YAML flattened by yaml2props.py; the header line says Spring Boot YAML; original in yaml-originals/)", """
nginx_server_name|FLAG|template-host: mattermost.example.com, the public server name of the production group left as the example domain (site URL and certbot domain derive from it)
postgresql_db_password|PASS|pass-placeholder-ref: {{ vault_production_db_password }}, an Ansible vault reference
mattermost_db_password|PASS|pass-placeholder-ref: {{ vault_production_db_password }}
postgresql_listen_addresses|PASS|pass-bind-address: *, a listen address
use_tls|PASS|pass-tls-on: true
nginx_upstream_host|PASS|pass-self-call: localhost, nginx proxying to Mattermost on the same host""")
add("c20-stackfood-payments-k8s-prod-configmap.properties",
 "Stack-Food/stackfood-api-payments@34d5de013ffabed333ce62293e8170d423d602a8:k8s/prod/configmap.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; keys data.X; original in yaml-originals/)", """
data.AWS__ServiceURL|PASS|pass-unset: empty, so the SDK uses the real AWS endpoint (no LocalStack override)
data.ASPNETCORE_URLS|PASS|pass-bind-address: http://+:8082
data.AWS__SQS__QueueUrl|PASS|pass-prod-endpoint: the production SQS queue
data.ASPNETCORE_ENVIRONMENT|PASS|pass-nonsecret: Production""")
add("c21-whattools-k8s-prod-configmap.properties",
 "Trec-TorConsulting/whattools@b67a20e1784875f8f3ff80c1800abacb1bc4e28b:k8s/prod/configmap.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; original in yaml-originals/)", """
data.AUTH_SERVICE_URL|PASS|pass-compose-host: http://auth:5001, a cluster service
data.JWT_ACCESS_TOKEN_EXPIRES|PASS|pass-nonsecret: 900, a token lifetime
data.CORS_ORIGINS|PASS|pass-prod-endpoint: https://whattools.trector.com""")
add("c22-bcc-cvote-k8s-prod-configmap.properties",
 "Vennu04/BCC-CVote@1476fd53f191400519b51d52a8dca69e70648c6d:k8s/prod/configmap.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; original in yaml-originals/)", """
data.FRONTEND_URL|FLAG|url-placeholder: https://bcc-cvote.yourdomain.com in the production ConfigMap
data.FLASK_ENV|PASS|pass-nonsecret: production""")
add("c23-hr-profiller-k8s-configmap-prod.properties",
 "vieriusorin/hr-profiller@cd9214d220c2be70b9c844dd5d735815b585df6f:k8s/configmap-prod.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; original in yaml-originals/)", """
data.HOSTNAME|PASS|pass-bind-address: 0.0.0.0
data.API_URL|PASS|pass-compose-host: http://backend-service:3001, a cluster service
data.POSTGRES_USER|PASS|pass-nonsecret: postgres, a user name (no password in the ConfigMap)
data.JWT_EXPIRES_IN|PASS|pass-nonsecret: 7d""")
add("c24-vaultiq-k8s-configmap-prod.properties",
 "nhkmehak/VaultIQ@db643704d78e7b804f556ace419ebcf33f35cfe6:k8s/configmap-prod.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; original in yaml-originals/; no final newline upstream)", """
data.BACKEND_URL|FLAG|url-placeholder: http://PROD_IP_HERE:5000/api
data.DB_HOST|PASS|pass-compose-host: mysql-service, a cluster service
data.JWT_EXPIRE|PASS|pass-nonsecret: 7d""")
add("c25-stake-capital-card-ops-prod.env",
 "stake-capital/card@105061ec587d05ba9aa2fa5d208bd2f320b0a752:ops/prod.env", "", """
REACT_APP_ADMIN_SECRET|FLAG|secret-published: a literal admin secret in the committed production env (and shipped to browsers by REACT_APP_)
REACT_APP_RINKEBY_ETH_OVERRIDE|FLAG|secret-published: Alchemy API key in the path of a Rinkeby (testnet) RPC URL
REACT_APP_DEV|PASS|pass-switched-off: false
REACT_APP_MAINNET_HUB_OVERRIDE|PASS|pass-prod-endpoint: https://hub.connext.network/api/hub
REACT_APP_MAINNET_ETH_OVERRIDE|PASS|pass-prod-endpoint: https://hub.connext.network/api/eth""")
add("c26-dimini-ops-prod.env",
 "romulocollopy/dimini.sh@456d43831e466cb7f72d09363294f5d9bb9c7bbf:ops/prod.env", "", """
DATABASE_URL|FLAG|db-default-creds: mongodb://admin:admin@dbserver:27017
TEST_DATABASE_URL|FLAG|db-default-creds: admin:admin, same server
TEST_DATABASE_NAME|PASS|pass-nonsecret: test_diminish, a database name""")
add("c27-yukkuricraft-envs-prod.env",
 "Yukkuricraft/Yukkuricraft@2d20cd9132b43d0b941fa9bd08114a3cc4816a84:envs/prod.env", "(no final newline)", """
API_HOST|PASS|pass-production-host: api.yukkuricraft.net
FILEBROWSER_HOST|PASS|pass-production-host: files.yakumo.yukkuricraft.net
CONFIGURATION_TYPE|PASS|pass-nonsecret: prod""")
add("c28-catherine-chan-envs-prod.env",
 "No767/Catherine-Chan@556bf1460ee55718322b3ebc643ea55c1bdc9d65:envs/prod.env", "(no final newline)", """
TOKEN|FLAG|secret-placeholder: token, the Discord bot token left as the word ("Paste your bot's token here")
POSTGRES_URI|FLAG|db-loopback: postgresql://user:password@localhost:5432/user, localhost with template credentials
TARGET_REVISION|PASS|pass-nonsecret: rev2""")
add("c29-saverrinfra-environments-prod.env",
 "WillBillChiang/SaverrInfra@6d90f123d3ddb89eff2a36536830e381b7ead143:environments/prod.env", "(SAM parameter overrides, KEY=value)", """
PlaidEnvironment|PASS|pass-live: production, the Plaid production environment
Environment|PASS|pass-nonsecret: prod""")
add("c30-foncier-plus-deploy-staging.env",
 "Theodo-GovTech/foncier-plus-web@136e29bdf5a23ca4384282bb7a3e91c05e0934be:deploy/staging.env", "", """
SCW_CONTAINER_ID|PASS|pass-nonsecret: a Scaleway container UUID, an identifier not a secret
ALLOW_INDEXING|PASS|pass-nonsecret: false, search-engine indexing off on staging""")
add("c31-paperflow-docker-env-prod.env",
 "TonyL36/PaperFlow@2da5d7e759f145ab5ce5b216278daf844e076fc4:docker/env/prod.env", "", """
POSTGRES_PASSWORD|FLAG|secret-placeholder: paperflow_prod_change_me
PF_JWT_SECRET|FLAG|secret-placeholder: prod_change_me_prod_change_me_prod_change_me
GATEWAY_PORT|PASS|pass-nonsecret: 3151""")
add("c32-data-forge-docker-env-prod.env",
 "volturine/data-forge@0da9b9a773a6813a4d26ffff223cb08f356224e6:docker/env/prod.env", "", """
DF_POSTGRES_PASSWORD|FLAG|secret-placeholder: replace-with-strong-password
DF_DATABASE_URL|FLAG|db-placeholder: postgresql+psycopg://dataforge:replace-with-strong-password@postgres:5432/dataforge, placeholder password in the URL
DF_INTERNAL_API_TOKEN|FLAG|secret-placeholder: replace-with-long-random-internal-runtime-token
DF_OBJECT_STORE_SECRET_KEY|FLAG|secret-placeholder: replace-with-rustfs-secret-key
DF_DEFAULT_USER_PASSWORD|FLAG|secret-placeholder: replace-with-strong-password, the default admin password
DF_AUTH_FRONTEND_URL|FLAG|url-local: http://localhost:8000, the URL users open and OAuth returns to
AUTH_FRONTEND_URL|FLAG|url-local: http://localhost:8000 ("The URL users open in their browser")
DEFAULT_USER_PASSWORD|FLAG|secret-weak: ChangeMe123, the default user's password
DATABASE_URL|FLAG|db-loopback: postgresql+psycopg://dataforge:dataforge@localhost:5432/dataforge (also user=password)
DF_DEBUG|PASS|pass-switched-off: false
DF_OBJECT_STORE_ENDPOINT|PASS|pass-compose-host: http://rustfs:9000, a compose service
PUBLIC_IDB_DEBUG|PASS|pass-switched-off: false
OPENAI_BASE_URL|PASS|pass-prod-endpoint: https://api.openai.com
INTERNAL_GRPC_HOST|PASS|pass-self-call: 127.0.0.1, the app's own internal gRPC runtime
TELEGRAM_BOT_ENABLED|PASS|pass-switched-off: false (token empty, integration off)""")
add("c33-chat-api-java-application-live.properties",
 "UnVpX1JlcXVlaWpvXzEw/chat-api-java@02efb2a15af1428cb76bcb12c82679874e0a07d1:src/main/resources/application-live.yml", "("+Y+")", """
spring.config.import|PASS|pass-compose-host: optional:configserver:http://spring-cloud-config-server:8888, the config server as a container service host
spring.cloud.config.enabled|PASS|pass-nonsecret: true""")
add("c34-swiggy-smart-basket-mcp-application-live.properties",
 "navneetsn18/swiggy-smart-basket-mcp@7306b3a777e65c82ff0b9376f57f4486280c02e1:src/main/resources/application-live.yml", "("+Y+")", """
spring.ai.mcp.client.stdio.connections.swiggy.args[2]|PASS|pass-prod-endpoint: https://mcp.swiggy.com/im, the live Swiggy MCP server
spring.ai.mcp.client.enabled|PASS|pass-nonsecret: true""")
add("c35-agba-application-live.properties",
 "nelsoncwh/AGBA@2d950b05f769c9db6a6db604ad1f088a347df36a:src/main/resources/application-live.yaml", "("+Y+"; no final newline upstream)", """
app.apim.wmsRestDomain|PASS|pass-prod-endpoint: https://apim-gateway.oneplatform.com.hk/..., the production API gateway
app.apim.wmsUrlDomain|PASS|pass-prod-endpoint: same production gateway""")
add("c36-poc-digest-auth-application-live.properties",
 "ricksouzaa/poc-digest-auth@2b4be86b21d585bfbf7edabf2b932c0e469f8e3d:src/main/resources/application-live.yml", "("+Y+")", """
app.users.live|FLAG|secret-published: 848897df88f9ef1923183e1860eb37a2, the digest-auth credential hash of user "live" committed in the live profile
logging.level.org.springframework.security|FLAG|beyond-gates: TRACE security logging in the live profile""")
add("c37-minari-application-live.properties",
 "prography/10th-3team-minari-BE@12aa41b0eb3228ca48255c8ccd81d81770726c06:src/main/resources/application-live.yml", "("+Y+"; Korean comments dropped; no final newline upstream)", """
spring.jpa.show-sql|FLAG|beyond-gates: true in the live profile (and ddl-auto update)
spring.datasource.password|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_PASSWORD}
oauth.kakao.REST_SECRET_KEY|PASS|pass-placeholder-ref: ${KAKAO_SECRET_KEY}
naver.client.secret|PASS|pass-placeholder-ref: ${NAVER_CLIENT_SECRET}
spring.mail.properties.mail.smtp.starttls.required|PASS|pass-tls-on: true
spring.mail.host|PASS|pass-prod-endpoint: smtp.gmail.com
jwt.expiration|PASS|pass-nonsecret: 3600000, a token lifetime""")

with open("labels.tsv", "w", encoding="utf-8") as o:
    o.write("file\tkey\texpected\twhy\tsource\n")
    for f in sorted(F):
        src, note, rows = F[f]
        for k, e, w in rows:
            o.write(f"{f}\t{k}\t{e}\t{w}\t{src}\n")
with open("sources.tsv", "w", encoding="utf-8") as o:
    for f in sorted(F):
        src, note, rows = F[f]
        o.write(f"{f}\t{src}{(' ' + note) if note else ''}\n")
with open("repos.txt", "w") as o:
    for f in sorted(F):
        o.write(F[f][0].split("@")[0] + "\n")
