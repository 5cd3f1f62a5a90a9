#!/usr/bin/env python3
"""Label rows of set 73, written by hand from each file's text and the label policy. Writes labels.tsv,
sources.tsv (with the service each labelled key comes from) and repos.txt."""
import json
C = {
"u01":"0f48c8e1f8ffa2cbf45369c130225c77e39966a9","u02":"03755d12021dd0e9f38a487b72cb963d678f74ca",
"u03":"24cdb8e460845abf7b8100a6c7e2f788a49d5614","u04":"31a16f12b990ead2f39114c619121733ca0c8838",
"u05":"7647b226357f0a9005ec01d4135aa685d8a6a5f6","u06":"13aa3901c9ccecdbec2a693726a6187d635e4147",
"u07":"01e3d289f384c2f2b35cc712343264f6d3ca3e05","u08":"bd14ccb41a7676cc2c116c948e199900c9ef9644",
"u09":"13a5a1a85025a94333dcd0eb3a38784fbbe9d65f","u10":"4817aa55700f0765a55dd683026759b87799babb",
"u11":"921caf4888d6283e968d6ec2ed159ea37d442158","u12":"33fbd9480d9ec0dba7e254f4d43f49a05414d3dd",
"u13":"3ea472d2eed2c613b7f25f7428b3a96ba9fe0861","u14":"45934fca31654b1e473f0f8de0e158db51b36288",
"u15":"bcb7ad72e1ff3659fcea614d77cf87e61b76f415","u16":"979c38b64fb6d0033882f81c732b6db956f8e28e",
"u17":"0c43f78ea4655860e21230e4dfb924fbb5a785bf","u18":"0b3f084bca68f5a81097ca839b79487ac21404f4",
"u19":"1a8482b974bf2b7fcf114c2d50444a68e792a402","u20":"a7f795a64eb09398abcd5926770d5a6de2fb5019",
"u21":"481283910cca55e2d268a884e84ce7c3532817f3","u22":"ed15bc7ed6078383c6a03e5b31bfcfc4da40ec0d",
"u23":"2a85d8f65930bf9bbe1d71184abfbbdf5e9c9e67","u24":"793beb78b7243a8a73cd34c501c8fce9c481bcef",
"u25":"3473c6a5ee43040e119512f21543d0dbd23b80eb","u26":"12a041d6ba05cdde7c2b24429354fb3b31cbb07a",
"u27":"12478cacccf6149ef5b79993f3d06928fdddc0a3","u28":"910d22a2995af9c880d5807d418fc78c68043f2c",
"u29":"3e39204ffd6bcdfd2d96b763e4c53533e67a4489","u30":"44bb26d7c230f7aba562048a290717bce2205283",
}
L = {
"u01": """POSTGRES_PASSWORD|FLAG|secret-published: staging_secure_password_2024, a literal database password committed in the public staging compose file
xpack.security.enabled|FLAG|tls-off: false, the staging Elasticsearch node runs with X-Pack security (TLS and authentication) switched off
POSTGRES_USER|PASS|pass-nonsecret: ecom_staging_user, a user name
KAFKA_ADVERTISED_LISTENERS|PASS|pass-compose-host: PLAINTEXT://staging-kafka:9092, the broker's own name on the internal network
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: staging, a profile name""",
"u02": """POSTGRES_PASSWORD|FLAG|secret-placeholder: ${POSTGRES_PASSWORD:-change_me}, the default is stand-in text and is used when the variable is unset
SPRING_DATASOURCE_PASSWORD|FLAG|secret-placeholder: ${POSTGRES_PASSWORD:-change_me}, the service's database password defaults to stand-in text
JWT_SECRET|FLAG|secret-published: ${JWT_SECRET:-mySecretKey123456789012345678901234567890}, a guessable signing key published as the default
SSL_KEYSTORE_PASSWORD|FLAG|secret-published: ${SSL_KEYSTORE_PASSWORD:-changeit}, the JDK's well-known default keystore password
SSL_KEY_PASSWORD|FLAG|secret-published: ${SSL_KEY_PASSWORD:-changeit}, the JDK's well-known default password for the TLS key
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://postgres:5432/mydb, the compose database service
SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: springuser, a user name
REDIS_HOST|PASS|pass-compose-host: redis, the compose service
REDIS_PASSWORD|PASS|pass-compose-host: ${REDIS_PASSWORD:-}, the compose Redis runs without a password (policy: Redis without password on a compose host is PASS)""",
"u03": """MYSQL_ROOT_PASSWORD|FLAG|secret-weak: root, the MySQL root password of the production compose file
MYSQL_PASSWORD|FLAG|secret-weak: catams, the same as the user name
SPRING_DATASOURCE_PASSWORD|FLAG|secret-weak: catams, the application's database password equals the user name
SPRING_DATASOURCE_URL|FLAG|db-tls-off: jdbc:mysql://mysql:3306/catams?useSSL=false, TLS to the database switched off
SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: catams, a user name
MYSQL_USER|PASS|pass-nonsecret: catams, a user name
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: prod, a profile name""",
"u04": """SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_AUTHORIZATION_URI|FLAG|beyond-gates: http://keycloak:8080/realms/.../auth, the authorization endpoint is opened by the user's browser, which cannot reach the compose-internal plain-HTTP host
POSTGRES_PASSWORD|PASS|pass-placeholder-ref: ${DB_PASSWORD}, supplied at run time
KEYCLOAK_ADMIN_PASSWORD|PASS|pass-placeholder-ref: ${KEYCLOAK_ADMIN_PASSWORD}, supplied at run time
KC_HTTP_ENABLED|PASS|pass-nonsecret: true with KC_PROXY=edge, plain HTTP inside the network behind a TLS-terminating proxy
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://postgres:5432/expense_tracker, the compose database service
SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_TOKEN_URI|PASS|pass-compose-host: http://keycloak:8080/..., a back-channel call from the backend to the compose Keycloak service
KEYCLOAK_CLIENT_SECRET|PASS|pass-placeholder-ref: ${KEYCLOAK_CLIENT_SECRET}, supplied at run time
ENCRYPTION_MASTER_KEY|PASS|pass-placeholder-ref: ${ENCRYPTION_MASTER_KEY}, supplied at run time
SPRING_JPA_HIBERNATE_DDL_AUTO|PASS|pass-nonsecret: validate, the schema is only checked""",
"u05": """DATABASE_URL|PASS|pass-compose-host: jdbc:postgresql://postgres:5432/registry_db, the compose database service
DATABASE_PASSWORD|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}, supplied at run time
JWT_SECRET|PASS|pass-placeholder-ref: ${JWT_SECRET}, supplied at run time
KTOR_DEPLOYMENT_HOST|PASS|pass-nonsecret: 0.0.0.0, a bind address""",
"u06": """KAFKA_MOCK|PASS|pass-switched-off: false, the Kafka mock is off in staging
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: staging,docker, profile names
SECURITY_RBAC_ENABLED|PASS|pass-nonsecret: true, access control on""",
"u07": """SPRING_DATASOURCE_URL|FLAG|db-tls-off: jdbc:mysql://tabot-mysql:3306/tabot?...&useSSL=false, TLS to the database switched off
SPRING_PROFILES_ACTIVE|FLAG|beyond-gates: prod,swagger, the production container also serves the Swagger API documentation
_JAVA_OPTIONS|PASS|pass-nonsecret: -Xmx512m -Xms256m, JVM memory options
JHIPSTER_SLEEP|PASS|pass-nonsecret: 30, a start-up delay""",
"u08": """SPRING_PROFILES_ACTIVE|FLAG|beyond-gates: prod,swagger, the production container also serves the Swagger API documentation
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://freemindtimesheet-postgresql:5432/freemindTimesheet, the compose database service
MANAGEMENT_METRICS_EXPORT_PROMETHEUS_ENABLED|PASS|pass-nonsecret: true, metrics export
JHIPSTER_SLEEP|PASS|pass-nonsecret: 30, a start-up delay""",
"u09": """SPRING_DATASOURCE_URL|FLAG|db-tls-off: jdbc:mysql://securprod-mysql:3306/securprod?...&useSSL=false, TLS to the database switched off
SPRING_PROFILES_ACTIVE|FLAG|beyond-gates: prod,swagger, the production container also serves the Swagger API documentation
SPRING_DATA_JEST_URI|PASS|pass-compose-host: http://securprod-elasticsearch:9200, the compose Elasticsearch service
_JAVA_OPTIONS|PASS|pass-nonsecret: JVM memory options""",
"u10": """SPRING_DATASOURCE_URL|FLAG|db-tls-off: jdbc:mysql://cloudbizgateway-mysql:3306/...&useSSL=false, TLS to the database switched off
SPRING_LIQUIBASE_URL|FLAG|db-tls-off: the Liquibase connection also has useSSL=false
MYSQL_ALLOW_EMPTY_PASSWORD|FLAG|secret-empty-required: yes, the MySQL root account has an empty password
SPRING_SECURITY_USER_PASSWORD|FLAG|secret-weak: admin, the JHipster Registry admin password
JHIPSTER_REGISTRY_PASSWORD|FLAG|secret-weak: admin, the registry password the services authenticate with
KAFKA_BOOTSTRAPSERVERS|PASS|pass-compose-host: kafka:9092, the compose Kafka service
SPRING_ELASTICSEARCH_REST_URIS|PASS|pass-compose-host: http://cloudbizgateway-elasticsearch:9200, the compose Elasticsearch service
MYSQL_DATABASE|PASS|pass-nonsecret: cloudbizgateway, a database name""",
"u11": """SPRING_DATASOURCE_PASSWORD|FLAG|secret-empty-required: empty, the production datasource has no password
SPRING_PROFILES_ACTIVE|FLAG|beyond-gates: prod,api-docs,secret-samples, the secret-samples profile loads JHipster's published sample secrets
SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: gestionTaches, a user name
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://postgresql:5432/gestionTaches, the compose database service
SPRING_LIQUIBASE_URL|PASS|pass-compose-host: the same compose database service""",
"u12": """DB_URL|FLAG|db-tls-off: jdbc:mysql://mysql:3306/...?useSSL=false, TLS to the database switched off
MYSQL_ROOT_PASSWORD|PASS|pass-placeholder-ref: ${MYSQL_ROOT_PASSWORD:?...}, required from the environment, no default
DB_PASSWORD|PASS|pass-placeholder-ref: ${MYSQL_PASSWORD}, supplied at run time
PADEL_JWT_SECRET|PASS|pass-placeholder-ref: ${PADEL_JWT_SECRET:?...}, required from the environment
PADEL_PLATFORM_ADMIN_EMAIL|PASS|pass-nonsecret: default admin@padelhub.com, an e-mail address
DB_USERNAME|PASS|pass-nonsecret: default padel, a user name""",
"u13": """DATA_SOURCE_URI|FLAG|db-tls-off: postgres:5432/${POSTGRES_DB}?sslmode=disable, the exporter's database connection has TLS off
GF_SECURITY_ADMIN_USER|PASS|pass-nonsecret: default admin, a user name (the password is a reference)
GF_SECURITY_ADMIN_PASSWORD|PASS|pass-placeholder-ref: ${GRAFANA_ADMIN_PASSWORD}, supplied at run time
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://postgres:5432/${POSTGRES_DB}, the compose database service
JWT_SECRET|PASS|pass-placeholder-ref: ${JWT_SECRET}, supplied at run time
MUSE_IMAGE_LAMBDA_CALLBACK_TOKEN|PASS|pass-placeholder-ref: ${MUSE_IMAGE_LAMBDA_CALLBACK_TOKEN}, supplied at run time
MUSE_ALL_USER_IMPORT_ENABLED|PASS|pass-switched-off: default false, a one-off import switched off""",
"u14": """MYSQL_ROOT_PASSWORD|FLAG|secret-weak: rootpassword
MYSQL_PASSWORD|FLAG|secret-weak: password
SPRING_DATASOURCE_PASSWORD|FLAG|secret-weak: password, the staging application's database password
SPRING_DATASOURCE_URL|FLAG|db-tls-off: jdbc:mysql://db:3306/...&useSSL=false, TLS to the database switched off
SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: admin, a user name
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: staging, a profile name
MYSQL_DATABASE|PASS|pass-nonsecret: a database name""",
"u15": """MYSQL_ROOT_PASSWORD|FLAG|secret-weak: password, the MySQL root password of the production compose file
PMA_HOST|PASS|pass-compose-host: db, the compose database service
JAVA_PROFILE|PASS|pass-nonsecret: prod,db, profile names""",
"u16": """POSTGRES_PASSWORD|FLAG|db-default-creds: postgres, the image's default superuser with the password postgres
POSTGRES_USER|PASS|pass-nonsecret: postgres, a user name
POSTGRES_DB|PASS|pass-nonsecret: postgres, a database name""",
"u17": """POSTGRES_DB_PASSWORD_FILE|PASS|pass-nonsecret: /run/secrets/postgres_password, a path to a Docker secret, not a password
POSTGRES_USER|PASS|pass-nonsecret: gordonuser, a user name
POSTGRES_DB|PASS|pass-nonsecret: atsea, a database name""",
"u18": """JWT_SECRET|FLAG|secret-placeholder: ${JWT_SECRET:-change-me-in-production}, the production stack's default signing key is stand-in text
POSTGRES_PASSWORD|FLAG|secret-weak: ${POSTGRES_PASSWORD:-icms}, the default equals the user name
POSTGRESQL_PASSWORD|FLAG|secret-weak: ${POSTGRES_PASSWORD:-icms}, the database user's default password equals the user name
POSTGRESQL_POSTGRES_PASSWORD|FLAG|secret-weak: ${POSTGRES_PASSWORD:-icms}, the postgres superuser's default password
POSTGRESQL_REPLICATION_PASSWORD|FLAG|secret-weak: ${POSTGRES_REPLICATION_PASSWORD:-replicator}, equals the replication user name
RABBITMQ_DEFAULT_PASS|FLAG|secret-weak: ${RABBITMQ_PASSWORD:-icms}, the broker's default password equals the user name
RABBITMQ_URL|FLAG|secret-weak: amqp://icms:icms@rabbitmq:5672 by default, the broker URL carries the default credentials
MINIO_ROOT_PASSWORD|FLAG|secret-published: ${S3_SECRET_KEY:-icmsminio123}, a literal default root password in a public file
S3_SECRET_KEY|FLAG|secret-published: ${S3_SECRET_KEY:-icmsminio123}, a literal default secret key in a public file
SERVER_NAME|FLAG|url-local: ${SERVER_NAME:-reclusorio.local}, the public web server's name defaults to a .local host
S3_ACCESS_KEY|PASS|pass-nonsecret: default icmsminio, the MinIO access key id (a user name), not the secret
POSTGRESQL_REPLICATION_USER|PASS|pass-nonsecret: default replicator, a user name
JWKS_URI|PASS|pass-compose-host: http://auth-service:3001/.well-known/jwks.json, the compose auth service
S3_ENDPOINT|PASS|pass-compose-host: http://minio:9000, the compose MinIO service
POSTGRES_HOST|PASS|pass-compose-host: postgres-primary, the compose database service
JWT_ACCESS_TTL|PASS|pass-nonsecret: default 10m, a token lifetime""",
"u19": """DATABASE_URL|FLAG|db-embedded: sqlite:/app/data/currency_rates.db?mode=rwc, the rates service runs on an embedded SQLite file
SYSTEM_DEMO_DISABLED|PASS|pass-nonsecret: default true, demo accounts are off
HOST|PASS|pass-nonsecret: 0.0.0.0, a bind address
BACKEND_URL|PASS|pass-compose-host: http://backend:${APPLICATION_PORT:-8081}, the compose backend service
POSTGRES_PASSWORD|PASS|pass-placeholder-ref: ${APPLICATION_DB_PASSWORD}, supplied at run time""",
"u20": """JWT_SECRET|PASS|pass-placeholder-ref: ${JWT_SECRET}, supplied at run time
REFRESH_TOKEN_SECRET|PASS|pass-placeholder-ref: ${REFRESH_TOKEN_SECRET}, supplied at run time
SMTP_PASS|PASS|pass-placeholder-ref: ${SMTP_PASS}, supplied at run time
WEATHER_SERVICE_URL|PASS|pass-compose-host: http://weather-service:5000, the compose service
FLASK_ENV|PASS|pass-nonsecret: production, a mode name""",
"u21": """POSTGRES_PASSWORD|FLAG|secret-weak: ${POSTGRES_PASSWORD:-booking}, the default equals the user name
DATABASE_URL|FLAG|db-default-creds: postgresql+asyncpg://booking:booking@db:5432/booking by default, the URL carries the default credentials
POSTGRES_USER|PASS|pass-nonsecret: default booking, a user name
POSTGRES_DB|PASS|pass-nonsecret: default booking, a database name""",
"u22": """REDIS_URL|PASS|pass-compose-host: redis://redis:6379/0, the compose Redis (policy: Redis without password on a compose host is PASS)
ALLOWED_HOSTS|PASS|pass-placeholder-ref: ${ALLOWED_HOSTS:?...}, required from the environment
SQL_ECHO|PASS|pass-switched-off: false, SQL logging off
RATE_LIMIT_ENABLED|PASS|pass-nonsecret: true""",
"u23": """AUTH_JWT_PRIVATE_KEY_PATH|PASS|pass-nonsecret: /run/secrets/jwt-private.pem, a path to a mounted key, not a key
AUTH_ATTEMPT_HMAC_SECRET|PASS|pass-placeholder-ref: ${AUTH_ATTEMPT_HMAC_SECRET:?...}, required from the environment
AUTH_JWT_KEY_ID|PASS|pass-placeholder-ref: ${AUTH_JWT_KEY_ID:?...}, required from the environment, a key identifier
AUTH_COOKIE_SECURE|PASS|pass-nonsecret: true, secure cookies on""",
"u24": """AUTH_BASE_URL|PASS|pass-production-host: https://upcoming.crashpalace.uk, the real public site
DATABASE_URL|PASS|pass-compose-host: postgres://upcoming:${POSTGRES_PASSWORD:?...}@db:5432/upcoming, compose host, password from the environment
AUTH_SECRET|PASS|pass-placeholder-ref: ${AUTH_SECRET:?...}, required from the environment
RESEND_API_KEY|PASS|pass-placeholder-ref: ${RESEND_API_KEY:?...}, required from the environment""",
"u25": """STAGING_FRONTEND_HOST|FLAG|url-local: ${STAGING_FRONTEND_HOST:-logistics.local}, the browser-facing site host defaults to a .local name
STAGING_API_HOST|FLAG|url-local: ${STAGING_API_HOST:-api.logistics.local}, the browser-facing API host defaults to a .local name
MYSQL_PASSWORD|PASS|pass-placeholder-ref: ${DB_PASSWORD}, supplied at run time
MYSQL_ROOT_PASSWORD|PASS|pass-placeholder-ref: ${MYSQL_ROOT_PASSWORD}, supplied at run time
MYSQL_USER|PASS|pass-placeholder-ref: ${DB_USERNAME}, supplied at run time""",
"u26": """POSTGRES_HOST_AUTH_METHOD|FLAG|db-default-creds: trust, the production database accepts connections without checking any password
POSTGRES_PASSWORD|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}, supplied at run time
POSTGRES_USER|PASS|pass-placeholder-ref: ${POSTGRES_USER}, supplied at run time
POSTGRES_INITDB_ARGS|PASS|pass-nonsecret: --encoding=UTF-8""",
"u27": """DATABASE_URL|PASS|pass-compose-host: mysql://${DB_USER}:${DB_PASS}@mysql:3306/..., compose host, credentials from the environment
APP_ENV|PASS|pass-nonsecret: prod, a mode name
MYSQL_ROOT_PASSWORD|PASS|pass-placeholder-ref: ${DB_PASS}, supplied at run time""",
"u28": """DB_PASSWORD|FLAG|secret-placeholder: __DB_PASSWORD__, an unfilled template token, not a password
JWT_SECRET|FLAG|secret-placeholder: __JWT_SECRET__, an unfilled template token, not a signing key
NODE_ENV|PASS|pass-nonsecret: production, a mode name""",
"u29": """MONGODB_URL|PASS|pass-compose-host: mongodb://mongodb:27017, the compose MongoDB on the internal network (treated like Redis without password on a compose host)
DEBUG|PASS|pass-switched-off: false
VIRTUAL_HOST|PASS|pass-production-host: default schedule.mirea.ninja, the real public host
ENV|PASS|pass-nonsecret: production, a mode name""",
"u30": """POSTGRES_PASSWORD|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}, supplied at run time
DATABASE_URL|PASS|pass-compose-host: postgresql://portal:${POSTGRES_PASSWORD}@postgres:5432/portal, compose host, password from the environment
POSTGRES_USER|PASS|pass-nonsecret: portal, a user name""",
}
ks = json.load(open("keysvc.json"))
files = sorted(ks)
rows, srows = [], []
for f in files:
    p = f[:3]; info = ks[f]
    src = f"{info['repo']}@{C[p]}:{info['path']}"
    used = []
    for line in L[p].strip().split("\n"):
        k, e, w = line.split("|", 2)
        rows.append(f"{f}\t{k}\t{e}\t{w}\t{src}")
        used.append(f"{k}@{info['svc'][k]}")
    srows.append(f"{f}\t{src} (compose environment: flattened by compose2env.py to KEY=value, ${{...}} kept verbatim, first value of a repeated key kept; original in originals/{info['orig']}; service of each labelled key: {', '.join(used)})")
open("labels.tsv", "w", encoding="utf-8").write("file\tkey\texpected\twhy\tsource\n" + "\n".join(rows) + "\n")
open("sources.tsv", "w", encoding="utf-8").write("\n".join(srows) + "\n")
open("repos.txt", "w").write("\n".join(ks[f]["repo"] for f in files) + "\n")
fl = sum(1 for r in rows if "\tFLAG\t" in r); bg = sum(1 for r in rows if "\tbeyond-gates:" in r)
print("labels", len(rows), "FLAG", fl, "PASS", len(rows)-fl, "beyond", bg, "scored", len(rows)-bg, "scoredFLAG", fl-bg, "pct", round(100*(fl-bg)/(len(rows)-bg),1))
