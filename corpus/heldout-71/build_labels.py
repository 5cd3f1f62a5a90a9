# Writes labels.tsv and sources.tsv for this set from the hand-written table below.
S = {
'z01-aeropass-app-env-staging.env': 'mate2000/AeroPass-App@04a92c6786f1d6d1a3366992c1c320bddef1930c:env/staging.env',
'z02-rean-backend-env-staging.env': 'University-Management-System-UMS/Rean-Backend@7ed1e27ee6a873fd61711cafc58556e8ef13f6c9:env/staging.env',
'z03-finefinds-services-config-staging.env': 'Quantum-Tunnel-Design/finefinds-services@38c6e7f8dabaf1bf295b874b6cd9844f230a6ff0:config/staging.env',
'z04-portal-api-config-staging.env': 'Work-Ninjas/portal-api@824bb305ea96432df625f6c612ec7587052e42df:config/staging.env',
'z05-svg-ai-config-staging.env': 'Sehnya/svg.ai@c8b816f691a37dbb9576941f67c9dceefef9e3a6:config/staging.env',
'z06-ops-center-oss-config-staging.env': 'Unicorn-Commander/Ops-Center-OSS@7e4784d7eeefebffb84bf0cf6b39ac58a97bc8be:config/staging.env',
'z07-unlock-docker-staging.env': 'unlock-protocol/unlock@63438b1a9d256d855629f44fc61ea1183f0bd9ca:docker/staging.env',
'z08-pondmobilepaymentpage-deploy-env-staging.env': 'pondiot/PondMobilePaymentPage@09d6fd087303d676e0cc7a2085e5b291699b6d19:deploy/.env.staging',
'z09-newmecav2-deploy-env-staging.env': 'mecajames/NewMECAV2@c7d8a832f455c710d8c96c3f3a243e0418fa9c9d:deploy/.env.staging',
'z10-texas-project-docker-env-staging.env': 'pizza2024/texas-project@83f57361716db24bc305f26438c472acda1cc177:docker/.env.staging',
'z11-skartner-server-envs-production.env': 'rgsk/skartner-server@c06f0f6487e1c79e04a184100c81173b0ba0b022:envs/production.env',
'z12-flowngen-docker-env-staging.env': 'twosunaz/flowngen@467f5eb4ddfcbf4d9c8af8402d7b73bd760d3e46:docker/.env.staging',
'z13-keytom-simplebank-envs-production.env': 'nogubbe/keytom_simplebank_api_3@1fb14e7c6ae9a94a2765fe4aacf4955a2079194e:envs/production.env',
'z14-wolfpackai-docker-env-staging.env': 'wolfpackaiagents/wolfpackai@ce577704ec3343334517aa8ae1ecb00f8b74ab44:docker/.env.staging',
'z15-monorepo-starter-deploy-env-staging.env': 'Muzikanto/monorepo-starter@9c367404414a5bcfd120660a641713e2b1a70f87:deploy/.env.staging',
'z16-silentoakranch-backend-env-staging.env': 'MSAlpaka/SilentOakRanch@223f95c82feec5989104f47977cd4b01d092adc5:backend/.env.staging',
'z17-digihome-backend-env-staging.env': 'Nguyenkhanh98/digihome@afaa2dc3b93164e881951424ccf2802b23d176ba:backend/.env.staging',
'z18-smartbiz-ai-backend-env-staging.env': 'MohamedDoma/smartbiz_ai@77a096d80e3667dee54b965650d2a7f13795ba5e:backend/.env.staging',
'z19-certiforigine-backend-env-staging.env': 'Mustapha-Ahmedmo/CertifOrigine@db80ef6971d1be90389d7b1dd702a5038ac137d7:backend/.env.staging',
'z20-pass-culture-main-api-env-staging.env': 'marie-ototoi/pass-culture-main@c0fa5890c2805511458344bc2e98f858d61905ee:api/.env.staging',
'z21-compasslex-api-env-staging.env': 'manwithoutsleep/compasslex.com@729ca96af2e398c68d0e0063a1cbe402d064db33:api/.env.staging',
'z22-threefold-mastodon-docker-env-production.env': 'Mahmoud-Emad/Threefold-mastodon@949b85485bd406acf1917689d25b1267748a440e:docker/.env.production',
'z23-unraid-api-env-staging.env': 'unraid/api@125769beeecffb07408948ba22aebed848ef5996:api/.env.staging',
'z24-prep-app-deploy-prod.env': 'Zamua/prep-app@70b964594c4200aca06ae25f6b1f0fe9c4c05262:deploy/prod.env',
'z25-shopsphere-environments-production.env': 'Younes-235/EYOUTH-31007200201119-ShopSphere-fullstack-ecommerce-cloud-younes-aly@1a696d96b5ae8b4fe5d53a328238777e8aa44190:environments/production.env',
'z26-web-chat-environments-production.env': 'Sakeerin/web-chat@a0ecf5395fb3aa0e5540c6a0256b059df5058870:environments/production.env',
'z27-gesneu-api-environments-production.env': 'Mikisbell/gesneu_api@433797c39e359057735fd296fe39b5b0275bfb67:environments/production.env',
'z28-scalffold-nestjs-api-environments-production.env': 'UdeveloperDale/Scalffold-NestJS-API@296bb6c71d7ddf5485de3663fe1da90b69f15598:environments/production.env',
'z29-config-manager-environments-production.env': 'Winchy/config-manager@30ad387fd383d02328e161e09ae3f1357deea361:environments/production.env',
}
L = {}
L['z01'] = '''
CLERK_PUBLISHABLE_KEY|FLAG|test-credential: pk_test_..., a Clerk test-mode (development instance, *.clerk.accounts.dev) key in the staging flavor that talks to the deployed service
BIOMETRIC_PROVIDER_MOCK|FLAG|sandbox-switch: true, the biometric provider is mocked
API_BASE_URL|PASS|pass-prod-endpoint: https://aeropass-lac.vercel.app, the deployed service over HTTPS
SENTRY_DSN|PASS|pass-nonsecret: a Sentry DSN, a client key meant to ship inside apps, on Sentry's production ingest host
SENTRY_SEND_TEST_EVENT|PASS|pass-switched-off: false
AUTH_MODE|PASS|pass-nonsecret: clerk, a provider name
'''
L['z02'] = '''
UMS_POC_DB_PASSWORD|FLAG|secret-empty-required: the database password is empty
UMS_POC_JWT_ACCESS_TOKEN_SECRET|FLAG|secret-empty-required: the JWT signing secret is empty
UMS_POC_JWT_REFRESH_TOKEN_SECRET|FLAG|secret-empty-required: the refresh-token signing secret is empty
UMS_POC_JWT_ACCESS_TOKEN_EXPIRATION|PASS|pass-nonsecret: 36000000 (ms, with a trailing comment), a lifetime under a TOKEN name
UMS_POC_JWT_REFRESH_TOKEN_EXPIRATION|PASS|pass-nonsecret: 604800000 ms, a lifetime
UMS_POC_PORT|PASS|pass-nonsecret: 4345, a port
'''
L['z03'] = '''
AWS_ACCESS_KEY_ID|PASS|pass-placeholder-ref: ${AWS_ACCESS_KEY_ID}, supplied by the environment
AWS_SECRET_ACCESS_KEY|PASS|pass-placeholder-ref: ${AWS_SECRET_ACCESS_KEY}
DATABASE_URL|PASS|pass-placeholder-ref: ${DATABASE_URL}
MONGODB_URI|PASS|pass-placeholder-ref: ${MONGODB_URI}
JWT_SECRET|PASS|pass-placeholder-ref: ${JWT_SECRET}
SENTRY_DSN|PASS|pass-placeholder-ref: ${SENTRY_DSN}
API_URL|PASS|pass-prod-endpoint: https://api-staging.finefinds.com, the project's own staging API host
S3_BUCKET|PASS|pass-nonsecret: a bucket name
'''
L['z04'] = '''
STORAGE_SECRET_KEY|FLAG|secret-published: staging_secure_secret_key_datahub_portal, a literal secret committed in a public file
RPC_BASE_URL|PASS|pass-prod-endpoint: https://rpc-staging.datahubportal.com, the project's own host
STORAGE_BASE_URL|PASS|pass-prod-endpoint: https://storage.staging.datahubportal.com
ALLOWED_ORIGINS|PASS|pass-prod-endpoint: the project's own HTTPS origins
RPC_TIMEOUT_MS|PASS|pass-nonsecret: 8000, a timeout
CORS_CREDENTIALS|PASS|pass-switched-off: false
BUCKET_NAME|PASS|pass-nonsecret: a bucket name
'''
L['z05'] = '''
DATABASE_URL|FLAG|db-default-creds: postgresql://username:password@staging-db..., template credentials ("fill in actual values")
OPENAI_API_KEY|FLAG|secret-placeholder: sk-your-staging-openai-api-key-here
JWT_SECRET|FLAG|secret-placeholder: staging-jwt-secret-key, stand-in text
SENTRY_DSN|FLAG|url-placeholder: https://your-staging-sentry-dsn-here
CORS_ORIGINS|FLAG|url-placeholder: https://staging.yourdomain.com, the browser origin is a stand-in domain
CDN_URL|FLAG|url-placeholder: https://staging-cdn.yourdomain.com, a public URL on a stand-in domain
HOSTNAME|PASS|pass-bind-address: 0.0.0.0, a bind address
REDIS_URL|PASS|pass-compose-host: redis://staging-redis:6379/0, a compose service host (Redis without password, as the policy caveat)
DATABASE_TIMEOUT|PASS|pass-nonsecret: 30000, a timeout
OPENAI_MODEL|PASS|pass-nonsecret: gpt-4, a model name
'''
L['z06'] = '''
STRIPE_SECRET_KEY|FLAG|test-credential: sk_test_staging, a Stripe test-mode secret key (comment: "use test keys in staging")
STRIPE_PUBLISHABLE_KEY|FLAG|test-credential: pk_test_staging, a Stripe test-mode publishable key
SESSION_COOKIE_SECURE|FLAG|tls-off: false, commented "Allow HTTP in staging"
CORS_ORIGINS|FLAG|url-local: http://localhost:5173 among the browser origins allowed to call the API
APP_URL|PASS|pass-prod-endpoint: https://staging.magicunicorn.dev, the project's own HTTPS host
KEYCLOAK_EXTERNAL_URL|PASS|pass-prod-endpoint: https://auth-staging.magicunicorn.dev, the project's own auth host
LAGO_PUBLIC_URL|PASS|pass-prod-endpoint: https://billing-api-staging.magicunicorn.dev
DEBUG|PASS|pass-switched-off: false
ENABLE_API_KEYS|PASS|pass-nonsecret: true, a feature flag under a KEYS name
POSTGRES_DB|PASS|pass-nonsecret: a database name
'''
L['z07'] = '''
LOCKSMITH_GRAPHQL_BASE_URL|FLAG|sandbox-endpoint: the unlock-rinkeby subgraph, an Ethereum test network
UNLOCK_APP_SUBGRAPH_URI|FLAG|sandbox-endpoint: the unlock-rinkeby subgraph (test network)
LOCKSMITH_DB_HOSTNAME|PASS|pass-production-host: an Amazon RDS host
LOCKSMITH_DB_USERNAME|PASS|pass-nonsecret: a user name
WEDLOCKS_SMTP_HOST|PASS|pass-prod-endpoint: smtp.sendgrid.net, SendGrid's production relay
WEDLOCKS_SMTP_USERNAME|PASS|pass-nonsecret: apikey, SendGrid's fixed SMTP user name, not a key
PAYWALL_ERC20_CONTRACT_ADDRESS|PASS|pass-nonsecret: a public contract address (hex, not a secret)
NEWSLETTER_SITE_ID|PASS|pass-nonsecret: a UUID site identifier
UNLOCK_PROTOCOL_COM_UNLOCK_GA_ID|PASS|pass-nonsecret: a Google Analytics property id
TICKETS_WEDLOCKS_URI|PASS|pass-prod-endpoint: https://wedlocks.unlock-protocol.com/..., the project's own host
'''
L['z08'] = '''
AUTHORIZE_API_LOGIN_ID|FLAG|secret-placeholder: your-api-login-id, the Authorize.net login is stand-in text
AUTHORIZE_TRANSACTION_KEY|FLAG|secret-placeholder: your-transaction-key, the Authorize.net transaction key is stand-in text
ALLOWED_ORIGINS|FLAG|url-local: http://localhost:5001 and http://127.0.0.1:5001 among the allowed browser origins of the production API (comment: "includes localhost for testing")
APP_BASE_URL|PASS|pass-prod-endpoint: https://www.pondmobile.com
FLASK_ENV|PASS|pass-nonsecret: production
DOCKER_ENV|PASS|pass-nonsecret: true, a deployment switch
'''
L['z09'] = '''
VITE_SUPABASE_URL|FLAG|tls-off: http://44.201.29.162:8000, the browser talks to Supabase over plain HTTP on a raw IP
VITE_SUPABASE_ANON_KEY|PASS|pass-nonsecret: a Supabase anon-role JWT, public by design in browser bundles
VITE_RECAPTCHA_SITE_KEY|PASS|pass-nonsecret: a reCAPTCHA site key, public by design
'''
L['z10'] = '''
DATABASE_URL|FLAG|db-loopback: postgresql://texas:texas_password@localhost:5432/..., database on localhost with a trivial password
JWT_SECRET|FLAG|secret-placeholder: texas_staging_jwt_secret_change_in_production_$(openssl rand -base64 24), stand-in text with an unexpanded shell command
ETH_RPC_URL|FLAG|sandbox-endpoint: https://sepolia.infura.io/v3/YOUR_INFURA_PROJECT_ID, the Sepolia test network (and a stand-in project id)
BNB_RPC_URL|FLAG|sandbox-endpoint: data-seed-prebsc-1-s1.bnbchain.org, the BNB Smart Chain testnet
HD_WALLET_MNEMONIC|FLAG|secret-placeholder: your_metamask_seed_phrase_here
NEXT_PUBLIC_API_URL|FLAG|tls-off: http://35.73.94.102.nip.io:4000, the browser API over plain HTTP
JWT_EXPIRES_IN|PASS|pass-nonsecret: 7d, a lifetime
NEXT_PUBLIC_USDT_SYMBOL|PASS|pass-nonsecret: USDT
PORT|PASS|pass-nonsecret: 4000
'''
L['z11'] = '''
DATABASE_URL|FLAG|db-loopback: postgres://postgres:postgres@localhost:5433/postgres in the production env file (default credentials too)
NODE_ENV|PASS|pass-nonsecret: production
PORT|PASS|pass-nonsecret: 8001
'''
L['z12'] = '''
FLOWISE_PASSWORD|FLAG|secret-weak: testpassword
DATABASE_TYPE|FLAG|db-embedded: sqlite, an embedded file database (DATABASE_PATH=/usr/src/docker/staging.db)
DEBUG|FLAG|beyond-gates: true, debug mode on
FLOWISE_USERNAME|PASS|pass-nonsecret: testuser, a user name
SECRETKEY_STORAGE_TYPE|PASS|pass-nonsecret: local, a storage mode name under a SECRETKEY name
SECRETKEY_PATH|PASS|pass-nonsecret: /root/.flowise, a directory path
APIKEY_PATH|PASS|pass-nonsecret: /root/.flowise, a directory path
STORAGE_TYPE|PASS|pass-nonsecret: local, a mode name
DISABLE_FLOWISE_TELEMETRY|PASS|pass-nonsecret: true
'''
L['z13'] = '''
SECRET_KEY|FLAG|secret-empty-required: the Django SECRET_KEY is empty (the comment says to generate one)
POSTGRES_PASSWORD|FLAG|secret-empty-required: the database password docker-compose uses is empty
ALLOWED_HOSTS|FLAG|beyond-gates: empty with DEBUG=False, Django rejects every request
DEBUG|PASS|pass-switched-off: False
POSTGRES_USER|PASS|pass-nonsecret: a user name
DJANGO_SUPERUSER_USERNAME|PASS|pass-nonsecret: admin, a user name
DJANGO_SETTINGS_MODULE|PASS|pass-nonsecret: a module path
'''
L['z14'] = '''
POSTGRES_PASSWORD|FLAG|secret-published: a literal database password committed in a public file
MINIO_ROOT_PASSWORD|FLAG|secret-published: a literal MinIO root password
INNGEST_SIGNING_KEY|FLAG|secret-published: a literal Inngest signing key
INNGEST_EVENT_KEY|FLAG|secret-published: a literal Inngest event key
ADMIN_API_KEY|FLAG|secret-published: sk-staging-..., a literal admin API key
JWT_SECRET|FLAG|secret-published: a literal JWT signing secret
PROVIDER_SECRETS_MASTER_KEY|FLAG|secret-published: a literal master encryption key
MINIO_ROOT_USER|PASS|pass-nonsecret: wolfpack-admin, a user name
'''
L['z15'] = '''
POSTGRES_PASSWORD|FLAG|secret-placeholder: staging-secret-password, stand-in text
RABBITMQ_PASS|FLAG|secret-placeholder: staging-secret-password, stand-in text
POSTGRES_USER|PASS|pass-nonsecret: admin, a user name
RABBITMQ_USER|PASS|pass-nonsecret: admin, a user name
RABBITMQ_TIMEOUT|PASS|pass-nonsecret: 5000, a timeout
POSTGRES_DB|PASS|pass-nonsecret: a database name
'''
L['z16'] = '''
APP_SECRET|FLAG|secret-empty-required: the application secret is empty
STRIPE_SECRET_KEY|FLAG|secret-empty-required: the Stripe secret key of the booking payments is empty
APP_DEBUG|PASS|pass-switched-off: 0
APP_ENV|PASS|pass-nonsecret: staging
'''
L['z17'] = '''
DATABASE_PASSWORD|FLAG|secret-weak: dev
JWT_ACCESS_TOKEN_SECRET|FLAG|secret-weak: asdsad, a keyboard-mash signing secret
DATABASE_USER_NAME|PASS|pass-nonsecret: dev, a user name
DATABASE_HOST|PASS|pass-compose-host: postgres, a compose service host
DATABASE_PORT|PASS|pass-nonsecret: 5432
JWT_ACCESS_TOKEN_EXPIRATION_TIME|PASS|pass-nonsecret: 20h, a lifetime under a TOKEN name
'''
L['z18'] = '''
SUPER_ADMIN_EMAIL|PASS|pass-nonsecret: an e-mail address
APP_KEY|FLAG|secret-empty-required: the Laravel application key is empty
DB_PASSWORD|FLAG|secret-placeholder: CHANGE_ME
STRIPE_KEY|FLAG|test-credential: sk_test_xxx, a Stripe test-mode key (and a stand-in)
STRIPE_SECRET|FLAG|test-credential: sk_test_xxx, a Stripe test-mode secret (and a stand-in)
STRIPE_WEBHOOK_SECRET|FLAG|secret-placeholder: whsec_xxx
OPENAI_API_KEY|FLAG|secret-placeholder: sk-xxx
MAIL_HOST|FLAG|url-placeholder: smtp.example.com, a stand-in mail relay
APP_DEBUG|PASS|pass-switched-off: false
APP_URL|PASS|pass-prod-endpoint: https://staging.smartbiz.ai
DB_HOST|PASS|pass-compose-host: postgres
DB_USERNAME|PASS|pass-nonsecret: a user name
REDIS_PASSWORD|PASS|pass-compose-host: null (Laravel for no password) on the compose host redis, as the policy caveat
MAIL_ENCRYPTION|PASS|pass-nonsecret: tls
MAIL_FROM_NAME|PASS|pass-placeholder-ref: ${APP_NAME}
BCRYPT_ROUNDS|PASS|pass-nonsecret: 12
'''
L['z19'] = '''
JWT_SECRET|FLAG|secret-placeholder: staging_jwt_secret, stand-in text
POSTGRES_PASSWORD|FLAG|secret-weak: staging_password
VITE_API_URL|FLAG|url-placeholder: http://staging.example.com/api, a stand-in domain for the browser API
POSTGRES_USER|PASS|pass-nonsecret: a user name
POSTGRES_HOST|PASS|pass-compose-host: db
POSTGRES_PORT|PASS|pass-nonsecret: 5432
'''
L['z20'] = '''
PRO_URL|PASS|pass-prod-endpoint: https://pro.staging.passculture.team, the project's own host
CORS_ALLOWED_ORIGINS|PASS|pass-prod-endpoint: the project's own HTTPS origins
ADAGE_API_URL|FLAG|sandbox-endpoint: https://omogen-api-pr.../adage-api-staging, the partner's pre-production (staging) API
SENTRY_DSN|PASS|pass-nonsecret: a Sentry DSN (client key) on the project's own logs host
API_URL|PASS|pass-prod-endpoint: https://backend.staging.passculture.team, the project's own host
OBJECT_STORAGE_URL|PASS|pass-prod-endpoint: https://storage.googleapis.com/..., Google Cloud Storage
FIREBASE_DYNAMIC_LINKS_URL|PASS|pass-prod-endpoint: a Firebase page.link host
ALGOLIA_OFFERS_INDEX_NAME|PASS|pass-nonsecret: STAGING, an Algolia index name
ALGOLIA_TRIGGER_INDEXATION|PASS|pass-nonsecret: 0, a switch
JWT_ADAGE_PUBLIC_KEY_FILENAME|PASS|pass-nonsecret: public_key.staging, a file name of a public key
RECAPTCHA_RESET_PASSWORD_MINIMAL_SCORE|PASS|pass-nonsecret: 0.5, a score threshold under a PASSWORD name
DEMARCHES_SIMPLIFIEES_ENROLLMENT_INSTRUCTOR|PASS|pass-nonsecret: base64 of an instructor id (Instructeur-56994), not a secret
GCP_PROJECT|PASS|pass-nonsecret: a project id
'''
L['z21'] = '''
DB_HOST|FLAG|db-loopback: localhost
DB_PASSWORD|FLAG|secret-published: a literal database password committed in a public file
DB_USERNAME|PASS|pass-nonsecret: a user name
DB_PORT|PASS|pass-nonsecret: 3306
'''
L['z22'] = '''
LOCAL_DOMAIN|FLAG|url-placeholder: example.com, the public federation domain is a stand-in
SECRET_KEY_BASE|FLAG|secret-empty-required: empty (the comment says to generate it with rake secret)
OTP_SECRET|FLAG|secret-empty-required: empty
AWS_SECRET_ACCESS_KEY|FLAG|secret-empty-required: empty while S3_ENABLED=true
S3_ALIAS_HOST|FLAG|url-placeholder: files.example.com, the public media host is a stand-in
SMTP_SERVER|PASS|pass-prod-endpoint: smtp.mailgun.org, Mailgun's production relay
REDIS_HOST|PASS|pass-compose-host: redis
SMTP_PORT|PASS|pass-nonsecret: 587
DB_USER|PASS|pass-nonsecret: mastodon, a user name
DB_NAME|PASS|pass-nonsecret: mastodon_production
S3_ENABLED|PASS|pass-nonsecret: true, a storage switch
IP_RETENTION_PERIOD|PASS|pass-nonsecret: a retention period
'''
L['z23'] = '''
ENVIRONMENT|PASS|pass-nonsecret: staging
NODE_ENV|PASS|pass-nonsecret: production
PORT|PASS|pass-nonsecret: /var/run/unraid-api.sock, a Unix socket path
MOTHERSHIP_RELAY_WS_LINK|PASS|pass-prod-endpoint: wss://staging.mothership.unraid.net/relay, the vendor's own host over TLS
MOTHERSHIP_GRAPHQL_LINK|PASS|pass-prod-endpoint: https://staging.mothership.unraid.net/graphql
'''
L['z24'] = '''
PREP_VAPID_SUB|FLAG|url-placeholder: mailto:noreply@example.com, the push-contact address given to push providers is a stand-in
PREP_HOST_PORT|PASS|pass-nonsecret: 8081
ROOT_PATH|PASS|pass-nonsecret: /prep, a path prefix
ENV_NAME|PASS|pass-nonsecret: prod
TEMPORAL_NAMESPACE|PASS|pass-nonsecret: prep
'''
L['z25'] = '''
JWT_SECRET|FLAG|secret-weak: super_secret_jwt_key_deci_level5, a readable phrase
DATABASE_URL|FLAG|db-default-creds: [PROD_PASSWORD] is template text in the password position
MONGO_URI|FLAG|db-default-creds: [PROD_PASSWORD] is template text in the password position
REVIEW_SERVICE_URL|PASS|pass-prod-endpoint: an HTTPS vercel.app service
FRONTEND_URL|PASS|pass-prod-endpoint: an HTTPS vercel.app site
SERVERLESS_EMAIL_URL|PASS|pass-prod-endpoint: an HTTPS vercel.app function
NODE_ENV|PASS|pass-nonsecret: production
'''
L['z26'] = '''
NATS_URL|PASS|pass-internal-host: nats://nats-service:4222, a cluster service host
CORS_ORIGIN|FLAG|url-placeholder: https://chat.example.com, the browser origin is a stand-in domain
DATABASE_PASSWORD|PASS|pass-placeholder-ref: ${DATABASE_PASSWORD}
DATABASE_URL|PASS|pass-placeholder-ref: composed only of ${...} references
REDIS_PASSWORD|PASS|pass-placeholder-ref: ${REDIS_PASSWORD}
MINIO_SECRET_KEY|PASS|pass-placeholder-ref: ${MINIO_SECRET_KEY}
MEILISEARCH_MASTER_KEY|PASS|pass-placeholder-ref: ${MEILISEARCH_MASTER_KEY}
JWT_SECRET|PASS|pass-placeholder-ref: ${JWT_SECRET}
ENCRYPTION_KEY|PASS|pass-placeholder-ref: ${ENCRYPTION_KEY}
DATABASE_HOST|PASS|pass-internal-host: postgres-service, a cluster service host
DATABASE_USER|PASS|pass-nonsecret: postgres, a user name
MINIO_USE_SSL|PASS|pass-nonsecret: true
ENABLE_SWAGGER|PASS|pass-switched-off: false
'''
L['z27'] = '''
WORKERS|PASS|pass-nonsecret: 4, a worker count
DATABASE_URL|FLAG|db-default-creds: CHANGE_ME_SECURE_PASSWORD in the password position
POSTGRES_PASSWORD|FLAG|secret-placeholder: CHANGE_ME_SECURE_PASSWORD
SECRET_KEY|FLAG|secret-placeholder: CHANGE_ME_TO_VERY_SECURE_KEY_WITH_64_CHARS_MINIMUM
REDIS_PASSWORD|FLAG|secret-placeholder: CHANGE_ME_REDIS_PASSWORD
SMTP_PASSWORD|FLAG|secret-placeholder: CHANGE_ME_EMAIL_PASSWORD
AWS_SECRET_ACCESS_KEY|FLAG|secret-placeholder: CHANGE_ME
SLACK_WEBHOOK_URL|FLAG|secret-placeholder: CHANGE_ME_SLACK_WEBHOOK, the (secret) webhook URL is stand-in text
POSTGRES_HOST|PASS|pass-internal-host: prod-db
SERVER_HOST|PASS|pass-bind-address: 0.0.0.0
SSL_KEY_PATH|PASS|pass-nonsecret: /etc/ssl/private/gesneu.key, a file path under a KEY name
SMTP_TLS|PASS|pass-nonsecret: true
SMTP_HOST|PASS|pass-prod-endpoint: smtp.gmail.com
DEBUG|PASS|pass-switched-off: false
ACCESS_TOKEN_EXPIRE_MINUTES|PASS|pass-nonsecret: 15, a lifetime under a TOKEN name
POSTGRES_USER|PASS|pass-nonsecret: postgres, a user name
'''
L['z28'] = '''
OAUTH_CLIENTSECRET|FLAG|secret-published: prod-hasduahsey90823704987123, a literal OAuth client secret committed in a public file
OAUTH_CLIENTID|PASS|pass-nonsecret: an OAuth client id, not a secret
OAUTH_TENANTID|PASS|pass-nonsecret: a tenant id
PORT|PASS|pass-nonsecret: 4000
'''
L['z29'] = '''
CRYPTO_PASSWORD|FLAG|secret-placeholder: change-me
CRYPTO_ALGORITHM|PASS|pass-nonsecret: aes-256-ctr, an algorithm name
NODE_ENV|PASS|pass-nonsecret: production
ROOT_PATH|PASS|pass-nonsecret: /
'''
notes = {}
rows = []
for f in sorted(S):
    for l in L[f[:3]].strip().split('\n'):
        k, e, w = l.split('|', 2)
        rows.append(f"{f}\t{k}\t{e}\t{w}\t{S[f]}")
open('labels.tsv', 'w', encoding='utf-8').write('file\tkey\texpected\twhy\tsource\n' + '\n'.join(rows) + '\n')
open('sources.tsv', 'w', encoding='utf-8').write(''.join(f"{f}\t{S[f]} (dotenv as committed upstream; no flattening)\n" for f in sorted(S)))
open('repos.txt', 'w').write(''.join(S[f].split('@')[0] + '\n' for f in sorted(S)))
