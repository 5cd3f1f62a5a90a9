#!/usr/bin/env python3
"""Writes labels.tsv and sources.tsv of this set from the table below (labels written by hand)."""
S = {}
L = []
def src(f, s, note=""):
    S[f] = (s, note)
def lab(f, rows):
    for r in rows.strip("\n").split("\n"):
        k, e, w = r.split("|", 2)
        L.append((f, k, e, w))

f="wk01-cafe-restaurant-pos-env-example.env"
src(f,"hamidnoshady/cafe-restaurant-pos@04f2b32c65e51a69b7d91b06431cad47bafe7202:.env.example","(excerpt: of the first 16,000 of 20,845 characters read, every active line kept byte-exact with the comment block above it; commented-out option blocks left out; first line says so)")
lab(f,"""DATABASE_URL|FLAG|db-default-creds: postgres://pos:pos@localhost:5432/pos, user and password both 'pos' on localhost; the comment says this role is a superuser that a hosted deployment must not connect as
JWT_SECRET|FLAG|secret-placeholder: 'change-me-in-production' for the JWT session-cookie signing key ('MUST be changed in production')
SEED_OWNER_PASSWORD|FLAG|secret-weak: 'owner1234', the initial Owner account password the seed script creates
SESSION_HOURS|PASS|pass-nonsecret: session lifetime in hours (12)
SEED_OWNER_EMAIL|PASS|pass-nonsecret: an e-mail address used as login name, not a secret
SEED_OWNER_NAME|PASS|pass-nonsecret: display name of the seeded owner""")

f="wk02-penta-hotel-env-example.env"
src(f,"Aswinjithks/Penta-hotel@6a087dd5dc306956831426905253ed895d23c997:env.example.sh","(dotenv content in a file named .sh, copied verbatim, no final newline; DB_NAME/DB_USER/DB_PASS/DB_HOST appear twice and are not labelled)")
lab(f,"""JWT_SECRET|FLAG|secret-placeholder: 'your_super_secret_key' template text for the JWT signing key
FRONTEND_URL|FLAG|url-local: http://localhost:3000 is the frontend URL used 'for QR code generation' (codes guests scan)
CORS_ORIGIN|FLAG|url-local: the only browser origin allowed is http://localhost:3000
JWT_EXPIRES_IN|PASS|pass-nonsecret: token lifetime 1h
PORT|PASS|pass-nonsecret: listen port 8080
DB_PORT|PASS|pass-nonsecret: database port 5432""")

f="wk03-restaurant-app-backend-docker-compose-pro.env"
src(f,"piwas-21/restaurant-app-backend@120049f720c9a949e760d4fb6166acc35a5bc572:docker-compose-pro.yml","(compose environment entries flattened by compose2env.py; original in originals/)")
lab(f,"""ConnectionStrings__DefaultConnection|FLAG|db-default-creds: Username=postgres;Password=postgres123 in the connection string of the 'pro' compose file
POSTGRES_PASSWORD|FLAG|secret-weak: 'postgres123' for the postgres superuser
ASPNETCORE_ENVIRONMENT|FLAG|beyond-gates: the production ('pro') compose runs the API with ASPNETCORE_ENVIRONMENT=Development
POSTGRES_USER|PASS|pass-nonsecret: user name postgres
POSTGRES_DB|PASS|pass-nonsecret: database name restaurantdb""")

f="wk04-restaurant-management-deploy-env-example.env"
src(f,"huy1235588/restaurant-management@0131c915dca6d4ffe381c6f989b61f52c93ec208:deploy/.env.example","(dotenv as committed)")
lab(f,"""POSTGRES_PASSWORD|FLAG|secret-weak: 'restaurant_password' for the database the compose service creates
DATABASE_URL|FLAG|db-default-creds: restaurant_admin:restaurant_password@localhost, template credentials on localhost
JWT_SECRET|FLAG|secret-placeholder: 'CHANGE_THIS_TO_RANDOM_32_CHARS_MINIMUM' (38 characters, passes length rules)
JWT_REFRESH_SECRET|FLAG|secret-placeholder: 'CHANGE_THIS_TOO_DIFFERENT_FROM_ABOVE'
SESSION_SECRET|FLAG|secret-placeholder: 'CHANGE_THIS_IN_PRODUCTION_TO_RANDOM_VALUE'
CLIENT_URL|FLAG|url-local: client URL http://localhost:3000 in the deploy directory's example (header says local development; production values are set in platform dashboards)
NEXT_PUBLIC_API_URL|FLAG|url-local: public API URL for the browser http://localhost:5000/api/v1
STORAGE_TYPE|PASS|pass-nonsecret: 'local' names a storage mode
JWT_EXPIRES_IN|PASS|pass-nonsecret: token lifetime 15m
SESSION_MAX_AGE|PASS|pass-nonsecret: session lifetime in ms, not a secret""")

