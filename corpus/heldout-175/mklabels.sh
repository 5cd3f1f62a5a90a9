#!/bin/bash
# Writes labels.tsv and sources.tsv through add.py (run once from this folder, after removing both files).
set -e
A="python3 add.py"

$A wx01-janeway-example-settings.properties "openlibhums/janeway@02333b7e397efddfc676a45f105bf031ceea8a9c:src/core/example_settings.py" "(Django settings module flattened by py2props.py: literal module-level assignments only, non-literal ones such as TEMPLATES and SUMMERNOTE_CONFIG left out; the upstream SECURITY WARNING and DEFAULT_HOST comments inserted as # lines by addcomment.py; original in originals/)" <<'EOF'
SECRET_KEY|FLAG|secret-published: literal Django SECRET_KEY shipped in the public example settings; the file's own comment says to change it before going live
DEBUG|FLAG|beyond-gates: DEBUG = True; the file's comment says not to run with debug on in production
DATABASES.default.HOST|FLAG|db-loopback: MySQL on localhost
DATABASES.default.PASSWORD|FLAG|secret-empty-required: empty database password (user and name also empty); Janeway cannot reach MySQL without it
ORCID_CLIENT_SECRET|FLAG|secret-empty-required: ENABLE_ORCID = True but the ORCID client secret is empty
RECAPTCHA_PRIVATE_KEY|FLAG|secret-empty-required: CAPTCHA_TYPE = 'recaptcha' enables reCaptcha but the private key is empty
ORCID_API_URL|FLAG|tls-off: http://pub.orcid.org/v1.2_rc7/, the ORCID API called over plain http
DEFAULT_HOST|FLAG|url-placeholder: https://www.example.org is the default redirect when no site matches
ORCID_TOKEN_URL|PASS|pass-prod-endpoint: https://pub.orcid.org/oauth/token, ORCID's production token endpoint
S3_HOST|PASS|pass-prod-endpoint: s3.eu-west-2.amazonaws.com, AWS regional endpoint
EMAIL_USE_TLS|PASS|pass-nonsecret: True
SESSION_COOKIE_NAME|PASS|pass-nonsecret: JANEWAYSESSID, a cookie name
SETTINGS_EXPORT[2]|PASS|pass-nonsecret: the string ORCID_CLIENT_SECRET is the name of a setting exported to templates, not a secret
EOF

$A wx02-ojs-config-template-inc-php.properties "pkp/ojs@008c762e0f67f32ee3cb42caef4164aeaad73e1e:config.TEMPLATE.inc.php" "(OJS INI configuration template, renamed config.inc.php to use; flattened by ini2propss.py to section.key=value, values verbatim with their double quotes, ';' comments kept as # lines; original in originals/)" <<'EOF'
database.password|FLAG|db-default-creds: template credentials ojs/ojs for the OJS database
database.host|FLAG|db-loopback: MySQL on localhost
security.salt|FLAG|secret-placeholder: "YouMustSetASecretKeyHere!!", the salt for password-reset hashes
general.base_url|FLAG|url-placeholder: "http://pkp.sfu.ca/ojs" is PKP's own address in the template, the canonical URL of the installation must be set
security.force_ssl|FLAG|tls-off: Off, SSL is not forced site-wide (and session cookies lose the Secure flag)
security.encryption|FLAG|beyond-gates: sha1 password hashing, which the file itself calls deprecated
captcha.recaptcha_private_key|PASS|pass-switched-off: your_private_key, but recaptcha = off
debug.show_stacktrace|PASS|pass-nonsecret: Off
security.reset_seconds|PASS|pass-nonsecret: 7200, a lifetime
general.session_cookie_name|PASS|pass-nonsecret: OJSSID, a cookie name
general.trust_x_forwarded_for|PASS|pass-nonsecret: Off
EOF

