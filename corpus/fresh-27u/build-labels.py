SRC = {
'c01-ai-cybersecurity-tool-deploy-production.env': 'parth2103/ai-cybersecurity-tool@714b1ca97ad1db05221defafec09a3223bcbf503:deploy/production.env',
'c02-smishguard-deploy-production.env': 'phatthai/smishguard@26c97a2e80873e88c82ee0d377b7e70fe676e0fe:deploy/production.env',
'c03-npuser-deploy-prod.env': 'npuserauth/npuser@06c201eadcc9f1828642db675c64dd90e49bc01c:deploy/prod.env',
'c04-slow-tortoise-deploy-prod.env': 'uncharted-causemos/slow-tortoise@28534879bb23c8182477f462428a81f96b827338:deploy/prod.env',
'c05-customer-api-deploy-prod.env': 'yesuvadian/Customer-API@3c6b441c994e9344e56f1beafe9970701a691799:deploy/prod.env',
'c06-javaspringboot-payment-service-application.properties': 'SammyObeezy/JavaSpringBoot@0fa100832b0ad4ebd4e35058040ebe68d67fe5c7:ProjectBookMicroservice/payment-service/src/main/resources/application.properties',
'c07-forge-demo-deploy-prod.env': 'repo-nextbridge/forge-demo@772132b7801e9b8010fbccd932402f35870e0088:deploy/prod.env',
'c08-waylog-deploy-prod.env': 'sssmaran/Waylog@7de56669371a6af537fcbf5004136ee0be8302d8:deploy/prod.env',
'c09-sambandh-deploy-prod.env': 'tushar-anand15/sambandh-app@9487da26a1afdc7fbbe41f88c2f60bb3128f289e:deploy/prod.env',
'c10-hiss-deploy-prod.env': 'vieitesss/hiss@dec9af8c584f24df80f5a3d16222aa7bdffcc4e8:deploy/prod.env',
'c11-kloud-helm-values-production.properties': 'Web8kameleon-hub/Kloud@cec8cd3b75bf9a4a03a9ffd4673bf62d65c9c933:helm/values-production.yaml',
'c12-rush-web-helm-values-production.properties': 'Rommadon/rush-web@63c70e4b838bfecf8b81d625d1ee53e8f6af9593:helm/values-production.yaml',
'c13-mod-ssr-docker-production.env': 'servicerecords/mod-ssr@d960a55a768cca72f082faae71c94f9d2a89799a:docker/production.env',
'c14-alphapulse-docker-production.env': 'workeainc/alphapulse@800692fb41ac0d26767abda7b8780afccca5fb6a:docker/production.env',
'c15-photonline-docker-production.env': 'thegitfather/photonline@0d013da7a3bfa676fc682fd8a01726f3d26c29f9:docker/production.env',
'c16-tosurnament-docker-production.env': 'SpartanPlume/Tosurnament@886264367bd1376212a1f77c608c8bd2bc7a7e09:docker/production.env',
'c17-lunchbreak-docker-production.env': 'ssprasad100/AWS-lunchbreak@5f9c28b0f6ea11e3e4a2df0ef1c42d19ca07513c:docker/production.env',
'c18-razorpay-payment-app-application.properties': 'nasir9991/payment-app-ci@28e2c649a4eb03a2ba4fcf36563c7be8e7ddb55c:src/main/resources/application.properties',
'c19-jimeng-docker-production.env': 'uidads/jimeng@bec99acc7b92da754f669f659557f0a5341e2ae2:docker/production.env',
'c20-masterx-docker-production.env': 'vishnuas22/Queen-walk@172966577df69b1ea3ae6331c14a6e4288552b7d:docker/production.env',
'c21-tt2discord-docker-production.env': 't3rminalV/tt2discord@9b87c69f620aa6cddc04849c68a60125e2b7dd58:docker/production.env',
'c22-voting-system-docker-production.env': 'nocturne254/Decentralized-Voting-System@8e20d85def9d0cf02ca2600c31b4452dc25213d5:docker/production.env',
'c23-carnation-docker-production.env': 'TakaoKitano/carnation@f018041d11b3756d93bb49ae595a397681edc830:docker/production.env',
'c24-evisa-docker-production.env': 'riikiti/bikini@adbcf453c820e554ba77e28d4ef384892ac1da29:docker/production.env',
'c25-atalanta-docker-production.env': 'Yakanaro/Atalanta@5ab56d3a6a016d8d2f53dcdfbbb1c9a419da8845:docker/production.env',
'c26-portfolio-ui-helm-values-production.properties': 'Suraj127-git/portfolio-ui@21ac1553dedf83b302c5e0c37c9068fb52b7e386:helm/values-production.yaml',
'c27-fulfillment-ops-deploy-production.env': 'RamonASM/fulfillment-ops-dashboard@128f91422a6c85bfdf301f86a3ed58f44da50b4b:deploy/production.env',
'c28-realturingpoker-env-prod.env': 'NotASithLord/realturingpoker@eda7e7ed4194a479cadff0de0f0176e05b746ca3:env/prod.env',
'c29-vital-online-deploy-production.env': 'Sabrin-Dahir/vital-online-app@9141eb916222b8c8d9eea51a846cf4307d3ef286:deploy/production.env',
'c30-imagine-crm-deploy-production.env': 'OrtobomPatricio/imagine-crmV3@128788abae8f57872607c39f70f2defb02102b87:deploy/production.env',
'c31-springbootdbconnected-application-live.properties': 'quirinal36/SpringBootDBConnected@46496bba6f2a38c0eae6c6d301a314dece0ec006:src/main/resources/application-live.properties',
'c32-ecommerce-java-application.properties': 'SergioCalbino/ecommerce-java@10899b9d32c5be0ca3ed01b75ba13f7ba02b82c3:src/main/resources/application.properties',
'c33-stanford-students-helm-values-production.properties': 'Stanleyobazee/stanford_student_api_project@ce75cfd6f22e3464ec035251ff9cfa25e83d5da3:helm/values-production.yaml',
'c34-nti-final-project-helm-values-production.properties': 'Waleeddarwesh/NTI_Final_Project@d3e9b89eef38d2de500a1f52bce3458face6b642:helm/values-production.yaml',
'c35-elasticguard-helm-values-production.properties': 'Sagar848/elasticguard@d4e0ee6998062c66b222a0d168212373131f6a98:helm/values-production.yaml',
}
L = {}
L['c01'] = '''SECRET_KEY|FLAG|secret-placeholder: your-super-secret-key-change-this-in-production, the Flask signing key left as the template text
API_KEY_SECRET|FLAG|secret-placeholder: your-api-key-secret-change-this
JWT_SECRET|FLAG|secret-placeholder: your-jwt-secret-change-this
DATABASE_URL|FLAG|db-embedded: sqlite:///data/threats.db, an embedded file database in the production file
FLASK_ENV|PASS|pass-nonsecret: production, the production mode value
FLASK_DEBUG|PASS|pass-switched-off: False, debug off
API_HOST|PASS|pass-bind-address: 0.0.0.0, a bind address
FEATURE_SECURITY_AUTHENTICATION|PASS|pass-nonsecret: True, a feature switch that turns authentication on
LOAD_BALANCER_BACKENDS|PASS|pass-compose-host: api1:5001,... container service hosts'''
L['c02'] = '''APP_ENV|PASS|pass-nonsecret: production
JWT_EXPIRES_IN|PASS|pass-nonsecret: 1h, a token lifetime, not a secret (the secret itself is injected by Jenkins per the header)
LOGIN_RATE_LIMIT_MAX|PASS|pass-nonsecret: 10, a rate limit
RATE_LIMIT_MAX|PASS|pass-nonsecret: 300, a rate limit'''
L['c03'] = '''AUTH_TOKEN_SECRET|FLAG|secret-placeholder: defaultJwtTokenSecret, a default JWT signing secret in deploy/prod.env
NODE_ENV|FLAG|beyond-gates: development in the file named prod.env
SITE_ADDRESS|PASS|pass-nonsecret: npuser.org, the public site host
MAIL_SERVER_HOST|PASS|pass-compose-host: sendmail, a compose service host
COMPOSE_PROJECT_NAME|PASS|pass-nonsecret: npuser, a project name
SAMPLE_DEV|PASS|pass-nonsecret: a descriptive sentence, no secret'''
L['c04'] = '''PREFECT__SERVER__HOST|PASS|pass-internal-host: http://10.65.18.57, a private-network orchestration server
WM_DASK_SCHEDULER|PASS|pass-internal-host: 10.65.18.58:8786, a private-network scheduler
WM_QUEUE_MANAGER|PASS|pass-internal-host: http://10.65.18.52:4040, a private-network service
DOCKER_IMAGE|PASS|pass-nonsecret: the organisation's image registry path
WM_DATA_PIPELINE_IMAGE|PASS|pass-placeholder-ref: $DOCKER_IMAGE:$DOCKER_IMAGE_VERSION, shell references'''
L['c05'] = '''DB_HOST|PASS|pass-production-host: 192.168.0.162, the production Patroni primary (private network) named as such in the file
DB_PORT|PASS|pass-nonsecret: 6432, a pooler port
BASE_URL|PASS|pass-prod-endpoint: https://api.procurement.cogniwatt.com, the production API'''
L['c06'] = '''spring.rabbitmq.password|FLAG|secret-weak: guest, RabbitMQ's built-in default password
spring.rabbitmq.username|PASS|pass-nonsecret: guest, a user name
server.port|PASS|pass-nonsecret: 8083, a port
spring.application.name|PASS|pass-nonsecret: payment-service, a name'''
L['c07'] = '''FORGE_DEPLOY_KEY|PASS|pass-nonsecret: ~/.ssh/forge-demo-deploy, the path of a key file, not a key
FORGE_DEPLOY_USER|PASS|pass-nonsecret: root, an SSH login name
FORGE_DEPLOY_HOST|PASS|pass-production-host: 201.23.80.45, the public production box
FORGE_PUBLIC_ORIGIN|PASS|pass-prod-endpoint: https://store.forgecommerce.pro, the public origin
FORGE_GATE_SITE_URL|PASS|pass-prod-endpoint: https://forgecommerce.pro
FORGE_MEDIA_BASE_URL|PASS|pass-prod-endpoint: https://media.forgecommerce.pro, the public media host
FORGE_STORAGE_BUCKET|PASS|pass-nonsecret: forge-demo-prod, a bucket name'''
L['c08'] = '''WAYLOG_WRITE_KEY|FLAG|secret-placeholder: changeme-write, the write API key in the production env file
EVENT_LOG_SYNC|PASS|pass-nonsecret: true, a mode switch
GRAPH_RETENTION|PASS|pass-nonsecret: 24h, a retention period
HAPPY_SAMPLE_RATE_PCT|PASS|pass-nonsecret: 5, a sampling rate'''
L['c09'] = '''LLM_PROVIDER|PASS|pass-nonsecret: vertex_ai/gemini-2.5-flash, a model name
VERTEXAI_PROJECT|PASS|pass-nonsecret: a GCP project id, not a secret (the file says so)
VERTEXAI_LOCATION|PASS|pass-nonsecret: asia-south1, a region
GCP_PROJECT|PASS|pass-nonsecret: a GCP project id'''
L['c10'] = '''POSTGRES_USER|PASS|pass-nonsecret: postgres, a user name; the password is injected at deploy time
POSTGRES_DB|PASS|pass-nonsecret: hiss, a database name
FEATURE_LABEL_FILTERING|PASS|pass-nonsecret: false, a feature switch
IMAGE|PASS|pass-nonsecret: ghcr.io/vieitesss/hiss, an image name
COMPOSE_PROJECT_NAME|PASS|pass-nonsecret: hiss-prod'''
L['c11'] = '''env[0].value|PASS|pass-nonsecret: production, the ENVIRONMENT value
env[1].value|PASS|pass-nonsecret: info, the LOG_LEVEL value
env[2].value|PASS|pass-switched-off: false, the DEBUG value
ingress.tls[0].secretName|PASS|pass-secret-ref: kloud-tls, the name of a TLS Secret
ingress.hosts[0].host|PASS|pass-nonsecret: kloud.com, the public host'''
L['c12'] = '''ingress.host|PASS|pass-nonsecret: *.myshopdit.com, the production wildcard host
app.namespace|PASS|pass-nonsecret: production
app.container.image|PASS|pass-nonsecret: a DigitalOcean registry image
issuer.name|PASS|pass-nonsecret: shopdit-web-issuer, a certificate issuer name
extHost.whitelist[0]|PASS|pass-nonsecret: www.wsxr.shop, a customer shop domain
extTlsHosts[1]|PASS|pass-nonsecret: hejbonnie.com, a customer domain'''
L['c13'] = '''APP_KEY|FLAG|secret-published: a literal base64 Laravel key committed in the public production env file
APP_URL|FLAG|url-local: http://localhost:8000 as the application URL in docker/production.env
APP_DEBUG|PASS|pass-switched-off: false
DEBUGBAR_ENABLED|PASS|pass-switched-off: false
APP_ENV|PASS|pass-nonsecret: production
SENTRY_LARAVEL_DSN|PASS|pass-nonsecret: a Sentry DSN (public ingest key, meant to be shipped to clients), production ingest host
QUEUE_CONNECTION|PASS|pass-mode-name: sync, a driver name'''
L['c14'] = '''POSTGRES_PASSWORD|FLAG|secret-placeholder: your_secure_postgres_password_here
GRAFANA_PASSWORD|FLAG|secret-placeholder: your_secure_grafana_password_here
SECRET_KEY|FLAG|secret-placeholder: your_super_secret_key_here_change_this_in_production
JWT_SECRET_KEY|FLAG|secret-placeholder: your_jwt_secret_key_here_change_this_in_production
ENCRYPTION_KEY|FLAG|secret-placeholder: your_encryption_key_here_change_this_in_production
BINANCE_API_KEY|FLAG|secret-placeholder: your_binance_api_key_here, the exchange key of a trading service
BINANCE_SECRET_KEY|FLAG|secret-placeholder: your_binance_secret_key_here
NEXT_PUBLIC_API_URL|FLAG|url-placeholder: https://api.yourdomain.com, a template public API URL
REDIS_URL|PASS|pass-compose-host: redis://redis-master:6379, a compose service host
API_HOST|PASS|pass-bind-address: 0.0.0.0
DEBUG|PASS|pass-switched-off: false
POSTGRES_USER|PASS|pass-nonsecret: alphapulse_user, a user name'''
L['c15'] = '''MONGODB|FLAG|db-loopback: mongodb://127.0.0.1:27017 in docker/production.env
SESSION_SECRET|FLAG|secret-weak: somesecret
IP|PASS|pass-bind-address: 0.0.0.0
NODE_ENV|PASS|pass-nonsecret: production
PORT|PASS|pass-nonsecret: 19321, a port'''
L['c16'] = '''DB_USERNAME|PASS|pass-nonsecret: tosurnament, a user name (password supplied elsewhere)
DB_NAME|PASS|pass-nonsecret: tosurnament
API_PORT|PASS|pass-nonsecret: 8011'''
L['c17'] = '''VIRTUAL_HOST|PASS|pass-nonsecret: the production host names for the proxy
DB_HOST|PASS|pass-compose-host: db, a compose service host
LETSENCRYPT_HOST|PASS|pass-nonsecret: production host names for certificates'''
L['c18'] = '''razorpay.key_id|FLAG|test-credential: rzp_test_ key id, Razorpay test mode
razorpay.key_secret|FLAG|secret-published: a literal Razorpay key secret (of the test key) committed in a public repository
server.port|PASS|pass-nonsecret: 8081
spring.application.name|PASS|pass-nonsecret: razorpay-payment-app, a name'''
L['c19'] = '''NODE_ENV|PASS|pass-nonsecret: production
HOST|PASS|pass-bind-address: 0.0.0.0
LOG_LEVEL|PASS|pass-nonsecret: info
SERVICE_NAME|PASS|pass-nonsecret: jimeng-free-api'''
L['c20'] = '''SECRET_KEY|FLAG|secret-published: masterx-production-secret-key-2024-quantum-intelligence, a readable phrase committed in the production env file
MONGO_ROOT_PASSWORD|FLAG|secret-published: masterx_secure_password, a literal root password in a public file
MONGODB_URL|FLAG|secret-published: the URL embeds the published root credentials admin:masterx_secure_password
REDIS_PASSWORD|FLAG|secret-published: masterx_redis_password
GRAFANA_PASSWORD|FLAG|secret-weak: masterx_admin_2024
ALLOWED_HOSTS|PASS|pass-nonsecret: a Host-header allow list (localhost entries next to the production domains), not a URL handed out
ENVIRONMENT|PASS|pass-nonsecret: production
MONGO_ROOT_USERNAME|PASS|pass-nonsecret: admin, a user name
SSL_KEY_PATH|PASS|pass-nonsecret: /etc/nginx/ssl/key.pem, a path'''
L['c21'] = '''APP_DEBUG|PASS|pass-switched-off: false
APP_ENV|PASS|pass-nonsecret: production
DB_HOST|PASS|pass-compose-host: database, a compose service host
DB_CONNECTION|PASS|pass-mode-name: mysql, a driver name
MIX_PUSHER_APP_KEY|PASS|pass-placeholder-ref: "${PUSHER_APP_KEY}"
PUSHER_APP_CLUSTER|PASS|pass-nonsecret: mt1, a region
LOG_LEVEL|FLAG|beyond-gates: debug logging in the production env file'''
L['c22'] = '''DATABASE_URL|FLAG|db-default-creds: template credentials voting_user:secure_password in the URL
POSTGRES_PASSWORD|FLAG|secret-weak: secure_password
PRIVATE_KEY|FLAG|secret-placeholder: YOUR_PRIVATE_KEY, the signing key of a mainnet voting contract
BLOCKCHAIN_RPC_URL|FLAG|url-placeholder: https://mainnet.infura.io/v3/YOUR_PROJECT_ID
JWT_SECRET|FLAG|secret-placeholder: your-super-secure-jwt-secret-key-change-in-production
SESSION_SECRET|FLAG|secret-placeholder: your-session-secret-key-change-in-production
ENCRYPTION_KEY|FLAG|secret-placeholder: your-32-character-encryption-key-here
AWS_SECRET_ACCESS_KEY|FLAG|secret-placeholder: your-aws-secret-key, required since STORAGE_PROVIDER=s3
SMTP_PASSWORD|FLAG|secret-placeholder: your-smtp-password (vote confirmation mail is enabled)
GRAFANA_PASSWORD|FLAG|secret-weak: secure-grafana-password
CDN_URL|FLAG|url-placeholder: https://cdn.yourdomain.com, a template public URL
BLOCKCHAIN_NETWORK|PASS|pass-live: mainnet, the production network
REDIS_URL|PASS|pass-compose-host: redis://redis:6379
NODE_ENV|PASS|pass-nonsecret: production
SSL_KEY_PATH|PASS|pass-nonsecret: /etc/nginx/ssl/key.pem, a path'''
L['c23'] = '''CARNATION_MYSQL_HOST|PASS|pass-managed-db: an Amazon RDS endpoint
CARNATION_REDIS_HOST|PASS|pass-managed: an ElastiCache endpoint
CARNATION_S3_BUCKET_NAME|PASS|pass-nonsecret: a bucket name'''
L['c24'] = '''DATABASE_PASSWORD|FLAG|secret-weak: 123456 as the production database password
BACKPACK_REGISTRATION_OPEN|FLAG|beyond-gates: open self-registration of the Backpack admin panel in production
DATABASE_USER|PASS|pass-nonsecret: a user name
BACKEND_IMAGE_TAG|PASS|pass-nonsecret: prod-latest, an image tag
NEXUS_REPOSITORY_URL|PASS|pass-nonsecret: a private registry host'''
L['c25'] = '''APP_KEY|FLAG|secret-placeholder: base64: followed by Russian "replace with your generated key"
APP_URL|FLAG|url-placeholder: https://ВАШ_ДОМЕН.ru ("your domain")
DB_PASSWORD|FLAG|secret-weak: password
MAIL_PASSWORD|FLAG|secret-placeholder: ваш_пароль_почты ("your mail password"), SMTP is the configured mailer
APP_DEBUG|PASS|pass-switched-off: false
DB_HOST|PASS|pass-compose-host: mysql, a compose service host
REDIS_HOST|PASS|pass-compose-host: redis, a compose service host
MAIL_ENCRYPTION|PASS|pass-tls-on: ssl
SESSION_ENCRYPT|PASS|pass-nonsecret: false, Laravel's session payload encryption option (default), not transport TLS'''
L['c26'] = '''ingress.hosts[0].host|FLAG|template-host: portfolio.yourdomain.com as the production ingress host
ingress.tls[0].hosts[0]|FLAG|template-host: portfolio.yourdomain.com in the certificate host list
ingress.annotations[cert-manager.io/cluster-issuer]|PASS|pass-live: letsencrypt-prod
ingress.annotations[nginx.ingress.kubernetes.io/force-ssl-redirect]|PASS|pass-tls-on: true
deployment.imagePullSecrets[0].name|PASS|pass-secret-ref: gitlab-registry, a Secret name
ingress.tls[0].secretName|PASS|pass-secret-ref: portfolio-ui-tls, a Secret name
deployment.canary.enabled|PASS|pass-switched-off: false'''
L['c27'] = '''DATABASE_URL|FLAG|db-placeholder: YOUR_SECURE_PASSWORD_HERE in the URL (on localhost)
JWT_SECRET|FLAG|secret-placeholder: GENERATE_A_SECURE_SECRET_HERE
JWT_REFRESH_SECRET|FLAG|secret-placeholder: GENERATE_ANOTHER_SECURE_SECRET_HERE
SESSION_SECRET|FLAG|secret-placeholder: GENERATE_A_THIRD_SECURE_SECRET_HERE
API_URL|PASS|pass-prod-endpoint: https://api.yourtechassist.us
ADMIN_URL|PASS|pass-prod-endpoint: https://admin.yourtechassist.us
PORTAL_URL|PASS|pass-prod-endpoint: https://portal.yourtechassist.us
CORS_ORIGINS|PASS|pass-nonsecret: production https origins
SMTP_SECURE|PASS|pass-nonsecret: false with port 587, i.e. STARTTLS rather than implicit TLS
NODE_ENV|PASS|pass-nonsecret: production'''
L['c28'] = '''ODDSLINGERS_ENV|PASS|pass-nonsecret: PROD, the production environment name
DEBUG|PASS|pass-switched-off: False
ENABLE_DEBUG_TOOLBAR|PASS|pass-switched-off: False
DEFAULT_HOST|PASS|pass-nonsecret: turingpoker.com, the public host
ALLOWED_HOSTS|PASS|pass-nonsecret: turingpoker.com
ENABLE_SENTRY|PASS|pass-nonsecret: True, error reporting on'''
L['c29'] = '''DOMAIN|PASS|pass-production-host: 169.58.179.28.sslip.io, the public production host name
VPS_IP|PASS|pass-production-host: 169.58.179.28, the public VPS address
GITHUB_REPO|PASS|pass-nonsecret: a public repository URL'''
L['c30'] = '''MYSQL_ROOT_PASSWORD|FLAG|secret-weak: root_password
MYSQL_PASSWORD|FLAG|secret-weak: crm_password
DATABASE_URL|FLAG|db-default-creds: crm:crm_password in the URL
CLIENT_URL|FLAG|url-placeholder: http://TU_IP_VPS:3000 ("your VPS IP")
VITE_OAUTH_PORTAL_URL|FLAG|url-placeholder: http://TU_IP_VPS:3000, the OAuth portal URL
JWT_SECRET|FLAG|secret-weak: super_secret_jwt_key_123
DATA_ENCRYPTION_KEY|FLAG|secret-weak: 12345678901234567890123456789012, a sequential key
WHATSAPP_WEBHOOK_VERIFY_TOKEN|FLAG|secret-weak: imagine_crm_verify, a guessable webhook verify token
GOOGLE_CLIENT_SECRET|FLAG|secret-placeholder: PLACEHOLDER_GOOGLE_CLIENT_SECRET
VITE_APP_ID|PASS|pass-nonsecret: chin-crm, an app id
MYSQL_USER|PASS|pass-nonsecret: crm, a user name
NODE_ENV|PASS|pass-nonsecret: production
OWNER_EMAIL|PASS|pass-nonsecret: an e-mail address, no secret'''
L['c31'] = '''spring.datasource.url|FLAG|db-tls-off: useSSL=false&verifyServerCertificate=false in the live profile
spring.datasource.password|FLAG|secret-published: a literal database password in the public live profile
spring.redis.password|FLAG|secret-placeholder: changeme
jwt.access.token.secure.key|FLAG|secret-weak: solasido, an 8-letter word as the access-token key
jwt.refresh.token.secure.key|FLAG|secret-weak: domisola, an 8-letter word as the refresh-token key
logging.level.org.springframework.web|FLAG|beyond-gates: debug web logging in the live profile
jwt.access.token.expire.time|PASS|pass-nonsecret: 10080, a lifetime
jwt.get.access.token.url|PASS|pass-nonsecret: /api/v1/get_access_token, an endpoint path
spring.profile.value|PASS|pass-mode-name: live, the production profile name
spring.redis.host|PASS|pass-compose-host: redis, a compose service host
spring.datasource.username|PASS|pass-nonsecret: a user name'''
L['c32'] = '''spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306
spring.datasource.password|FLAG|db-default-creds: root/root MySQL credentials
spring.jpa.show-sql|FLAG|beyond-gates: SQL logging on (key repeated, both true)
server.port|PASS|pass-nonsecret: 9090
spring.application.name|PASS|pass-nonsecret: demo'''
L['c33'] = '''postgresql.auth.postgresPassword|FLAG|secret-placeholder: OVERRIDE_ME_WITH_SECURE_PASSWORD in production values
vault.server.dev.enabled|PASS|pass-switched-off: false, Vault dev mode off
ingress.annotations[cert-manager.io/cluster-issuer]|PASS|pass-live: letsencrypt-prod, the production issuer
app.database.user|PASS|pass-nonsecret: postgres, a user name
ingress.tls[0].secretName|PASS|pass-secret-ref: stanford-students-tls, a Secret name
ingress.hosts[0].host|PASS|pass-nonsecret: api.stanford-students.com, the public host'''
L['c34'] = '''ingress.hosts[0].host|FLAG|template-host: app.yourdomain.com as the production ingress host
config.debug|PASS|pass-switched-off: False
global.environment|PASS|pass-nonsecret: production
config.logLevel|PASS|pass-nonsecret: WARNING
ingress.scheme|PASS|pass-nonsecret: internet-facing, a load-balancer scheme'''
L['c35'] = '''ingress.hosts[0].host|FLAG|template-host: elasticguard.your-domain.com
ingress.apiHosts[0].host|FLAG|template-host: elasticguard-api.your-domain.com
ai.existingSecret|PASS|pass-secret-ref: elasticguard-ai-keys, the name of a pre-created Secret
notifications.existingSecret|PASS|pass-secret-ref: elasticguard-notification-keys, a Secret name
grafana.existingSecret|PASS|pass-secret-ref: elasticguard-grafana-admin, a Secret name
ollama.enabled|PASS|pass-switched-off: false
ingress.tls[0].secretName|PASS|pass-secret-ref: elasticguard-tls, a TLS Secret name
ingress.annotations[cert-manager.io/cluster-issuer]|PASS|pass-live: letsencrypt-prod'''
NOTE = {'c26': ' (flattened by yaml2props.py, Helm values; original in yaml-originals/)', 'c11': ' (flattened by yaml2props.py, Helm values; original in yaml-originals/)', 'c12': ' (flattened by yaml2props.py, Helm values; original in yaml-originals/; no final newline upstream)',
        'c33': ' (flattened by yaml2props.py, Helm values; original in yaml-originals/)', 'c34': ' (flattened by yaml2props.py, Helm values; original in yaml-originals/)', 'c35': ' (flattened by yaml2props.py, Helm values; original in yaml-originals/)'}
rows = ['file\tkey\texpected\twhy\tsource']
srows = []
for f in sorted(SRC):
    c = f[:3]
    for line in L[c].split('\n'):
        k, e, w = line.split('|', 2)
        rows.append(f'{f}\t{k}\t{e}\t{w}\t{SRC[f]}')
    srows.append(f'{f}\t{SRC[f]}{NOTE.get(c, "")}')
open('labels.tsv', 'w', encoding='utf-8').write('\n'.join(rows) + '\n')
open('sources.tsv', 'w', encoding='utf-8').write('\n'.join(srows) + '\n')
open('repos.txt', 'w').write('\n'.join(sorted({v.split('@')[0] for v in SRC.values()}, key=str.lower)) + '\n')