f="wk05-epos-restaurant-eapi-appsettings.properties"
src(f,"eposrestaurant2023/epos_restaurant_backend_2023@02eb2a13a38c61e5cebe80b3cf199de140fca72d:eAPI/eAPI/appsettings.json","(ASP.NET Core appsettings.json flattened by json2props.py; original in originals/)")
lab(f,"""ConnectionStrings.DefaultConnection|FLAG|db-default-creds: SQL Server system administrator 'sa' with the literal password admin@eSoftix committed in the public appsettings.json (private LAN host 192.168.10.13)
AllowedHosts|PASS|pass-nonsecret: '*' is ASP.NET Core's host-filtering default
Logging.LogLevel.Default|PASS|pass-nonsecret: Information
Logging.LogLevel.Microsoft|PASS|pass-nonsecret: Warning""")

f="wk06-restaurant-management-system-adapters-application.properties"
src(f,"KubaTworek/Restaurant-Management-System@49b2071356e0f864b0866ebb3f8624e24a9c02bb:adapters/src/main/resources/application.yml","(Spring Boot YAML flattened by yaml2props.py; original in originals/)")
lab(f,"""spring.h2.console.enabled|FLAG|beyond-gates: the H2 web console is enabled at /console in the application's only profile
spring.datasource.url|FLAG|db-embedded: jdbc:h2:file:./test-db, an embedded H2 file database
spring.datasource.password|FLAG|secret-weak: 'pass'
spring.datasource.username|PASS|pass-nonsecret: user name sa
server.port|PASS|pass-nonsecret: 9090
multiplierTimeToCook|PASS|pass-nonsecret: kitchen timing multiplier
spring.jpa.show-sql|PASS|pass-nonsecret: false""")

f="wk07-restaurantpos-laravel-env-example.env"
src(f,"DuongVinh2004/RestaurantPOS@08d475d62319e603d51f71c0558f5b240214dead:.env.example","(excerpt of 13,936 characters: lines 1-62 verbatim through REDIS_CACHE_DB, then selected auth and payment lines verbatim in upstream order; first line says so)")
lab(f,"""APP_KEY|FLAG|secret-empty-required: empty; Laravel needs the application key for encryption and sessions
APP_DEBUG|FLAG|beyond-gates: APP_DEBUG=true
APP_URL|FLAG|url-local: application URL http://127.0.0.1:8000 (also the customer JWT issuer via ${APP_URL})
DB_HOST|FLAG|db-loopback: 127.0.0.1
DB_PASSWORD|FLAG|secret-weak: '123456' for the MySQL root user
CUSTOMER_AUTH_JWT_SECRET|FLAG|secret-empty-required: empty while CUSTOMER_AUTH_ENABLED=true; the comment says it is required before enabling customer JWT auth outside local testing
PAYMENT_PROVIDER_GENERIC_HTTP_HMAC_MODE|FLAG|sandbox-switch: 'sandbox' for the provider named as PAYMENT_PROVIDER_DEFAULT; enabling it alone would take payments in sandbox mode
CORS_ALLOWED_ORIGINS|PASS|pass-nonsecret: empty denies all cross-origin requests, documented as the production default
STAFF_AUTH_BROWSER_COOKIE_SECURE|PASS|pass-nonsecret: true
STAFF_AUTH_ALLOW_ENV_FALLBACK|PASS|pass-nonsecret: false, env-key fallback off
PAYMENT_PROVIDER_ALLOW_SIMULATED_IN_PRODUCTION_LIKE|PASS|pass-nonsecret: false
CUSTOMER_AUTH_JWT_ISSUER|PASS|pass-placeholder-ref: ${APP_URL} interpolates another variable
BCRYPT_ROUNDS|PASS|pass-nonsecret: 12""")

f="wk08-ie303-restaurant-payment-service-application.properties"
src(f,"buihuy13/IE303-Restaurant@5f520805ec9973a7c18bacb8ed7ecb3ac4671a91:backend/payment-service/src/main/resources/application.properties","(Spring .properties as committed)")
lab(f,"""management.endpoints.web.exposure.include|FLAG|beyond-gates: '*' exposes every actuator endpoint of the payment service
spring.datasource.url|PASS|pass-placeholder-ref: ${PAYMENT_SERVICE_DB_URL}
spring.datasource.password|PASS|pass-placeholder-ref: ${PAYMENT_SERVICE_DB_PASSWORD}
payos.api-key|PASS|pass-placeholder-ref: ${PAYOS_API_KEY}
payos.checksum-key|PASS|pass-placeholder-ref: ${PAYOS_CHECKSUM_KEY}
spring.rabbitmq.password|PASS|pass-placeholder-ref: ${RABBITMQ_PASSWORD}
payos.payout-enabled|PASS|pass-nonsecret: payouts default to disabled
springdoc.swagger-ui.enabled|PASS|pass-nonsecret: false""")