$A wx03-commafeed-openshift-config-mysql.properties "Athou/commafeed@7151db0909e6b522836977ad7fc6c8d61eae2564:.openshift/config.mysql.yml" "(Dropwizard YAML for the OpenShift DIY cartridge; @NAME@ tokens are replaced from the gear's environment at deploy time and were quoted only for parsing; flattened by yaml2propsat.py, a few upstream comments inserted by addcomment.py; upstream uses CRLF line endings, the original here is LF; original in originals/)" <<'EOF'
database.password|PASS|pass-placeholder-ref: @OPENSHIFT_MYSQL_DB_PASSWORD@, filled from the OpenShift gear environment at deploy
database.user|PASS|pass-placeholder-ref: @OPENSHIFT_MYSQL_DB_USERNAME@, from the gear environment
database.url|PASS|pass-placeholder-ref: host and database name are OpenShift tokens, no TLS switch-off
app.publicUrl|PASS|pass-placeholder-ref: https://@OPENSHIFT_APP_DNS@/, the app's own public DNS name filled at deploy
app.allowRegistrations|PASS|pass-nonsecret: false
app.smtpTls|PASS|pass-switched-off: false, but no SMTP host is configured (mail unused)
server.applicationConnectors[0].bindHost|PASS|pass-placeholder-ref: @OPENSHIFT_DIY_IP@, the gear's bind address
EOF

$A wx04-freshrss-docker-example.env "FreshRSS/FreshRSS@36b2fdf148ca7d7dae0c914f99f290cc5fa16a92:Docker/freshrss/example.env" "(dotenv for docker compose, copied verbatim)" <<'EOF'
ADMIN_PASSWORD|FLAG|secret-weak: freshrss, the product name, as the admin password of the automatic install
ADMIN_API_PASSWORD|FLAG|secret-weak: freshrss as the API password
DB_PASSWORD|FLAG|secret-weak: freshrss for database user freshrss
BASE_URL|FLAG|url-placeholder: https://freshrss.example.net, the public address of the instance
SERVER_DNS|FLAG|url-placeholder: freshrss.example.net (reserved example domain)
DB_HOST|PASS|pass-compose-host: freshrss-db, the database container name
PUBLISHED_PORT|PASS|pass-nonsecret: 8080
DB_USER|PASS|pass-nonsecret: a user name
DB_BASE|PASS|pass-nonsecret: database name
EOF

$A wx05-podsync-config-toml-example.properties "mxpv/podsync@072aff28703b67ec55a579d5c1aafbb484ddac28:config.toml.example" "(TOML flattened by tomlc2props.py because feeds.ID1.custom.author is defined twice upstream, which tomllib rejects; both lines kept, that key not labelled; comments kept as # lines; original in originals/)" <<'EOF'
tokens.youtube|FLAG|secret-placeholder: YOUTUBE_API_TOKEN as the YouTube API key
tokens.vimeo[0]|FLAG|secret-placeholder: VIMEO_API_KEY_1 as a Vimeo developer key
server.hostname|FLAG|url-placeholder: https://my.test.host:4443, the host episode links in the published feed point to
server.bind_address|PASS|pass-nonsecret: 172.20.10.2, a specific LAN bind address, not loopback
storage.type|PASS|pass-nonsecret: local, a storage mode name
storage.s3.endpoint|PASS|pass-prod-endpoint: https://s3.us-west-2.amazonaws.com
feeds.ID1.private_feed|PASS|pass-nonsecret: true
log.debug|PASS|pass-nonsecret: false
EOF

$A wx06-superdesk-auto-installer-env-docker.env "Honeytree-Technologies/Superdesk-Auto-Installer@35990eb8fb1c468501c2c17e9214d1e7e3199183:auto_script/superdesk_auto_script.sh" "(excerpt: the body of the heredoc the installer writes to ~/superdesk/.env.docker, copied verbatim including its leading and trailing empty line; \${...} are shell variables filled from the installer's prompts; script excerpt in originals/)" <<'EOF'
SECRET_KEY|FLAG|secret-published: literal key written into every installation by the public installer script
AUTH_SERVER_SHARED_SECRET|FLAG|secret-published: 128-hex shared secret, identical in every installation made by the script
DEMO_DATA|FLAG|beyond-gates: 1, demo content installed on a production server set up with domain and Let's Encrypt
MONGO_URI|PASS|pass-compose-host: mongodb://mongodb/superdesk, MongoDB service on the compose network, no port published
ELASTICSEARCH_URL|PASS|pass-compose-host: http://elastic:9200 compose service
REDIS_URL|PASS|pass-compose-host: redis://redis:6379/1 compose service
MAIL_PASSWORD|PASS|pass-placeholder-ref: ${smtp_password}, filled from the installer prompt
SUPERDESK_URL|PASS|pass-placeholder-ref: https://${domain_name}/api, the domain entered at install
MAIL_USE_TLS|PASS|pass-nonsecret: true
MAIL_USE_SSL|PASS|pass-nonsecret: False, STARTTLS is used on port 587 (MAIL_USE_TLS=true)
EOF

