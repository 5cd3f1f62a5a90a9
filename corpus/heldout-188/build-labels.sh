#!/bin/sh
# Writes labels.tsv and sources.tsv through add.py (rows file by file, xk01..xk30). Labels written by hand from each file's text and the policy.
set -e
rm -f labels.tsv sources.tsv
S='kefaroTech/vetsoftware-backend@017eabca2025860c73c099b6be84c0ae0f17f39f:deploy/env/prod.env.example'
python3 add.py xk01-vetsoftware-prod-env-example.env "$S" "(dotenv copied verbatim; production template of a veterinary practice SaaS back end, Spanish comments)" <<'X'
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: prod profile name
DEPLOYMENT_ENVIRONMENT|PASS|pass-nonsecret: production
VETSOFTWARE_INSTANCE_ID|PASS|pass-nonsecret: instance label vetsoftware-prod-1 (ID in the name, not a secret)
DB_URL|FLAG|url-placeholder: database host db-prod.example.com is template text in the production file (TLS verify is on)
DB_PASSWORD|FLAG|secret-placeholder: 'REEMPLAZAR' (replace) stand-in for the production database password
REDIS_URL|FLAG|secret-placeholder: rediss://default:REEMPLAZAR@redis-prod.example.com, password and host are template text
AWS_REGION|PASS|pass-nonsecret: sa-east-1 region name
OTEL_EXPORTER_OTLP_METRICS_ENDPOINT|PASS|pass-prod-endpoint: https Grafana Cloud OTLP gateway
OTEL_EXPORTER_OTLP_HEADERS|FLAG|secret-placeholder: Authorization=Basic%20REEMPLAZAR, the exporter credential is stand-in text
TRACING_SAMPLING|PASS|pass-nonsecret: sampling ratio 1.0
JWT_SECRET|FLAG|secret-placeholder: 'REEMPLAZAR_BASE64_256_BITS' stand-in for the token-signing key
RESEND_API_KEY|FLAG|secret-placeholder: 're_REEMPLAZAR' provider prefix plus stand-in text
REGISTRATION_VERIFICATION_URL|FLAG|url-placeholder: https://app.example.com/verify-email, e-mail link on a template domain
PASSWORD_RESET_URL|FLAG|url-placeholder: https://app.example.com/restablecer-contrasena, e-mail link on a template domain
RECAPTCHA_ENABLED|PASS|pass-nonsecret: true, CAPTCHA on
RECAPTCHA_SECRET|FLAG|secret-placeholder: 'REEMPLAZAR'
X
S='djamils/kiveto@2a10526beedfc47b3a816ea04cf70b974bb6c6a1:.env'
python3 add.py xk02-kiveto-symfony-dotenv.env "$S" "(dotenv copied verbatim; committed Symfony .env defaults of a veterinary clinic application)" <<'X'
APP_ENV|FLAG|beyond-gates: dev environment in the committed defaults (real environment variables override it; hesitant)
APP_SECRET|FLAG|secret-empty-required: empty; Symfony signs CSRF tokens and signed URLs with it
APP_SHARE_DIR|PASS|pass-nonsecret: a directory
DEFAULT_URI|FLAG|url-local: http://localhost, base of URLs generated outside HTTP requests (e-mail links from commands)
DATABASE_URL|FLAG|db-loopback: mysql://root:k!v3t0@127.0.0.1:3306/kiveto, root with a literal password on loopback
MESSENGER_TRANSPORT_DSN|PASS|pass-nonsecret: doctrine://default transport, no credentials
MAILER_DSN|FLAG|beyond-gates: null://null discards every e-mail (hesitant)
X
S='ideaSquared/adopt-dont-shop@011fe757d76b97d53682bcbd56b041fb964eb15a:.env.example'
python3 add.py xk03-adopt-dont-shop-env-example.env "$S" "(dotenv copied verbatim; root environment example of a pet adoption platform for rescues, UK)" <<'X'
POSTGRES_USER|PASS|pass-nonsecret: user name adopt_user
POSTGRES_PASSWORD|FLAG|secret-placeholder: 'CHANGE_THIS_SECURE_PASSWORD_IMMEDIATELY'
DB_HOST|PASS|pass-compose-host: 'database' compose service name
DB_PASSWORD|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}, filled from the environment
DB_LOGGING|PASS|pass-switched-off: false, SQL logging off
DB_SSL_MODE|FLAG|db-tls-off: disable, plaintext database connection (the file says production refuses it unless overridden)
REDIS_HOST|PASS|pass-compose-host: 'redis' compose service name
REDIS_PASSWORD|FLAG|secret-placeholder: 'CHANGE_THIS_SECURE_REDIS_PASSWORD'
JWT_SECRET|FLAG|secret-placeholder: 'CHANGE_THIS_TO_A_STRONG_RANDOM_SECRET_32_CHARS_MIN' (long enough to pass length rules)
SESSION_SECRET|FLAG|secret-placeholder: 'CHANGE_THIS_TO_A_STRONG_RANDOM_SESSION_SECRET'
ENCRYPTION_KEY|FLAG|secret-placeholder: 'CHANGE_ME_RUN_npm_run_secrets:generate' instead of 64 hex characters
VITE_API_BASE_URL|FLAG|url-local: http://localhost:5000 API base compiled into the browser apps
VITE_WS_BASE_URL|FLAG|url-local: ws://localhost:5000 WebSocket base compiled into the browser apps
FRONTEND_URL|FLAG|url-local: http://localhost:3000, base of password-reset and verification e-mail links
RESCUE_FRONTEND_URL|FLAG|url-local: http://localhost:3002, base of rescue invitation e-mail links
API_URL|FLAG|url-local: http://localhost:5000 backend self-URL used in e-mail and webhook callbacks
EMAIL_PROVIDER|FLAG|beyond-gates: console, e-mails are printed instead of sent (hesitant)
EMAIL_FROM|PASS|pass-nonsecret: sender address on the project domain
SMTP_SECURE|PASS|pass-nonsecret: false with port 587 means STARTTLS, not plaintext (hesitant)
SENDGRID_API_KEY|FLAG|secret-placeholder: 'CHANGE_THIS_SENDGRID_API_KEY'
AWS_SECRET_ACCESS_KEY|FLAG|secret-placeholder: 'CHANGE_THIS_AWS_SECRET_KEY'
STORAGE_PROVIDER|PASS|pass-nonsecret: 'local' storage mode name
STATSIG_SERVER_SECRET_KEY|FLAG|secret-placeholder: 'secret-CHANGE_THIS_STATSIG_SERVER_SECRET_KEY', required in production
FORCE_SEED|PASS|pass-switched-off: false
SEED_PASSWORD|FLAG|secret-weak: 'DevPassword123!' given to every seeded user (hesitant: seeding is meant for development)
DEBUG_ERRORS|PASS|pass-switched-off: false, raw errors not returned
JWT_REPORT_SHARE_SECRET|FLAG|secret-placeholder: 'CHANGE_THIS_TO_A_STRONG_RANDOM_REPORT_SHARE_SECRET' (setting it turns report sharing on)
X
S='Rodrigo270695/vetsaas@3b28a15787ebff1053d452e7a2fe1f9fc9ad7af9:.env.production.example'
python3 add.py xk04-vetsaas-env-production-example.env "$S" "(dotenv copied verbatim; Laravel production template of a multi-tenant veterinary SaaS in Peru; values carry inline '# CAMBIAR' comments after whitespace, which phpdotenv strips)" <<'X'
APP_ENV|PASS|pass-nonsecret: production
APP_KEY|FLAG|secret-empty-required: empty (the text after the spaces is a comment: CAMBIAR, run key:generate); Laravel's encryption key
APP_DEBUG|PASS|pass-switched-off: false
APP_URL|PASS|pass-prod-endpoint: https://vetsaas.orvae.pe (inline comment after the value)
ORVAE_PROVISION_HMAC_SECRET|FLAG|secret-empty-required: empty, HMAC secret for tenant provisioning calls (CAMBIAR)
DB_HOST|FLAG|db-loopback: 127.0.0.1 in the production template (comment: change if the database is on another host; hesitant)
DB_USERNAME|PASS|pass-nonsecret: vetsaas, a user name
DB_PASSWORD|FLAG|secret-empty-required: empty production database password (CAMBIAR)
SESSION_ENCRYPT|PASS|pass-nonsecret: true
FILESYSTEM_DISK|PASS|pass-nonsecret: 'local' disk name
MAIL_PASSWORD|FLAG|secret-empty-required: empty; SMTP is required for invitations and password resets in production (hesitant)
MAIL_ENCRYPTION|PASS|pass-nonsecret: tls
TENANT_ROOT_DOMAIN|PASS|pass-nonsecret: vetsaas.orvae.pe
APIPERU_BASE_URL|PASS|pass-prod-endpoint: https://apiperu.dev/api, the provider's production API (the .dev TLD is not a sandbox)
X
S='cagataykamit/backend-veteriner@09f3bec4df6aed2c45dca09eb05afc433f248ae8:src/Backend.Veteriner.Api/appsettings.Production.json'
python3 add.py xk05-backend-veteriner-appsettings-production.properties "$S" "(ASP.NET Core appsettings.Production.json of a Turkish veterinary clinic API, flattened by json2props.py; original in originals/)" <<'X'
ConnectionStrings.SqlServer|FLAG|db-loopback: Server=localhost with an empty Password and TrustServerCertificate=True in the production settings
Jwt.Issuer|PASS|pass-nonsecret: issuer name
Jwt.Key|FLAG|secret-empty-required: empty JWT signing key in the production settings
Jwt.ExpMinutes|PASS|pass-nonsecret: 60
Smtp.Host|FLAG|url-placeholder: smtp.example.com template host in the production settings (hesitant)
Smtp.Port|PASS|pass-nonsecret: 587
Smtp.EnableSsl|PASS|pass-nonsecret: true
Outbox.MaxRetryCount|PASS|pass-nonsecret: 10
Serilog.WriteTo[1].Args.path|PASS|pass-nonsecret: log file path
Logging.LogLevel.Default|PASS|pass-nonsecret: Information
App.BaseUrl|FLAG|url-placeholder: empty public base URL in the production settings (hesitant)
X
S='ronaldocestrela/sysvet@0ba05a0759baa98f55578b1c37625645facae6d3:src/API/appsettings.json'
python3 add.py xk06-sysvet-api-appsettings.properties "$S" "(ASP.NET Core base appsettings.json of a Brazilian veterinary clinic platform, flattened by json2props.py; original in originals/)" <<'X'
Database.Provider|FLAG|db-embedded: Sqlite as the base database provider (hesitant: environments may override)
Database.ConnectionStringName|PASS|pass-nonsecret: a name
ClinicSite.BaseDomain|PASS|pass-prod-endpoint: vetnexus.app
Commerce.UseFakeMarketplaceChannel|FLAG|sandbox-switch: true, the fake marketplace channel is on in the base settings
TenancySettings.SingleTenantId|PASS|pass-nonsecret: tenant GUID, an identifier not a secret
Automations.Provider|FLAG|beyond-gates: Fake messaging provider in the base settings (hesitant)
Automations.Smtp.EnableSsl|PASS|pass-nonsecret: true
JwtSettings.Issuer|PASS|pass-nonsecret: issuer name
JwtSettings.ExpiryMinutes|PASS|pass-nonsecret: 60
Cors.AllowedOrigins[0]|FLAG|url-local: https://localhost:7252 as the allowed browser origin (hesitant)
X
S='siparat/pif-shelter@09e6bf7d8ec3462771953de0fe8c5ce18e45256d:.env.example'
python3 add.py xk07-pif-shelter-env-example.env "$S" "(dotenv copied verbatim; animal shelter project, compose variables; no final newline upstream)" <<'X'
DB_PORT|PASS|pass-nonsecret: 5432
DB_USER|PASS|pass-nonsecret: user name
DB_PASSWORD|FLAG|db-default-creds: 'pass' with user 'user', template credentials
DB_NAME|PASS|pass-nonsecret: main
X
S='NatOlk/animal-shelter-app@0e494d1612bf3b02dddf43b1e5872910d6a6469e:docker-compose.yml'
python3 add.py xk08-animal-shelter-app-docker-compose.env "$S" "(Compose file of an animal shelter app (Spring services, Kafka, Postgres); environment: flattened by compose2env.py; original in originals/)" <<'X'
REDIS_PASSWORD|PASS|pass-placeholder-ref: ${REDIS_PASSWORD}
POSTGRES_PASSWORD|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}
POSTGRES_INITDB_ARGS|FLAG|beyond-gates: --auth-local=trust, socket connections need no password (hesitant)
JAVA_TOOL_OPTIONS|FLAG|beyond-gates: JDWP debug agent listening on *:5006, and the port is published
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://postgres-animal-shelter-notification:5432/..., a compose service
SPRING_DATASOURCE_USERNAME|PASS|pass-nonsecret: postgres, a user name
SPRING_DATASOURCE_PASSWORD|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}
SPRING_REDIS_HOST|PASS|pass-compose-host: redis
ANIMAL_SHELTER_APP|PASS|pass-compose-host: http://ansh-service:8080
SPRING_KAFKA_BOOTSTRAP_SERVERS|PASS|pass-compose-host: kafka:9092
SPRING_MAIL_HOST|PASS|pass-prod-endpoint: smtp.gmail.com
X
S='frasermclean/adoptrix@0e83bb9d9640270c5455b59ae16144515103a52f:backend/src/Adoptrix.Api/appsettings.json'
python3 add.py xk09-adoptrix-api-appsettings.properties "$S" "(ASP.NET Core appsettings.json of an animal adoption API on Azure, flattened by json2props.py; original in originals/)" <<'X'
AzureAd.Instance|PASS|pass-prod-endpoint: https://adoptrixauth.b2clogin.com
AzureAd.Domain|PASS|pass-nonsecret: tenant domain
AzureAd.TenantId|PASS|pass-nonsecret: tenant GUID, an identifier not a secret
AzureAd.SignUpSignInPolicyId|PASS|pass-nonsecret: policy name
AzureStorage.QueueNames.AnimalDeleted|PASS|pass-nonsecret: queue name
FastEndpoints.DisableAuthorization|PASS|pass-switched-off: false, authorization stays on
X
S='TiagoJM95/pet-adoption-center@195897d37498d1058c42596d26f77138e87a146f:src/main/resources/application.properties'
python3 add.py xk10-pet-adoption-center-application.properties "$S" "(Spring .properties copied verbatim; pet adoption center API)" <<'X'
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/petCenter
spring.datasource.username|PASS|pass-nonsecret: root, a user name
spring.datasource.password|FLAG|secret-weak: 'secret'
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update alters the schema at start-up
spring.jpa.open-in-view|PASS|pass-switched-off: false
okta.oauth2.audience|PASS|pass-nonsecret: https://petCenter/API, an audience identifier not a fetched URL
server.port|PASS|pass-nonsecret: 8443
server.ssl.key-store|PASS|pass-nonsecret: classpath:keystore.p12, a path
server.ssl.key-store-password|FLAG|secret-published: 'Adoptioncenter2024' key-store password committed in a public file
server.ssl.key-store-type|PASS|pass-nonsecret: PKCS12
spring.rabbitmq.password|FLAG|secret-weak: 'guest', RabbitMQ's built-in default (hesitant: broker on localhost)
X
S='lcsgmoraes-droid/Sistema-Pet@0483a5cc800a4d3b3e3412263b49564ca1d525a5:.env.example'
python3 add.py xk11-corepet-sistema-pet-env-example.env "$S" "(dotenv copied verbatim; CorePet ERP for pet shops and vet clinics, Brazil)" <<'X'
DEBUG|PASS|pass-switched-off: false
DATABASE_URL|FLAG|db-default-creds: postgresql://USER:PASSWORD@HOST:PORT/DATABASE, template credentials and host
JWT_SECRET_KEY|FLAG|secret-placeholder: 'CHANGE_ME'
PAYMENT_CONFIG_ENCRYPTION_KEY|FLAG|secret-empty-required: empty, in the REQUIRED security section; encrypts payment credentials (hesitant)
ECOMMERCE_PAYMENT_GATEWAY_ENABLED|PASS|pass-switched-off: false
ECOMMERCE_BASE_URL|PASS|pass-prod-endpoint: https://corepet.com.br
ECOMMERCEAI_CALLBACK_ALLOWED_ORIGINS|PASS|pass-prod-endpoint: https://api.ecommerceai.com.br
IFOOD_API_BASE_URL|PASS|pass-prod-endpoint: https://merchant-api.ifood.com.br
ASAAS_ENVIRONMENT|FLAG|sandbox-switch: sandbox, the Asaas billing integration points at its sandbox
MERCADO_PAGO_OAUTH_REDIRECT_URI|PASS|pass-prod-endpoint: https OAuth callback on the production domain
MERCADO_PAGO_USE_SANDBOX|PASS|pass-switched-off: false, sandbox off
MERCADO_PAGO_WEBHOOK_VALIDATE_SIGNATURE|PASS|pass-nonsecret: true
ALLOWED_ORIGINS|FLAG|url-local: browser origins include http://localhost:3000 and :5173 next to the production ones (hesitant)
TRUSTED_PROXY_CIDRS|PASS|pass-nonsecret: loopback and private ranges trusted as proxies, not a service URL
X
S='Ionefor/PawShelter@76dc8b9ffb5d4e706468f073f1ff17f8d0fa3781:backend/src/PawShelter.API/appsettings.json'
python3 add.py xk12-pawshelter-api-appsettings.properties "$S" "(ASP.NET Core appsettings.json of a pet shelter API, flattened by json2props.py; original in originals/)" <<'X'
Logging.LogLevel.Default|PASS|pass-nonsecret: Information
Logging.LogLevel.Microsoft.AspNetCore|PASS|pass-nonsecret: Warning
ConnectionStrings.Database|FLAG|db-default-creds: Server=server;Port=port;...;User Id=userid;Password=password, template host and credentials
Minio.AccessKey|FLAG|secret-weak: 'minioadmin', MinIO's built-in default
Minio.SecretKey|FLAG|secret-weak: 'minioadmin', MinIO's built-in default
X
S='MatheusLevy/Clinica-Veterinaria-Spring@064a9a4fa82256878ad6175a585b7564b54c97cb:src/main/resources/application.properties'
python3 add.py xk13-clinica-veterinaria-spring-application.properties "$S" "(Spring .properties copied verbatim; veterinary clinic, Brazil)" <<'X'
spring.jpa.properties.hibernate.lob.non_contextual_creation|PASS|pass-nonsecret: true, a Hibernate switch
spring.datasource.url|FLAG|db-loopback: jdbc:postgresql://localhost:5432/bdprd (space after '=')
spring.datasource.username|PASS|pass-nonsecret: bdprd, a user name
spring.datasource.password|FLAG|db-default-creds: 'bdprd', the same word as the user and the database
X
S='f-nunez/VeterinaryClinic@05273fc57794ab6c638def0878e9b49cbb75f7ce:docker-compose.yml'
python3 add.py xk14-veterinaryclinic-docker-compose.env "$S" "(Compose file of a .NET veterinary clinic microservice system; environment: flattened by compose2env.py, first value kept; original in originals/)" <<'X'
RABBITMQ_DEFAULT_USER|PASS|pass-nonsecret: guest, a user name
RABBITMQ_DEFAULT_PASS|FLAG|secret-weak: 'guest', RabbitMQ's default password
ASPNETCORE_ENVIRONMENT|FLAG|beyond-gates: DockerDevelopment, a development environment (hesitant)
ASPNETCORE_URLS|PASS|pass-nonsecret: https://+:7138 bind address
ASPNETCORE_HTTPS_PORT|PASS|pass-nonsecret: 7138
ASPNETCORE_Kestrel__Certificates__Default__Password|FLAG|secret-published: 'VeterinaryClinic123!' certificate password committed in a public file
ASPNETCORE_Kestrel__Certificates__Default__Path|PASS|pass-nonsecret: certificate path
ACCEPT_EULA|PASS|pass-nonsecret: Y
MSSQL_PID|FLAG|beyond-gates: Developer edition of SQL Server, not licensed for production (hesitant)
MSSQL_SA_PASSWORD|FLAG|secret-published: 'VeterinaryClinic123!' sa password committed in a public file (same as the certificate password)
X
S='srdjank87/groomroute@41dd8b267df03006eafbcaed304916712ceb7592:.env.example'
python3 add.py xk15-groomroute-env-example.env "$S" "(dotenv copied verbatim; route planning for mobile pet groomers, Next.js)" <<'X'
DATABASE_URL|FLAG|db-loopback: postgresql://user:password@localhost:5432/groomroute (template credentials too)
MAPS_PROVIDER|PASS|pass-nonsecret: google
NEXTAUTH_URL|FLAG|url-local: http://localhost:3000, the auth callback base
NEXTAUTH_SECRET|FLAG|secret-empty-required: empty; NextAuth needs it in production
NEXT_PUBLIC_APP_URL|FLAG|url-local: http://localhost:3000 public app URL
X
S='balagpetcare/furtail_api@09faa3b5915b49000a87677eafe4f871c8c7022a:.env.example'
python3 add.py xk16-furtail-api-env-example.env "$S" "(dotenv copied verbatim; Furtail pet-care and vet platform API, Bangladesh; SMS_HTTP_TIMEOUT_MS is defined twice upstream and not labelled)" <<'X'
HOST|PASS|pass-nonsecret: 0.0.0.0 bind address
JWT_SECRET|FLAG|secret-empty-required: empty, 'required for token signing'
JWT_EXPIRES_IN|PASS|pass-nonsecret: 7d
COOKIE_DOMAIN|FLAG|url-local: localhost as the session cookie domain (hesitant)
ADMIN_2FA_REQUIRED|FLAG|beyond-gates: false, admin two-factor not enforced (hesitant)
REDIS_ENABLED|PASS|pass-switched-off: false
SMS_API_URL|FLAG|tls-off: http://bulksmsbd.net/api/smsapi, SMS API called over plain http with the key in a GET request
BULKSMSBD_BASE_URL|FLAG|tls-off: http://bulksmsbd.net/api, plain http provider endpoint
SSL_WIRELESS_BASE_URL|PASS|pass-prod-endpoint: https://smsplus.sslwireless.com
SMTP_SECURE|PASS|pass-nonsecret: false with port 587 means STARTTLS (hesitant)
PAYMENT_PROVIDER|PASS|pass-nonsecret: eps, a provider name
WPA_GATEWAY_ENVIRONMENT|FLAG|sandbox-switch: sandbox
SSLCOMMERZ_SANDBOX|FLAG|sandbox-switch: true
EPS_BASE_URL|FLAG|sandbox-host: https://sandboxpgapi.eps.com.bd, the EPS sandbox gateway (and EPS is the selected provider)
EPS_SANDBOX|FLAG|sandbox-switch: true
BKASH_SANDBOX|FLAG|sandbox-switch: true
NAGAD_SANDBOX|FLAG|sandbox-switch: true
AMARPAY_SANDBOX|FLAG|sandbox-switch: true
WEBHOOK_SIGNATURE_REQUIRED|FLAG|beyond-gates: false, payout webhooks accepted without a signature
AI_AUTO_DRAFT_STOCK_REQUEST|PASS|pass-switched-off: false
X
S='espresso23/Petties-Veterinary-Appointment-Booking-Platform@03cd96086a2adeb22b204f50008b53d14a5a9323:docker-compose.prod.yml'
python3 add.py xk17-petties-docker-compose-prod.env "$S" "(production Compose file of a veterinary appointment booking platform, Vietnam; environment: flattened by compose2env.py, backend values kept for repeated keys; original in originals/)" <<'X'
SPRING_PROFILES_ACTIVE|PASS|pass-nonsecret: prod
DB_PASSWORD|FLAG|secret-weak: ${DB_PASSWORD:-petties-prod}, the default used when the variable is unset is a guessable published word
AI_SERVICE_URL|PASS|pass-compose-host: http://ai-service:8000
JWT_SECRET|FLAG|secret-empty-required: ${JWT_SECRET:-}, the default is empty (hesitant)
MAIL_HOST|PASS|pass-prod-endpoint: default smtp.gmail.com
MAIL_PASSWORD|PASS|pass-placeholder-ref: ${MAIL_PASSWORD}
SENTRY_ENABLED|PASS|pass-switched-off: default false
APP_DEBUG|PASS|pass-switched-off: false
SECRET_KEY|PASS|pass-placeholder-ref: ${JWT_SECRET}
OPENROUTER_MODEL|PASS|pass-nonsecret: model name with a ':free' tier suffix
CORS_ORIGINS|PASS|pass-prod-endpoint: default https://petties.world,https://www.petties.world
X
S='sheltermanager/asm3@0aea9fdf04f8e1dcfada9f89f4b7bbd3e60dd840:scripts/ansible/templates/asm3.conf'
python3 add.py xk18-asm3-ansible-conf.properties "$S" "(Animal Shelter Manager 3 configuration template deployed by Ansible; key = value lines are .properties syntax; copied after a header line; original in originals/)" <<'X'
base_url|PASS|pass-placeholder-ref: {{ asm_base_url }}, filled by Ansible at deploy time
log_debug|PASS|pass-switched-off: false
db_host|PASS|pass-placeholder-ref: {{ asm_db.host }}
db_password|PASS|pass-placeholder-ref: {{ asm_db.pass }}
session_secure_cookie|PASS|pass-nonsecret: true
session_debug|PASS|pass-switched-off: false
email_errors|FLAG|beyond-gates: false, so (per the file) debug information is shown to users on errors
map_link|PASS|pass-prod-endpoint: https://www.openstreetmap.org/search
map_provider_key|PASS|pass-placeholder-ref: {{ asm_sitedefs.map_provider_key }}
smtp_server|PASS|pass-nonsecret: { "sendmail": true }, local sendmail, no credentials
X
S='rockychowdhury/PetCarePlus-Django-React@0054d3496d2b2ebe326fedfc5d8588a3baf1c2f4:backend/PetCarePlus/settings.py'
python3 add.py xk19-petcareplus-django-settings.properties "$S" "(Django settings of a pet rehoming and pet services platform, Bangladesh; flattened by py2propsk.py: get_env('X', default=d) as \${X:d}; original in originals/)" <<'X'
SECRET_KEY|FLAG|secret-placeholder: default 'django-insecure-prod-fallback-replace-me-soon' used when SECRET_KEY is unset
DEBUG|PASS|pass-switched-off: default false
ALLOWED_HOSTS|FLAG|beyond-gates: default '*'
CSRF_TRUSTED_ORIGINS|PASS|pass-prod-endpoint: default https hosts on koyeb.app, vercel.app, netlify.app
CSRF_COOKIE_HTTPONLY|PASS|pass-nonsecret: true
CORS_ALLOW_ALL_ORIGINS|FLAG|beyond-gates: true, together with credentials allowed
FRONTEND_URL|PASS|pass-prod-endpoint: default https://petcarepp.netlify.app for e-mail links
SIMPLE_JWT.ALGORITHM|PASS|pass-nonsecret: HS256
EMAIL_HOST|PASS|pass-prod-endpoint: default smtp.gmail.com
EMAIL_USE_TLS|PASS|pass-nonsecret: default true
WHATSAPP_VERIFY_TOKEN|FLAG|test-credential: default 'test_verify_token_123' for the Meta webhook verification
X
S='petwashglobal/petwash-marketplace@0df8c404ec409710f7e295096aea1798b7f533f7:.env.example'
python3 add.py xk20-petwash-marketplace-env-example.env "$S" "(dotenv copied verbatim; Pet Wash marketplace, Israel)" <<'X'
VITE_FIREBASE_AUTH_DOMAIN|PASS|pass-prod-endpoint: signinpetwash.firebaseapp.com
VITE_FIREBASE_PROJECT_ID|PASS|pass-nonsecret: project id
VITE_WEBAUTHN_RP_ID|PASS|pass-nonsecret: petwash.co.il relying-party id
GOOGLE_APPLICATION_CREDENTIALS|PASS|pass-nonsecret: path to a credentials file, not the credential
GOOGLE_BUSINESS_CLIENT_SECRET|FLAG|secret-placeholder: 'your-google-business-client-secret'
GMAIL_CLIENT_SECRET|FLAG|secret-placeholder: 'your-gmail-client-secret'
GMAIL_TOKEN_ENCRYPTION_KEY|FLAG|secret-placeholder: 'your-32-char-encryption-key'
GEMINI_API_KEY|FLAG|secret-placeholder: 'your-gemini-api-key-here'
SENDGRID_API_KEY|FLAG|secret-placeholder: 'your-sendgrid-api-key'
ALERTS_SLACK_WEBHOOK|FLAG|secret-placeholder: 'your-slack-webhook-url' (a webhook URL is a credential)
KYC_SALT|FLAG|secret-placeholder: 'your-random-salt-for-kyc-hashing'
NAYAX_SECRET|FLAG|secret-placeholder: 'your-nayax-secret'
NAYAX_BASE_URL|PASS|pass-prod-endpoint: https://api.nayax.com
BASE_URL|PASS|pass-prod-endpoint: https://petwash.co.il
PAYMENTS_PROVIDER|PASS|pass-nonsecret: nayax
METRICS_AUTH_TOKEN|FLAG|secret-placeholder: 'your-metrics-auth-token'
REPORTS_EMAIL_TO|PASS|pass-nonsecret: reports mailbox on the company domain
X
S='Mawsome-Agency/groomgrid-app@19e6c0783c7b0be82762e20762c32379329bbea2:.env.example'
python3 add.py xk21-groomgrid-app-env-example.env "$S" "(dotenv copied verbatim; GroomGrid scheduling app for pet groomers)" <<'X'
NEXT_PUBLIC_SUPABASE_URL|FLAG|url-placeholder: https://your-project.supabase.co
SUPABASE_SERVICE_ROLE_KEY|FLAG|secret-placeholder: 'your-service-role-key'
STRIPE_SECRET_KEY|FLAG|secret-placeholder: 'sk_live_...', a live-key prefix with the key cut off
STRIPE_WEBHOOK_SECRET|FLAG|secret-placeholder: 'whsec_...'
NEXT_PUBLIC_APP_URL|PASS|pass-prod-endpoint: https://app.getgroomgrid.com
X
S='regione-campania/Gisa_Sicurezza_alimentare_e_veterinaria-nodo.fvg@ef0918a082cf979a96ee118b8a7d30d96e349598:anagrafe_animali_da_compagnia/templates/application.properties'
python3 add.py xk22-gisa-anagrafe-animali-template-application.properties "$S" "(.properties copied verbatim; configuration template of the Campania region's companion-animal registry (BDU) in the GISA veterinary public-health suite; keys 17 and 42 are defined twice upstream and not labelled; no final newline upstream)" <<'X'
AMBIENTE|FLAG|sandbox-switch: collaudo, the acceptance-test environment is selected (hesitant)
HD_LEVEL_1_SEND_MAIL|PASS|pass-nonsecret: true
APP_NAME_BDU|PASS|pass-nonsecret: bdu
DOCUMENTALE_DISPONIBILE|PASS|pass-nonsecret: true
DIGEMON_URL_PUBLIC|FLAG|sandbox-host: col2.gisacampania.it, the collaudo (test) host as the public URL (hesitant)
url_canina|FLAG|tls-off: http://old.anagrafecaninacampania.it public registry link over plain http (hesitant)
livelloLOG|PASS|pass-nonsecret: INFO
abilitaStoricoOperazioniUtente|PASS|pass-nonsecret: si
ambiente_sirv|FLAG|sandbox-host: col.gisacampania.it, the collaudo (test) host (hesitant)
limite_numero_cani_vivi|PASS|pass-nonsecret: 350
X
S='kobrynsky/iPetCare.API@5ba8c682967628835cead1d01e54de836721d762:iPetCare/API/appsettings.json'
python3 add.py xk23-ipetcare-api-appsettings.properties "$S" "(ASP.NET Core appsettings.json of a pet care API, Poland; flattened by json2props.py; original in originals/)" <<'X'
Logging.LogLevel.Default|PASS|pass-nonsecret: Information
Logging.LogLevel.Microsoft|PASS|pass-nonsecret: Warning
Jwt.Key|FLAG|secret-weak: 'iPetCareKey123123', app name plus digits, published
ConnectionStrings.DefaultConnection|FLAG|db-loopback: Server=. (the local SQL Server instance) with Windows authentication
X
S='openann19/pets2@ecd94d2cf3b1fafbe80f0299d223b7a8a056f64f:kubernetes/deployment.yaml'
python3 add.py xk24-pets2-kubernetes-deployment.env "$S" "(Kubernetes Deployment of a pet matching app in namespace production; env: written as KEY=value by k8s2env.py, secretKeyRef as \${secret.key}; original in originals/)" <<'X'
NODE_ENV|PASS|pass-nonsecret: production
PORT|PASS|pass-nonsecret: 3000
MONGODB_URI|PASS|pass-placeholder-ref: from Secret pawfectmatch-secrets
REDIS_URL|PASS|pass-placeholder-ref: from Secret pawfectmatch-secrets
JWT_SECRET|PASS|pass-placeholder-ref: from Secret pawfectmatch-secrets
AWS_SECRET_ACCESS_KEY|PASS|pass-placeholder-ref: from Secret pawfectmatch-secrets
S3_BUCKET|PASS|pass-nonsecret: bucket name
STRIPE_SECRET_KEY|PASS|pass-placeholder-ref: from Secret pawfectmatch-secrets
X
S='Nicolascuervor/VeterinaryCUE-API-Backend@1ffa4bfff763f3a3ae167414eea9e2d1ec2ddc8f:docker-compose.yml'
python3 add.py xk25-veterinarycue-docker-compose.env "$S" "(Compose file of a veterinary clinic API, Colombia (MySQL, Kafka); environment: flattened by compose2env.py; original in originals/)" <<'X'
MYSQL_ROOT_PASSWORD|PASS|pass-placeholder-ref: ${DB_ROOT_PASSWORD}
MYSQL_PASSWORD|PASS|pass-placeholder-ref: ${DB_PASSWORD}
ZOOKEEPER_CLIENT_PORT|PASS|pass-nonsecret: 2181
KAFKA_ZOOKEEPER_CONNECT|PASS|pass-compose-host: zookeeper:2181
KAFKA_LISTENER_SECURITY_PROTOCOL_MAP|FLAG|tls-off: PLAINTEXT listener, broker traffic unencrypted and unauthenticated (hesitant)
KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR|PASS|pass-nonsecret: 1
X
S='Oswaldo-Alberto-Cabrejos-Ronceros/Veterinaria-Como-Reyes-Backend@0aba152e74e23c9e4409da58deaec5b3b36b7804:src/main/resources/application.properties'
python3 add.py xk26-veterinaria-como-reyes-application.properties "$S" "(Spring .properties copied verbatim; veterinary clinic back end on Oracle, Peru; no final newline upstream)" <<'X'
spring.datasource.url|FLAG|db-loopback: jdbc:oracle:thin:@localhost:1521/XE
spring.datasource.username|PASS|pass-placeholder-ref: ${DB_USER}
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
spring.datasource.driver-class-name|PASS|pass-nonsecret: driver class
spring.jpa.show-sql|FLAG|beyond-gates: true, every SQL statement logged (hesitant)
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update alters the schema at start-up
aws.accessKeyId|PASS|pass-placeholder-ref: ${AWS_ACCESS_KEY_ID}
aws.secretAccessKey|PASS|pass-placeholder-ref: ${AWS_SECRET_ACCESS_KEY}
X
S='carlos-analiza-dev/backend_veterinaria@885907c60712e6441f6cc7f9a62698689dc907c5:.env.template'
python3 add.py xk27-backend-veterinaria-env-template.env "$S" "(dotenv template copied verbatim; veterinary back end, Honduras; every value empty; no final newline upstream)" <<'X'
DB_PASSWORD|FLAG|secret-empty-required: empty database password (hesitant: a bare template)
JWT_SECRET|FLAG|secret-empty-required: empty token-signing secret
APP_URL|FLAG|url-placeholder: empty application URL (hesitant)
X
S='albdangarcia/animal-shelter@021c9aa398eeedcc62bb59af4470db0df184af3a:.env.example'
python3 add.py xk28-animal-shelter-env-example.env "$S" "(dotenv copied verbatim; animal shelter management app, Next.js with Better Auth)" <<'X'
DOTENV_CONFIG_QUIET|PASS|pass-nonsecret: true
BETTER_AUTH_SECRET|FLAG|secret-empty-required: empty session-signing secret
BETTER_AUTH_URL|FLAG|url-local: http://localhost:3000 auth base URL
BETTER_AUTH_ALLOWED_HOSTS|FLAG|url-local: only localhost:* allowed as the serving host (hesitant)
BLOB_READ_WRITE_TOKEN|FLAG|secret-empty-required: empty, 'required for image uploads' (hesitant)
DATABASE_URL|FLAG|db-loopback: postgresql://postgres:mysecretpassword@127.0.0.1:5432/postgres (weak password too)
DATABASE_URL_UNPOOLED|FLAG|db-loopback: the same loopback URL for migrations
SEED_IMAGE_BASE_URL|PASS|pass-nonsecret: /uploads path
SHELTER_TIMEZONE|PASS|pass-nonsecret: America/New_York
NEXT_PUBLIC_IS_DEMO|PASS|pass-switched-off: false
AI_PROVIDER_TIER|PASS|pass-nonsecret: free, a plan tier name (hesitant)
X
S='LABVETNEB/PORTAL-VETNEB@016ffeec436eb4ef089dfddc9ad5cb3a18c8af1c:.env.example'
python3 add.py xk29-portal-vetneb-env-example.env "$S" "(dotenv copied verbatim; results portal of a veterinary diagnostic laboratory, Argentina; the lab's own mailbox appears as sender)" <<'X'
NODE_ENV|PASS|pass-nonsecret: production
SUPABASE_URL|FLAG|url-placeholder: https://<supabase-project-ref>.supabase.co
SUPABASE_SERVICE_ROLE_KEY|FLAG|secret-placeholder: '<supabase-service-role-key>'
SUPABASE_DB_URL|FLAG|url-placeholder: '<supabase-db-url>' stand-in for the database URL
SUPABASE_STORAGE_BUCKET|PASS|pass-nonsecret: reports
SESSION_TTL_HOURS|PASS|pass-nonsecret: 24
CORS_ORIGIN|PASS|pass-prod-endpoint: https://vetneb.com.ar
GMAIL_API_CLIENT_SECRET|FLAG|secret-placeholder: '<google-oauth-client-secret>'
GMAIL_API_REFRESH_TOKEN|FLAG|secret-placeholder: '<google-oauth-refresh-token>'
SMTP_HOST|PASS|pass-prod-endpoint: smtp.gmail.com
SMTP_SECURE|PASS|pass-nonsecret: false with port 587 means STARTTLS (hesitant)
SMTP_PASS|FLAG|secret-placeholder: '<GMAIL_APP_PASSWORD_WITHOUT_SPACES>'
X
S='han0gu/pet-insurance-recommender@04e8ec096880dd272d063ff8a444cccba57b3003:.env.example'
python3 add.py xk30-pet-insurance-recommender-env-example.env "$S" "(dotenv copied verbatim; pet insurance recommender (LLM, Korea))" <<'X'
UPSTAGE_API_KEY|FLAG|secret-empty-required: empty key of the app's LLM provider (hesitant)
UPSTAGE_MODEL|PASS|pass-nonsecret: model name
UPSTAGE_BASE_URL|PASS|pass-prod-endpoint: https://api.upstage.ai/v1/solar
LANGCHAIN_TRACING_V2|PASS|pass-nonsecret: true
LANGSMITH_PROJECT|PASS|pass-nonsecret: project name
QDRANT_VECTOR_SIZE|PASS|pass-nonsecret: 4096
X