f="wk09-pos-restaurant-kds-env-example.env"
src(f,"xiumachile/pos-restaurant@106c57aa6eca41e1643ec701b4da64323fef3698:.env.example","(dotenv as committed)")
lab(f,"""APP_KEY|FLAG|secret-empty-required: empty; Laravel needs the application key
JWT_SECRET|FLAG|secret-empty-required: empty; the API signs its JWTs with it (JWT_TTL, JWT_BLACKLIST_ENABLED configured)
REVERB_APP_SECRET|FLAG|secret-empty-required: empty while BROADCAST_CONNECTION=reverb (the KDS WebSocket server) is active; comment says generate with php artisan reverb:install
APP_URL|FLAG|url-local: http://localhost
BROADCAST_ALLOWED_ORIGINS|FLAG|url-local: WebSocket origins http://localhost:5173 and http://localhost:1420; the comment gives https://miapp.com as the production form
DB_CONNECTION|FLAG|db-embedded: sqlite, the MySQL lines are commented out
APP_DEBUG|PASS|pass-nonsecret: false
REVERB_HOST|PASS|pass-nonsecret: 0.0.0.0 bind address
REVERB_SCHEME|PASS|pass-nonsecret: https
REVERB_APP_RATE_LIMITING_ENABLED|PASS|pass-nonsecret: true
JWT_TTL|PASS|pass-nonsecret: token lifetime in minutes""")

f="wk10-restaurant-horeca-server-env-example.env"
src(f,"operatii777-cloud/restaurant-horeca-app@230001ee66dea0e47624cc7b01019ea0adb6f682:restaurant_app_v3_translation_system/server/.env.example","(dotenv as committed)")
lab(f,"""SESSION_SECRET|FLAG|secret-placeholder: 'change-this-to-a-secure-random-secret-in-production'
JWT_SECRET|FLAG|secret-published: random-looking 64-hex value shipped in the public example ('EXAMPLES ONLY')
JWT_REFRESH_SECRET|FLAG|secret-published: random-looking 64-hex value shipped in the public example
DATABASE_PATH|FLAG|db-embedded: ./restaurant.db, an SQLite file database
PORT|PASS|pass-nonsecret: 3001
TZ|PASS|pass-nonsecret: Europe/Bucharest""")

f="wk11-hotel-pms-env-example.env"
src(f,"Zubplug/hotel_pms@0645a9210273f4c1b12b17d7effb43749bfed635:.env.example","(dotenv as committed)")
lab(f,"""DATABASE_URL|FLAG|db-default-creds: pms_user:pms_password@localhost, template credentials on localhost
NEXTAUTH_URL|FLAG|url-local: NextAuth callback base http://localhost:3000
NEXTAUTH_SECRET|FLAG|secret-placeholder: 'development-secret-do-not-use-in-production'
CRON_SECRET|FLAG|secret-placeholder: 'replace-with-a-long-random-production-secret' (44 characters, passes length rules)""")

f="wk12-qrtable-pos-env-production-example.env"
src(f,"quan-vo-dinh/saas-pos-microservices-qrtable@2b450569c3426dea459915d56973f3a010cfca50:docker/env/.env.production.example","(dotenv as committed)")
lab(f,"""POSTGRES_PASSWORD|FLAG|secret-placeholder: 'generate_on_server'
MONGO_ROOT_PASSWORD|FLAG|secret-placeholder: 'generate_url_safe_hex_on_server'
TYPEORM_PASSWORD|FLAG|secret-placeholder: 'generate_on_server'
KEYCLOAK_ADMIN_PASSWORD|FLAG|secret-placeholder: 'generate_on_server'
KEYCLOAK_CLIENT_SECRET|FLAG|secret-placeholder: 'generate_on_server'
AUTH_SECRET|FLAG|secret-placeholder: 'generate_on_server'
PAYMENT_SECRETS_ENCRYPTION_KEY|FLAG|secret-placeholder: '64_hex_chars' describes the value instead of holding it
SEPAY_OAUTH_CLIENT_SECRET|FLAG|secret-placeholder: 'provider_value'; the comment says the payment startup contract requires the OAuth values in production
GRAFANA_ADMIN_PASSWORD|FLAG|secret-placeholder: 'generate_on_server'
NODE_ENV|PASS|pass-nonsecret: production
TYPEORM_HOST|PASS|pass-compose-host: postgres service name
KAFKA_BROKERS|PASS|pass-compose-host: kafka:9092
OTEL_EXPORTER_OTLP_ENDPOINT|PASS|pass-compose-host: http://tempo:4318 on the compose network
KEYCLOAK_HOST|PASS|pass-production-host: https://auth.qrtable.vodinhquan.dev
SEPAY_OAUTH_BASE_URL|PASS|pass-prod-endpoint: https://my.sepay.vn, the provider's production host
SEPAY_OAUTH_REDIRECT_URI|PASS|pass-production-host: https redirect on the app's public domain
TYPEORM_SYNCHRONIZE|PASS|pass-nonsecret: false""")

f="wk13-hotel-management-restaurant-service-application-prod.properties"
src(f,"giangnd99/hotel_management@239d9b76a8548033e5b6d876cc445431f5581917:restaurant-management/restaurant-container/src/main/resources/application-prod.yml","(Spring Boot YAML flattened by yaml2props.py, comments dropped; original in originals/)")
lab(f,"""spring.datasource.password|FLAG|secret-weak: ${DB_PASSWORD:admin}, the default 'admin' is used when the variable is unset
security.user.password|FLAG|secret-weak: ${ADMIN_PASSWORD:admin123}, default 'admin123' for the basic-auth admin user
spring.datasource.url|PASS|pass-internal-host: defaults to host postgres, a cluster service name
spring.datasource.username|PASS|pass-nonsecret: a user name
spring.eureka.client.service-url.defaultZone|PASS|pass-internal-host: http://eureka-server:8761
payment.service.url|PASS|pass-internal-host: default http://payment-service:8092
security.user.name|PASS|pass-nonsecret: a user name
management.endpoints.web.exposure.include|PASS|pass-nonsecret: health,info,metrics,prometheus only
spring.sql.init.mode|PASS|pass-nonsecret: NEVER""")