$A wx07-awesome-ttrss-compose.env "HenryQW/Awesome-TTRSS@02d89fd6e302a84760725d125b91ff27b165cd79:docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; the inline YAML comments on the labelled values inserted as # lines by addcomment.py; original in originals/)" <<'EOF'
SELF_URL_PATH|FLAG|url-local: http://localhost:181/, the public URL of Tiny Tiny RSS (comment: change to your own domain)
DB_PASS|FLAG|secret-weak: ttrss
POSTGRES_PASSWORD|FLAG|secret-weak: ttrss for the postgres superuser
NODE_ENV|PASS|pass-nonsecret: production
EOF

$A wx08-labomaker-news-ghost-config-production.properties "Hcs66/labomaker-news@bd64cce408a55223696dbf301a23aad359cc79e7:config.production.json" "(Ghost config.production.json flattened by json2props.py; original in originals/)" <<'EOF'
database.connection.password|FLAG|secret-weak: root*2018 for the MySQL root account of the production blog
database.connection.host|FLAG|db-loopback: localhost
url|FLAG|tls-off: http://news.labomaker.com, the public site URL (links, admin login) without TLS
mail.transport|FLAG|beyond-gates: Direct mail transport for a production site
database.connection.user|PASS|pass-nonsecret: root, a user name
server.host|PASS|pass-nonsecret: 127.0.0.1 bind address behind the reverse proxy
process|PASS|pass-nonsecret: systemd
paths.contentPath|PASS|pass-nonsecret: a path
EOF

$A wx09-ghostcms-newsletter-config-production.properties "Manan-Goradiya/ghostcms-newsletter@3dace3c7fadef4b79207407d1ee70e9f18cf1f28:config.production.json" "(Ghost config.production.json flattened by json2props.py; original in originals/)" <<'EOF'
logging.level|FLAG|beyond-gates: debug logging in the production config
storage.s3.debug|FLAG|beyond-gates: S3 storage adapter debug on
mail.transport|FLAG|beyond-gates: Direct mail transport for a newsletter site
url|PASS|pass-production-host: https://manandevops.site
admin.url|PASS|pass-production-host: https://ghost.manandevops.site
server.host|PASS|pass-nonsecret: :: bind address
storage.s3.assetHost|PASS|pass-prod-endpoint: CloudFront distribution
storage.active|PASS|pass-nonsecret: s3
EOF

$A wx10-ryghub-funkwhale-env-prod-sample.env "RYGhub/funkwhale@007d1f7f47a1f661683cd24785460fd6feba75c6:deploy/env.prod.sample" "(dotenv copied verbatim)" <<'EOF'
DJANGO_SECRET_KEY|FLAG|secret-empty-required: empty; the file lists it first among the variables that must be edited
FUNKWHALE_HOSTNAME|FLAG|url-placeholder: yourdomain.funkwhale, the public domain of the instance
DJANGO_ALLOWED_HOSTS|FLAG|url-placeholder: yourdomain
RAVEN_DSN|PASS|pass-switched-off: RAVEN_ENABLED=false; the DSN is the upstream project's error-report endpoint offered on purpose
RAVEN_ENABLED|PASS|pass-nonsecret: false
FUNKWHALE_API_IP|PASS|pass-nonsecret: 127.0.0.1 bind address behind the reverse proxy
FUNKWHALE_PROTOCOL|PASS|pass-nonsecret: https
DJANGO_SETTINGS_MODULE|PASS|pass-nonsecret: config.settings.production
REVERSE_PROXY_TYPE|PASS|pass-nonsecret: nginx
EOF

$A wx11-reel2bits-env-prod-sample.env "reel2bits/reel2bits@001569c02ee5370180fe524391ab89648cceec06:deploy/env.prod.sample" "(dotenv copied verbatim)" <<'EOF'
SECRET_KEY|FLAG|secret-published: 38rufm3q8uft38gjqh-g31g3j0 shipped in the public sample (comment: generate with openssl rand -hex 42)
SECURITY_PASSWORD_SALT|FLAG|secret-weak: omgponies, published password salt
SQLALCHEMY_DATABASE_URI|FLAG|db-default-creds: postgresql://postgres@postgres/postgres, superuser postgres without password on the default database
REEL2BITS_HOSTNAME|FLAG|url-placeholder: myinstance.coolname.tld, the ActivityPub domain
FLASK_ENV|PASS|pass-nonsecret: production
REEL2BITS_API_IP|PASS|pass-nonsecret: 127.0.0.1 bind address behind nginx
CELERY_BROKER_URL|PASS|pass-compose-host: redis://redis:6379/0 compose service
AP_ENABLED|PASS|pass-nonsecret: True
REEL2BITS_PROTOCOL|PASS|pass-nonsecret: https
EOF

$A wx12-madh93-homelab-miniflux-compose.env "Madh93/homelab@0f430c845194203d5a16ea4146b630daee233d91:miniflux/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; \$NAME references kept as written; original in originals/)" <<'EOF'
DATABASE_URL|FLAG|db-tls-off: sslmode=disable on the PostgreSQL connection
POSTGRES_PASSWORD|PASS|pass-placeholder-ref: $POSTGRES_PASSWORD from the environment
ADMIN_PASSWORD|PASS|pass-placeholder-ref: $MINIFLUX_PASSWORD from the environment
BASE_URL|PASS|pass-placeholder-ref: https://$DOMAIN_NAME
AUTH_PROXY_HEADER|PASS|pass-nonsecret: Remote-User header set by Authelia
AUTH_PROXY_USER_CREATION|PASS|pass-nonsecret: 1, users created from the auth proxy header
RUN_MIGRATIONS|PASS|pass-nonsecret: 1
EOF

$A wx13-information-center-rsshub-compose.env "wrd233/information-center@19b84f00d68ca18d79a74ad693661253efa644da:rsshub/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; original in originals/)" <<'EOF'
ALLOW_ORIGIN|FLAG|beyond-gates: ${ALLOW_ORIGIN:-*}, CORS open to every origin by default
NODE_ENV|PASS|pass-nonsecret: production
CACHE_TYPE|PASS|pass-nonsecret: redis
REDIS_URL|PASS|pass-compose-host: redis://redis:6379/ compose service
PUPPETEER_WS_ENDPOINT|PASS|pass-compose-host: ws://browserless:3000 compose service
CACHE_EXPIRE|PASS|pass-nonsecret: default 300 seconds
EOF

$A wx14-newspack-docker-default.env "Automattic/newspack-docker@150c9910c368e5d376803709243cd4e4b808cf1b:default.env" "(dotenv copied verbatim; no final newline upstream)" <<'EOF'
WP_ADMIN_PASSWORD|FLAG|secret-weak: wordpress (comment: change it if the site is or will be publicly accessible)
MYSQL_PASSWORD|FLAG|secret-weak: wordpress
MYSQL_ROOT_PASSWORD|FLAG|secret-weak: wordpress
WP_DOMAIN|FLAG|url-local: localhost as the WordPress site domain
MYSQL_HOST|PASS|pass-compose-host: db:3306 compose service
TABLE_PREFIX|PASS|pass-nonsecret: wp_
WP_ADMIN_USER|PASS|pass-nonsecret: a user name
EOF

$A wx15-coral-talk-compose.env "coralproject/talk@09ba535d6817e4a58072e687fa0799bfc815ef00:docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; original in originals/)" <<'EOF'
TALK_MONGO_URL|PASS|pass-compose-host: mongodb://mongo, MongoDB service on the compose network, no port published
TALK_REDIS_URL|PASS|pass-compose-host: redis://redis compose service
TALK_PORT|PASS|pass-nonsecret: 5000
EOF

$A wx16-science-direct-mvp-ojs-compose.env "GhulamMustufa/science_direct_mvp@85df08c787972382a48ed5316b5c38fedcf70a3a:ojs/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; the header comment on the DB host inserted by addcomment.py; original in originals/)" <<'EOF'
MYSQL_ROOT_PASSWORD|FLAG|secret-weak: default rootpassword in ${MYSQL_ROOT_PASSWORD:-rootpassword}
MYSQL_PASSWORD|FLAG|secret-weak: default ojspassword
OJS_DB_PASSWORD|FLAG|secret-weak: default ojspassword for the OJS database user
OJS_DB_HOST|PASS|pass-compose-host: ojs_db container
MYSQL_USER|PASS|pass-nonsecret: default ojs, a user name
MYSQL_DATABASE|PASS|pass-nonsecret: database name
EOF