f="wk14-bookmyhotel-infra-docker-compose.env"
src(f,"abaditsegay/bookmyhotel@94f43d7df4333b906f5748785967e6f9ea3539e7:infra/docker-compose.yml","(compose environment entries of all services flattened by compose2env.py; original in originals/)")
lab(f,"""MYSQL_ROOT_PASSWORD|FLAG|secret-weak: 'password'
MYSQL_PASSWORD|FLAG|secret-weak: 'password'
SPRING_DATASOURCE_PASSWORD|FLAG|db-default-creds: the backend connects as root with 'password'
SPRING_DATASOURCE_URL|FLAG|db-tls-off: useSSL=false&allowPublicKeyRetrieval=true
APP_JWT_SECRET|FLAG|secret-placeholder: 'your-very-long-secret-key-that-should-be-at-least-256-bits-long-for-security-in-production'
STRIPE_API_KEY|FLAG|test-credential: default 'sk_test_your_stripe_secret_key' is a test-mode key placeholder
STRIPE_WEBHOOK_SECRET|FLAG|secret-placeholder: default 'whsec_your_webhook_secret'
REACT_APP_API_URL|FLAG|url-local: browser API URL http://localhost:8080/api
GF_SECURITY_ADMIN_PASSWORD|FLAG|secret-weak: Grafana admin password 'admin123'
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: docker
MYSQL_DATABASE|PASS|pass-nonsecret: bookmyhotel
MYSQL_USER|PASS|pass-nonsecret: app""")

f="wk15-hotel-app-be-env-example.env"
src(f,"siewong007/hotel-app@0c6ea5eac1c0ec4e94d303239cacb04cdc2eb6c5:hotel-app-be/.env.example","(dotenv as committed; some values carry inline comments and are not labelled)")
lab(f,"""POSTGRES_PASSWORD|FLAG|secret-placeholder: 'CHANGE_ME_TO_STRONG_PASSWORD_MIN_16_CHARS'
REDIS_PASSWORD|FLAG|secret-placeholder: 'CHANGE_ME_TO_STRONG_REDIS_PASSWORD'
DATABASE_URL|FLAG|db-default-creds: template password CHANGE_ME_TO_STRONG_PASSWORD in the connection string
JWT_SECRET|FLAG|secret-placeholder: 'CHANGE_ME_TO_RANDOM_STRING_MIN_32_CHARACTERS_LONG_FOR_SECURITY' (passes the 32-character minimum)
GRAFANA_ADMIN_PASSWORD|FLAG|secret-placeholder: 'CHANGE_ME_STRONG_ADMIN_PASSWORD'
REACT_APP_API_URL|FLAG|url-local: http://localhost:3030 while REACT_APP_ENVIRONMENT=production
ALLOWED_ORIGINS|FLAG|url-local: CORS list includes http://localhost:3000 and http://localhost:5173 beside the production domain
ENVIRONMENT|PASS|pass-nonsecret: production
BACKEND_HOST|PASS|pass-nonsecret: 0.0.0.0 bind address
JWT_EXPIRATION|PASS|pass-nonsecret: 3600 seconds
RBAC_CACHE_TTL_SECS|PASS|pass-nonsecret: cache lifetime
POSTGRES_USER|PASS|pass-nonsecret: hotel_admin""")

f="wk16-ttpos-server-go-env-example.env"
src(f,"hitosea/ttpos-server-go@0c08998e3dfcb651c9a89f28387dc836134d0460:.env.example","(dotenv as committed, no final newline)")
lab(f,"""JWT_SECRET|FLAG|secret-empty-required: empty JWT signing secret of the POS server
DB_PASSWORD|FLAG|secret-empty-required: empty password for database user ttpos
DB_ROOT_PASSWORD|FLAG|secret-empty-required: empty MySQL root password
SERVER_MODE|PASS|pass-nonsecret: release, the production mode per the comment
DB_HOST|PASS|pass-compose-host: db service name
REDIS_HOST|PASS|pass-compose-host: redis service name
CLOUD_PLATFORM_HOST|PASS|pass-compose-host: http://nginx on the compose network
IS_CLOUD_DEPLOY|PASS|pass-nonsecret: true
GOOGLE_APPLICATION_BUCKET_ENV|PASS|pass-nonsecret: Prod""")