$A wx17-simonxix-ghost-compose.env "SimonXIX/personal_server_docker@0241bcb610bf5ad96f76008182ed124ddce039c8:ghost/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; the url comment inserted by addcomment.py; original in originals/)" <<'EOF'
url|PASS|pass-production-host: https://opensauce.simonxix.com, the owner's own site
database__connection__host|PASS|pass-compose-host: ghost_db container
MYSQL_ROOT_PASSWORD|PASS|pass-placeholder-ref: $MYSQL_ROOT_PASSWORD from .env
database__client|PASS|pass-nonsecret: mysql
EOF

$A wx18-nprapps-app-template-app-config.properties "nprapps/app-template@00112b6c6a5e1b934b7ec0cd9ee2455deb9489dc:app_config.py" "(Python config module flattened by py2props.py: literal module-level assignments only; configure_targets() and %-formatted values not evaluated; two upstream comments inserted by addcomment.py, one line of which summarises configure_targets(); original in originals/)" <<'EOF'
NPR_DFP.ENVIRONMENT|FLAG|sandbox-switch: NPRTEST, the ad-serving (DFP) environment of the template is the test one
DEBUG|PASS|pass-nonsecret: module default True, set at runtime by configure_targets(): DEBUG = False for the production target
COPY_GOOGLE_DOC_KEY|PASS|pass-nonsecret: id of the Google spreadsheet holding page copy, not a credential
FACEBOOK_APP_ID|PASS|pass-nonsecret: public Facebook app id
PRODUCTION_S3_BUCKETS[0]|PASS|pass-production-host: apps.npr.org
STAGING_SERVERS[0]|PASS|pass-nonsecret: 50.112.92.131, a public staging server address
DISQUS_UUID|PASS|pass-placeholder-ref: $NEW_DISQUS_UUID, replaced when a project is bootstrapped from the template
DEPLOY_TO_SERVERS|PASS|pass-nonsecret: False
EOF

$A wx19-tillmzw-argocd-miniflux-values.properties "tillmzw/argocd@2c4af964af2cbb4267e5e4b1d352e44c2245a7db:miniflux/values.yaml" "(Helm values flattened with yaml2props.py rules by yaml2propsat.py; no final newline upstream; original in originals/)" <<'EOF'
miniflux.ingress.cert_issuer|FLAG|sandbox-endpoint: letsencrypt-stage, Let's Encrypt staging issuer whose certificates browsers do not trust
database.storage.className|PASS|pass-nonsecret: default
database.storage.size|PASS|pass-nonsecret: 5Gi
miniflux.resources.limits.memory|PASS|pass-nonsecret: 50Mi
EOF

$A wx20-rishikanthc-miniflux-helm-values.properties "rishikanthc/helm-charts@0357fac033533607b950cd986634e0e2e5917882:miniflux/values.yaml" "(Helm values flattened with yaml2props.py rules by yaml2propsat.py; original in originals/)" <<'EOF'
env.BASE_URL.secretKeyRef.name|PASS|pass-placeholder-ref: BASE_URL comes from Kubernetes Secret miniflux
env.DATABASE_URL.secretKeyRef.key|PASS|pass-nonsecret: dbUrl, the key name inside the Secret
postgresql.global.postgresql.auth.existingSecret|PASS|pass-nonsecret: name of the Secret holding the database passwords
postgresql.global.postgresql.auth.secretKeys.adminPasswordKey|PASS|pass-nonsecret: admin-password is a key name, not a password
postgresql.global.storageClass|PASS|pass-nonsecret: local-path, a storage class name
ingress.main.tls[0].secretName|PASS|pass-nonsecret: miniflux-tls, a TLS Secret name
env.RUN_MIGRATIONS|PASS|pass-nonsecret: 1
image.tag|PASS|pass-nonsecret: 2.0.47
EOF