f="wk17-hotelier-backend-env-docker-example.env"
src(f,"hotelier-suite/hotelier-backend@14b5431f37fe13fde02f40d7b344017a65a347b6:.env.docker.example","(dotenv as committed)")
lab(f,"""DATABASE_URL|FLAG|db-default-creds: hotelier_dev:hotelier_dev_password on the compose host postgres
JWT_SECRET|FLAG|secret-placeholder: 'your-super-secret-jwt-key-change-in-production'
FRONTEND_URL|FLAG|url-local: http://localhost:3000
JWT_EXPIRES_IN|PASS|pass-nonsecret: 15m
REFRESH_TOKEN_EXPIRES_IN|PASS|pass-nonsecret: 7d
UPLOAD_MAX_SIZE|PASS|pass-nonsecret: bytes
EMAIL_PORT|PASS|pass-nonsecret: 587""")

f="wk18-hotel-pms-config-billing-service.properties"
src(f,"diegoandruccioli/hotel-pms@1b52ada5777b8212dc4780551ca0164d8bd65b50:config-service/src/main/resources/config/billing-service.yml","(Spring Cloud Config YAML flattened by yaml2props.py, comments dropped; original in originals/)")
lab(f,"""internal.hmac.secret|PASS|pass-placeholder-ref: ${INTERNAL_HMAC_SECRET}
spring.data.redis.host|PASS|pass-internal-host: default redis service name
application.config.frontdesk-service-url|PASS|pass-internal-host: http://frontdesk-service:8081
application.config.guest-service-url|PASS|pass-internal-host: http://guest-service:8083
billing.pilot-mode|PASS|pass-nonsecret: invoice-number prefix switch, default false
management.tracing.export.zipkin.endpoint|PASS|pass-internal-host: http://zipkin:9411
management.endpoint.health.show-details|PASS|pass-nonsecret: when-authorized""")

f="wk19-la-sangucheria-pos-api-env-example.env"
src(f,"pedrojioc/la-sangucheria-pos-api@4cdcfd59c282e361b875a9375b073bf65be21ef4:.env.example","(dotenv as committed, no final newline)")
lab(f,"""DB_HOST|FLAG|db-loopback: localhost
DB_PASSWORD|FLAG|secret-weak: 'pedro', the same as the user name
DB_SSL|FLAG|db-tls-off: false
JWT_SECRET|FLAG|secret-placeholder: 'your-super-secret-jwt-key-change-this-in-production'
JWT_PRIVATE_KEY|FLAG|secret-placeholder: PEM with YOUR_PRIVATE_KEY_HERE
CLOUDFLARE_IMAGES_API_TOKEN|FLAG|secret-placeholder: 'your-api-token-here' in the block marked Production
CORS_ORIGIN|FLAG|url-local: http://localhost:3001
JWT_PUBLIC_KEY|PASS|pass-nonsecret: a public key, not a secret
JWT_ISSUER|PASS|pass-nonsecret: issuer name
DB_SYNCHRONIZE|PASS|pass-nonsecret: false""")

f="wk20-chefiapp-pos-core-supabase-config.properties"
src(f,"redle82/chefiapp-pos-core@1cfe0156b86036e30bbb0cce7d2a775bed3ac246:supabase/config.toml","(Supabase TOML flattened by toml2props.py, comments dropped; original in originals/)")
lab(f,"""functions.retry-pending-fiscal.verify_jwt|FLAG|beyond-gates: the fiscal-invoice retry function is callable without a JWT
functions.stripe-payment.verify_jwt|PASS|pass-nonsecret: true
functions.stripe-webhook.enabled|PASS|pass-nonsecret: true
functions.stripe-payment.import_map|PASS|pass-nonsecret: a file path""")

f="wk21-hf-hotel-loyalty-env-production-example.env"
src(f,"thehfhotel/loyalty-app@06e750c40479ad75c5a044029bba515f47355ae7:.env.production.example","(dotenv as committed)")
lab(f,"""POSTGRES_PASSWORD|FLAG|secret-placeholder: 'CHANGE_ME_PASSWORD'
DATABASE_URL|FLAG|db-default-creds: template credentials CHANGE_ME_USER:CHANGE_ME_PASSWORD
JWT_SECRET|FLAG|secret-placeholder: 'CHANGE_ME_JWT_SECRET_64_CHAR_MIN_...' (passes length rules)
SESSION_SECRET|FLAG|secret-placeholder: 'CHANGE_ME_SESSION_SECRET_...'
GOOGLE_CLIENT_SECRET|FLAG|secret-placeholder: 'CHANGE_ME_GOOGLE_CLIENT_SECRET'
LINE_CHANNEL_SECRET|FLAG|secret-placeholder: 'CHANGE_ME_LINE_CHANNEL_SECRET'
LOYALTY_PASSWORD|FLAG|secret-placeholder: admin password 'CHANGE_ME_ADMIN_PASSWORD'
FRONTEND_URL|FLAG|url-placeholder: https://your-domain.com
GOOGLE_CALLBACK_URL|FLAG|url-placeholder: OAuth callback on your-domain.com
NODE_ENV|PASS|pass-nonsecret: production
REDIS_URL|PASS|pass-compose-host: redis://redis:6379
TRANSLATION_FEATURE_ENABLED|PASS|pass-nonsecret: false""")

f="wk22-channel-manager-env-example.env"
src(f,"sandarbhasthana/channel-manager@05e69f0b9f08f5721d95cff6ab8f5b5aba56ab72:.env.example","(dotenv as committed)")
lab(f,"""DB_HOST|FLAG|db-loopback: localhost
DB_PASSWORD|FLAG|secret-placeholder: '***', a redaction marker
DB_SSLMODE|FLAG|db-tls-off: disable
DATABASE_URL|FLAG|db-loopback: postgres on localhost with sslmode=disable and a redacted password
APP_DB_PASSWORD|FLAG|secret-weak: 'app_dev', the default of the runtime application role
WORKOS_WEBHOOK_SECRET|FLAG|secret-empty-required: empty; the comment says it is required to verify incoming webhook payloads
AUTH_JWKS_URL|FLAG|url-placeholder: contains the template text <WORKOS_CLIENT_ID>
WORKOS_REDIRECT_URI|FLAG|url-local: https://api.cm.local, a .local name no browser outside the developer machine resolves
AUTH_PROVIDER|PASS|pass-nonsecret: workos
OTEL_SERVICE_NAME|PASS|pass-nonsecret: channel-manager
DB_NAME|PASS|pass-nonsecret: channel""")

f="wk23-heya-pos-api-env-production-example.env"
src(f,"nirvana9010/heya-pos-remake@c9e389a1698aa5e04f44c692d930bb41469e1e74:apps/api/.env.production.example","(dotenv as committed)")
lab(f,"""DATABASE_URL|FLAG|db-default-creds: template postgresql://user:password@host:port/database
DIRECT_URL|FLAG|db-default-creds: same template URL with user:password
JWT_SECRET|FLAG|secret-placeholder: 'generate-a-secure-random-string-here'
JWT_REFRESH_SECRET|FLAG|secret-placeholder: 'generate-another-secure-random-string-here'
SENDGRID_API_KEY|FLAG|secret-placeholder: 'SG.your-sendgrid-api-key'
TWILIO_AUTH_TOKEN|FLAG|secret-placeholder: 'your-twilio-auth-token'
TYRO_API_KEY|FLAG|secret-placeholder: 'your-tyro-api-key' for the active PAYMENT_PROVIDER=TYRO
PAYMENT_PROVIDER|PASS|pass-nonsecret: TYRO
SENDGRID_FROM_EMAIL|PASS|pass-nonsecret: sender address""")

f="wk24-restoran-pos-v5-api-env-example.env"
src(f,"ilhanavc/restoran-pos-v5@4c8a32096d4fbd6301949bebd0459a0e13e62fd1:apps/api/.env.example","(dotenv as committed)")
lab(f,"""DATABASE_URL|FLAG|db-default-creds: postgres:postgres@localhost
JWT_ACCESS_SECRET|FLAG|secret-placeholder: 'change-me-min-32-chars-random-secret' (36 characters, passes length rules)
JWT_AGENT_SECRET|FLAG|secret-placeholder: 'change-me-min-32-chars-random-agent-secret' for the print agent
BRIDGE_TOKEN|FLAG|secret-placeholder: 'replace-with-32-char-secret'; the comment says production needs 32 random characters
WEB_ORIGIN|FLAG|url-local: http://localhost:5173
TENANT_ID|PASS|pass-nonsecret: a UUID identifier, not a secret
BCRYPT_COST|PASS|pass-nonsecret: 12
PORT|PASS|pass-nonsecret: 3001""")

f="wk25-hotelmate-backend-settings.properties"
src(f,"nlekkerman/HotelMateBackend@022e02f7a9bffb16e5023aa57db5b06cf92d16d3:HotelMateBackend/settings.py","(Django settings flattened by py2props.py: literal module-level assignments only, env() reads left out; original in originals/)")
lab(f,"""DEBUG|FLAG|beyond-gates: DEBUG = True hard-coded in the Heroku-deployed settings although the env default is False
CORS_ALLOWED_ORIGINS[2]|FLAG|url-local: http://localhost:5173 allowed with CORS_ALLOW_CREDENTIALS=True beside the production origins
CORS_ALLOWED_ORIGINS[3]|PASS|pass-production-host: https://hotelsmates.com
CORS_ALLOWED_ORIGINS[1]|PASS|pass-production-host: the Heroku app host over https
EMAIL_HOST|PASS|pass-prod-endpoint: smtp.gmail.com
EMAIL_USE_TLS|PASS|pass-nonsecret: true
REST_FRAMEWORK.DEFAULT_PERMISSION_CLASSES[0]|PASS|pass-nonsecret: IsAuthenticated
STATICFILES_STORAGE|PASS|pass-nonsecret: WhiteNoise storage class""")

f="wk26-restaurant-app-order-api-k8s-config.env"
src(f,"chayxana/Restaurant-App@4bdc962d00f4d987f537b6dd9155372a6ac1a9f2:k8s-kustomize/services/order-api/base/config.env","(kustomize configMapGenerator env file, copied verbatim)")
lab(f,"""QUARKUS_PROFILE|PASS|pass-nonsecret: prod
KAFKA_BOOTSTRAP_SERVERS|PASS|pass-internal-host: kafka-broker.kafka.svc.cluster.local:9092
QUARKUS_OPENTELEMETRY_TRACER_EXPORTER_OTLP_ENDPOINT|PASS|pass-internal-host: http://otel-collector.monitoring:4317 inside the cluster""")