$A wx21-lumina-news-config.properties "okneen123-byte/Lumina-News@31eb03a60b5a37af8b7ac9816cd3fb347c356caf:config.py" "(Python config module flattened by py2props.py; two inline German comments inserted by addcomment.py; upstream uses CRLF line endings and has no final newline, the original here is LF; original in originals/)" <<'EOF'
NEWS_API_KEY|FLAG|secret-placeholder: DEIN_NEWS_API_KEY_HIER ("your news API key here")
STRIPE_SECRET_KEY|FLAG|test-credential: sk_test_ prefix (test mode) with placeholder body DEIN_KEY
STRIPE_PUBLISHABLE_KEY|FLAG|test-credential: pk_test_ prefix (test mode) with placeholder body
PAID_USERS[0]|FLAG|beyond-gates: the paid-user list of the paywall holds user@example.com; the comment says real paid users come later
FREE_TRIAL_LIMIT|PASS|pass-nonsecret: 10 requests a day
UPDATE_INTERVAL_HOURS|PASS|pass-nonsecret: 3
EOF

$A wx22-narrative-news-revenue-environment.env "projectpollify/Narritive-News-WebApp@fdb1d2a66e4ac9ffbb3e3039605f58a61ff127b8:Artifacts/revenue_environment.sh" "(KEY=\"value\" lines without export, dotenv syntax, copied verbatim; quotes are part of the text as written; no final newline upstream)" <<'EOF'
EMAIL_SERVER_PASSWORD|FLAG|secret-placeholder: "your-app-password"
MAILCHIMP_API_KEY|FLAG|secret-placeholder: "your-mailchimp-api-key" (optional integration, but a non-empty value is set)
NEXT_PUBLIC_ADSENSE_CLIENT_ID|FLAG|beyond-gates: ca-pub-1234567890123456 placeholder publisher id while ENABLE_ADS=true
STRIPE_SECRET_KEY|PASS|pass-switched-off: "sk_live_..." for the premium subscription marked future feature; ENABLE_PREMIUM_CONTENT=false
EMAIL_SERVER_HOST|PASS|pass-prod-endpoint: smtp.gmail.com
ENABLE_PREMIUM_CONTENT|PASS|pass-nonsecret: false
EMAIL_FROM|PASS|pass-nonsecret: noreply address on the site's domain
AD_REFRESH_INTERVAL|PASS|pass-nonsecret: 30000 ms
EOF

$A wx23-pulsus24-rsshub-compose.env "pierporz/pulsus24@0b7f75ee0d60f9c52974c3d4f88493e3a741beea:rsshub/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; original in originals/)" <<'EOF'
NODE_ENV|PASS|pass-nonsecret: production
CACHE_TYPE|PASS|pass-nonsecret: redis
REDIS_URL|PASS|pass-compose-host: redis://redis:6379/ compose service
PUPPETEER_WS_ENDPOINT|PASS|pass-compose-host: ws://browserless:3000 compose service
PUPPETEER_REAL_BROWSER_SERVICE|PASS|pass-compose-host: http://real-browser:3000 compose service
EOF

$A wx24-news-api-application.properties "e55o/news-api@c387a41f03e7150ee19a9b935cbf9843c7b1d561:src/main/resources/application.properties" "(Spring Boot properties copied verbatim; no final newline upstream)" <<'EOF'
spring.datasource.url|FLAG|db-loopback: SQL Server on localhost:1433
spring.datasource.password|FLAG|secret-published: MyPass@word, the sample sa password of Microsoft's SQL Server container documentation
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update, schema changed automatically at start
logging.level.org.springframework.web|FLAG|beyond-gates: DEBUG web logging
news.api.key|FLAG|secret-placeholder: <API_KEY_HERE>
news.api.baseUrl|PASS|pass-prod-endpoint: https://newsapi.org
spring.datasource.username|PASS|pass-nonsecret: sa, a user name
server.port|PASS|pass-nonsecret: 8080
EOF

$A wx25-news-tone-analysis-application.properties "kishorevilluri/news-tone-analysis@50fc5174e34a9370812c66121fdef1cf6bce6460:src/main/resources/application.properties" "(Spring Boot properties copied verbatim; no final newline upstream)" <<'EOF'
spring.datasource.password|FLAG|secret-weak: newspwd for user news
spring.jpa.show-sql|FLAG|beyond-gates: true
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update
spring.datasource.url|PASS|pass-nonsecret: Oracle XE on 10.0.0.146, a private-network host, not loopback
spring.datasource.username|PASS|pass-nonsecret: a user name
server.servlet.context-path|PASS|pass-nonsecret: /api/v1
EOF