f="wk27-kds-backend-env-production-example.env"
src(f,"BENGIE-CORPORATION/Kitchen-Display-System---KDS@0b6e1364c23d2c9e94abf556422569c237d5628b:Backend/.env.production.example","(dotenv as committed, no final newline)")
lab(f,"""SECRET_KEY|FLAG|secret-placeholder: 'genera-con-python-c-import-secrets-print-secrets-token-hex-32' (instructions in place of the key)
SUPABASE_URL|FLAG|url-placeholder: https://xxx-prod.supabase.co
SUPABASE_SERVICE_KEY|FLAG|secret-placeholder: 'eyJ...service-role-key-prod...'
SUPABASE_JWT_SECRET|FLAG|secret-placeholder: 'tu-jwt-secret-prod'
APP_ENV|PASS|pass-nonsecret: production
DEBUG|PASS|pass-nonsecret: False""")

f="wk28-hotel-chipre-pms-env-example.env"
src(f,"Maximo-Paulos/Hotel-Chipre-PMS@02908b109e40e8d560170d106fe7cd32e7875596:.env.example","(excerpt of 9,669 characters: selected lines verbatim in upstream order with the comments above them; first line says so)")
lab(f,"""DATABASE_URL|FLAG|db-embedded: sqlite:///./dev-local.db; the PostgreSQL production URL is only a comment
APP_BASE_URL|FLAG|url-local: http://127.0.0.1:8040
FRONTEND_URL|FLAG|url-local: http://localhost:5173
JWT_SECRET|FLAG|secret-placeholder: 'cambia-esto-antes-de-deploy' (change this before deploy)
MANAGER_PIN|FLAG|secret-weak: 123456, a sequential PIN for the manager
ACCESS_TOKEN_SECRET|FLAG|secret-empty-required: empty; the section says mandatory and strong in production
MASTER_ADMIN_PASSWORD|FLAG|secret-empty-required: empty; the master admin panel is 'obligatorio configurar en producción'
PAYPAL_MODE|FLAG|sandbox-switch: sandbox; PayPal is optional for the MVP but runs in sandbox once configured
VITE_PUBLIC_APP_URL|PASS|pass-production-host: https://app.hotels-pms.com
BOOKING_API_URL|PASS|pass-prod-endpoint: Booking.com supply XML production endpoint
EXPEDIA_API_URL|PASS|pass-prod-endpoint: Expedia Partner Central production endpoint
JWT_ALGORITHM|PASS|pass-nonsecret: HS256
CLICKHOUSE_ENABLED|PASS|pass-nonsecret: false
MASTER_ADMIN_IDLE_TTL_MINUTES|PASS|pass-nonsecret: 20""")

f="wk29-restaurant-booking-ai-disabled.properties"
src(f,"KeyT9999/RestaurantBookingWebsite@1939367c87e623853d7c7e3cfc56defe3c08f038:ai-disabled.properties","(properties as committed)")
lab(f,"""AI_ENABLED|PASS|pass-nonsecret: false
AI_CHAT_ENABLED|PASS|pass-nonsecret: false
OPENAI_MODEL|PASS|pass-nonsecret: model name
OPENAI_TIMEOUT_MS|PASS|pass-nonsecret: 800""")

f="wk30-staysync-hotel-services-deploy-env-prod-example.env"
src(f,"jackpopula2534/owner-hotel-services-api@679e0f2337aa02f924a305a7d06dc066fd23dd25:deploy/.env.prod.example","(dotenv as committed)")
lab(f,"""DB_ROOT_PASSWORD|FLAG|secret-placeholder: '__STRONG_ROOT_PW__'
DB_PASSWORD|FLAG|secret-placeholder: '__STRONG_DB_PW__'
REDIS_PASSWORD|FLAG|secret-placeholder: '__STRONG_REDIS_PW__'
JWT_SECRET|FLAG|secret-placeholder: '__128_HEX_CHARS__'
ENCRYPTION_KEY|FLAG|secret-placeholder: '__64_HEX_CHARS__'
S3_SECRET_ACCESS_KEY|FLAG|secret-placeholder: '__R2_SECRET_KEY__'
FRONTEND_URL|FLAG|url-placeholder: https://app.example.com
S3_ENDPOINT|FLAG|url-placeholder: https://__ACCOUNT_ID__.r2.cloudflarestorage.com
JWT_EXPIRES_IN|PASS|pass-nonsecret: 24h
S3_REGION|PASS|pass-nonsecret: auto
DB_USERNAME|PASS|pass-nonsecret: staysync""")


# second pass: fewer near-duplicate FLAG rows per file, more tempting PASS rows
DROP = {
 "wk04":["JWT_REFRESH_SECRET","SESSION_SECRET","NEXT_PUBLIC_API_URL"],
 "wk09":["REVERB_APP_SECRET"],
 "wk10":["JWT_REFRESH_SECRET"],
 "wk12":["MONGO_ROOT_PASSWORD","TYPEORM_PASSWORD","KEYCLOAK_ADMIN_PASSWORD","AUTH_SECRET","GRAFANA_ADMIN_PASSWORD","PAYMENT_SECRETS_ENCRYPTION_KEY"],
 "wk14":["MYSQL_PASSWORD","GF_SECURITY_ADMIN_PASSWORD","STRIPE_WEBHOOK_SECRET"],
 "wk15":["REDIS_PASSWORD","GRAFANA_ADMIN_PASSWORD","ALLOWED_ORIGINS"],
 "wk16":["DB_ROOT_PASSWORD"],
 "wk19":["CORS_ORIGIN","JWT_PRIVATE_KEY"],
 "wk21":["SESSION_SECRET","LINE_CHANNEL_SECRET","GOOGLE_CALLBACK_URL","GOOGLE_CLIENT_SECRET"],
 "wk22":["DB_HOST"],
 "wk23":["DIRECT_URL","JWT_REFRESH_SECRET","TWILIO_AUTH_TOKEN"],
 "wk24":["JWT_AGENT_SECRET"],
 "wk27":["SUPABASE_JWT_SECRET"],
 "wk28":["MASTER_ADMIN_PASSWORD"],
 "wk30":["REDIS_PASSWORD","ENCRYPTION_KEY","DB_ROOT_PASSWORD","S3_ENDPOINT"],
}
L[:] = [r for r in L if r[1] not in DROP.get(r[0][:4], [])]
def more(prefix, rows):
    f = [x for x in S if x.startswith(prefix)][0]
    lab(f, rows)
more("wk04", """POSTGRES_USER|PASS|pass-nonsecret: user name restaurant_admin
LOG_LEVEL|PASS|pass-nonsecret: info
RATE_LIMIT_MAX_REQUESTS|PASS|pass-nonsecret: 100 requests per window""")
more("wk07", """APP_TIMEZONE|PASS|pass-nonsecret: UTC
CUSTOMER_AUTH_JWT_AUDIENCE|PASS|pass-nonsecret: audience name customer-api
PAYMENT_PROVIDER_WEBHOOK_MAX_AGE_SECONDS|PASS|pass-nonsecret: 300 seconds replay window""")
more("wk08", """management.tracing.sampling.probability|PASS|pass-nonsecret: 1.0
spring.config.import|PASS|pass-nonsecret: optional:file:.env[.properties], an import path""")
more("wk09", """SESSION_LIFETIME|PASS|pass-nonsecret: 120 minutes""")
more("wk12", """REDIS_HOST|PASS|pass-compose-host: redis service name
PUBLIC_API_BASE_URL|PASS|pass-production-host: https://api.qrtable.vodinhquan.dev
AUTH_KEYCLOAK_ISSUER|PASS|pass-production-host: https issuer URL on the project's own auth domain
KEYCLOAK_ADMIN_USER|PASS|pass-nonsecret: a user name""")
more("wk13", """kafka-producer-config.acks|PASS|pass-nonsecret: all
spring.jpa.show-sql|PASS|pass-nonsecret: false
management.endpoint.health.show-details|PASS|pass-nonsecret: when-authorized""")
more("wk14", """SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: user name root (the password is the finding)""")
more("wk15", """RUST_BACKTRACE|PASS|pass-nonsecret: 0
NGINX_HTTPS_PORT|PASS|pass-nonsecret: 443""")
more("wk16", """DB_USERNAME|PASS|pass-nonsecret: ttpos""")
more("wk17", """UPLOAD_PATH|PASS|pass-nonsecret: ./uploads""")
more("wk18", """management.endpoints.web.exposure.include|PASS|pass-nonsecret: prometheus,health,info only
management.tracing.sampling.probability|PASS|pass-nonsecret: 1.0""")
more("wk19", """JWT_AUDIENCE|PASS|pass-nonsecret: audience name
TYPEORM_MIGRATIONS_RUN|PASS|pass-nonsecret: false""")
more("wk21", """LOG_LEVEL|PASS|pass-nonsecret: info
VITE_TRANSLATION_ENABLED|PASS|pass-nonsecret: false""")
more("wk22", """REDIS_DB|PASS|pass-nonsecret: 0""")
more("wk30", """S3_BUCKET|PASS|pass-nonsecret: bucket name
DB_DATABASE|PASS|pass-nonsecret: hotel_services_db""")

L.sort(key=lambda r: r[0])
with open("labels.tsv", "w", encoding="utf-8") as o:
    o.write("file\tkey\texpected\twhy\tsource\n")
    for f, k, e, w in L:
        o.write(f"{f}\t{k}\t{e}\t{w}\t{S[f][0]}\n")
with open("sources.tsv", "w", encoding="utf-8") as o:
    for f in sorted(S):
        s, n = S[f]
        o.write(f"{f}\t{s}{(' ' + n) if n else ''}\n")
with open("repos.txt", "w") as o:
    for f in sorted(S): o.write(S[f][0].split("@")[0] + "\n")
print(len(L), sum(1 for r in L if r[2]=="FLAG"), sum(1 for r in L if r[3].startswith("beyond-gates")))