$A wx26-speednews-application-prod.properties "doHoaSen/SpeedNews@cc1c24a4e9d8ca1e39d8c237ab624bb621aa673b:src/main/resources/application-prod.yml" "(Spring Boot YAML flattened with yaml2props.py rules by yaml2propsat.py; the Korean example comment on the URL inserted by addcomment.py; original in originals/)" <<'EOF'
spring.datasource.url|PASS|pass-placeholder-ref: ${JDBC_URL} (comment: example with sslmode=require)
spring.datasource.username|PASS|pass-placeholder-ref: ${DB_USER}
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASS}
logging.level.org.hibernate.SQL|PASS|pass-nonsecret: info (comment: avoid too detailed SQL logs in production)
EOF

$A wx27-kstate-janeway-compose-prod.env "kstatelibraries/janeway@18fbba47d462e7fdb25b5d6ecb9e2868222fc07e:docker-compose.prod.yml" "(compose environment entries written as KEY=value by compose2env.py, entries without a value left out; the APP_BUILT comment inserted by addcomment.py; original in originals/)" <<'EOF'
DB_PASSWORD|PASS|pass-placeholder-ref: ${DB_PASSWORD} from the environment
POSTGRES_PASSWORD|PASS|pass-placeholder-ref: ${DB_PASSWORD}
DB_HOST|PASS|pass-compose-host: janeway-tallgrass-postgres container
DB_USER|PASS|pass-nonsecret: janeway-web, a user name
APP_BUILT|PASS|pass-nonsecret: 1
EOF

$A wx28-sale-wall-castopod-env-example.env "thedamfr/sale-wall@e8b72200a541ae059fc30596ac9ec63261a7e09e:castopod/.env.castopod.example" "(dotenv copied verbatim)" <<'EOF'
CASTOPOD_DB_ROOT_PASSWORD|FLAG|secret-weak: castopod-root
CASTOPOD_DB_PASSWORD|FLAG|db-default-creds: user castopod with password castopod
CASTOPOD_REDIS_PASSWORD|FLAG|secret-weak: castopod-redis
CP_BASEURL|FLAG|url-local: http://localhost:8000, the public base URL of the podcast site
CP_MEDIA_BASEURL|FLAG|url-local: http://localhost:8000/media, public media URL in the podcast feeds
CP_ANALYTICS_SALT|FLAG|secret-placeholder: change-me-now
CP_DISABLE_HTTPS|FLAG|tls-off: 1 disables the HTTPS redirect
CASTOPOD_S3_SECRET|FLAG|secret-weak: castopodSecret
CASTOPOD_S3_ENDPOINT|PASS|pass-compose-host: http://s3:9000, MinIO service on the compose network
CASTOPOD_S3_REGION|PASS|pass-nonsecret: us-east-1
CASTOPOD_S3_KEY_PREFIX|PASS|pass-nonsecret: podcast/
CASTOPOD_DB_USER|PASS|pass-nonsecret: a user name
EOF

$A wx29-ghost-stack-compose.env "alwaysmpe/ghost_stack@81a7e56e8cf9bd2de3c518aa49d7af63b3274926:ghost/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; two upstream comments inserted by addcomment.py; original in originals/)" <<'EOF'
database__connection__password|FLAG|secret-weak: example (the comment calls it insecure)
MYSQL_ROOT_PASSWORD|FLAG|secret-weak: example
url|FLAG|url-local: https://${DOMAIN:-localhost} defaults to localhost
SITE_ADDRESS|FLAG|url-local: Caddy site address ${DOMAIN:-localhost} defaults to localhost
mail__options__auth__pass|PASS|pass-placeholder-ref: ${MAILGUN_PASSWORD}
database__connection__host|PASS|pass-compose-host: db service
server__host|PASS|pass-nonsecret: 0.0.0.0 bind address
mail__options__service|PASS|pass-nonsecret: Mailgun
EOF

$A wx30-educando-blog-ghost-compose.env "LorenzoESB/educando-blog@436a499ba2c1bb3dacb2f5d31f30320c13c236e9:ghost/docker-compose.yml" "(compose environment entries written as KEY=value by compose2env.py; two Portuguese comments inserted by addcomment.py; upstream uses CRLF line endings, the original here is LF; original in originals/)" <<'EOF'
url|FLAG|url-local: ${GHOST_URL:-http://localhost:2368} defaults to localhost
database__client|FLAG|db-embedded: sqlite3 (comment: SQLite forced in dev)
database__connection__filename|PASS|pass-nonsecret: a file path
logging__level|PASS|pass-nonsecret: info
EOF
