#!/usr/bin/env python3
"""Holds the label rows of this set and writes labels.tsv, sources.tsv, repos.txt. Runs no readiness code."""
import os, re
SRC = {
"c01": ("1NAvEEN1/Transaction-Risk-Scoring-System-Backend@e68aa902904f8cc51cfbaf78de58e20591d879c5:src/main/resources/application-live.yml", "(flattened by yaml2props.py with profile live; original in yaml-originals/; the YAML has two top-level server: keys, PyYAML keeps the second, so server.port and server.error.* are absent)"),
"c02": ("cdk8s/sculptor-boot-backend@e14c6dd8d345b779d345f2eab6d6c5f62cbecad3:src/main/resources/application-live.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c03": ("CAuth-org/CAuth-Back@0966199189e6bf2a79671566653110379d76bd21:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c04": ("Alness1314/QuickMail-Backend@6ad7341ef2f87f55bd239dcd08137bb4cbe73068:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c05": ("0018arthur/anac-api@46e54972fe1d77c8584527f7f57e3f98cd86a3b1:src/main/resources/application-prod.properties", ""),
"c06": ("0xDVC/notification-system@441ebe819f3a08683a996e398173db363e8e3a70:src/main/resources/application-prod.properties", "(no final newline; last line ends with a space)"),
"c07": ("Capsule-Corp-Cucuta/StationeryControl-User-API@0fc1fc4db186a3330c9043732da6a496850fa57f:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c08": ("entrepreneur-interet-general/gobelins-devops@02d59af12e732438065992ec2cb94db9bc065543:group_vars/production.yml", "(Ansible group vars flattened by yaml2props.py; original in yaml-originals/)"),
"c09": ("AstroPlant/astroplant-server-deployment@113ddf8411c5e9654b22aa5dcc0a14bad51930d0:group_vars/production.yml", "(Ansible group vars flattened by yaml2props.py; original in yaml-originals/)"),
"c10": ("1111philo/htc-dashboard@7d21bef8846035546c6a1895c87d0ce369f32d85:.env.staging", "(no final newline)"),
"c11": ("Arsen-Tadevosyan/bank@2e73692134fd9bc671336358337bec7300954e0b:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; original in yaml-originals/; YAML nulls become empty values)"),
"c12": ("Central-MakeUs/RunCombi_Server@15c4a33e0b73b713480258f6c075f729df3634db:src/main/resources/application-live.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c13": ("developiaa/spring-commerce@58ca97b5cddb1ae4752b1a267948c9b84b860a81:src/main/resources/application-live.yml", "(flattened by yaml2props.py with profile live; original in yaml-originals/)"),
"c14": ("Artur-Bertoni/Finance-Control@0d1dad47b2c1fe5e7473510963bfdeb75ae5020c:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c15": ("CarPoolService-mungta/mungta-partymanagement-service@05ae149b54205af013a7cecf9fd55ffdc26e937a:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; both YAML documents kept: the second uses the old spring.profiles: prod key, which yaml2props does not treat as on-profile; original in yaml-originals/)"),
"c16": ("AGES-Pro-Mata/infrastructure@426551d20b6d1e62f235f1058bfbcceb66c76bee:terraform.tfvars.example", "(Terraform tfvars, TOML-compatible here, flattened by toml2props.py; original in originals/)"),
"c17": ("Andrei961130/BankAPI@972b576ec7d186ce1696fc6bebd7b5b71d3f9f6c:appsettings.Production.json", "(JSON flattened by json2props.py; original in originals/)"),
"c18": ("0xaje/KorriPay@25ab7588474a0b1c0550cf002b711cf5fb0c457c:.env.staging", ""),
"c19": ("AnimeNL/volunteer-manager@3593cdd533be92d14c7dc88612ae3ee56baff373:.env.production.sample", ""),
"c20": ("CtrlAltElite-Devs/api.faculytics@81f0a97b9836e54034c7b12660f41bb287f0bd4c:.env.production.sample", ""),
"c21": ("Kyutech-C3/new_mastodon@0e1c95c35b8d115748298395f8c6c705e45bce5c:.env.production.sample", ""),
"c22": ("41north/jitsi-do@3dc30a8a07e27bf08ef8392a7270bbca4bb9f504:terraform.tfvars.example", "(Terraform tfvars, TOML-compatible here, flattened by toml2props.py; original in originals/)"),
"c23": ("M3-K0/adelaide-weather-production@46d293b1210b9f34a0e27ecf7427ba97e28ccde7:.env.production.sample", "(no final newline)"),
"c24": ("BTS-escapeRoom/BTS-Backend@18c64f497ca70b4e9d4a720d7a5d7192baefe4c6:src/main/resources/application-prd.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c25": ("lyvius2/lifelog@2c47f884968ccc82a2719201e8b93dcc5da688f9:src/main/resources/application-live.yml", "(flattened by yaml2props.py; original in yaml-originals/)"),
"c26": ("Luckxpress/LuckXpress-Backend@267426d00601c271b79902d2608b3efca5fbe421:k8s/production/configmap.yaml", "(Kubernetes ConfigMap whose data key application-k8s.yml holds a Spring Boot YAML; that embedded YAML was extracted and flattened by yaml2props.py; both in yaml-originals/)"),
"c27": ("JoaoPJPrioli/PLC_logic_decompiler@c0c4b419a87a1efade9b9293bfd33b26379a1721:k8s/production/configmap.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; original in yaml-originals/, CRLF line ends as the stored count shows)"),
"c28": ("HyperScale-Fitness-Platform/gym-auth-service@073254408548a1e6826135a75fb7b7a7dad827bb:k8s/prod/configmap.yaml", "(Kubernetes ConfigMap flattened by yaml2props.py; original in yaml-originals/)"),
"c29": ("24-HUB/poker-game@ab0a88445fd1fef55a2b2a469ca23a32a68c2020:.env.prod.example", ""),
"c30": ("0rakul0/IPEA_editorial@1161d625a9e02786a105b9005e774ade233d17d0:.env.docker.example", ""),
"c31": ("0xfurai/peekaping@540d499e9ba5dacf5ce694b7733b2c60e61a5918:.env.prod.example", ""),
"c32": ("0xGingi/eternals-rebirth@99dc00d7cfdf4ab8ae86dd3fdb219bf98833a7ac:.env.docker.example", ""),
"c33": ("33-bit/MedChatbot@7d698813ed17d54cf1eb92a5f7877bdde202502f:.env.docker.example", ""),
"c34": ("13636572517/TradingAgents@aeca3d2fa938de658301a438d13005cc5a9a43d3:.env.prod.example", ""),
"c35": ("Frikanalen/infra@025ea3c327029868c21c249122f12c37b670c968:group_vars/prod.yml", "(Ansible group vars flattened by yaml2props.py; original in yaml-originals/)"),
"c36": ("ecohealthalliance/grits-deploy-ansible@61df704e92f8d8fe025ff61a0952c0c57a52f7a7:group_vars/prod.yml", "(Ansible group vars flattened by yaml2props.py; original in yaml-originals/)"),
"c37": ("circle-ckovalev/freefeed-ansible@46d8f66b1e424b9d8691b176f8567b8ef37042bf:group_vars/prod.yml", "(Ansible group vars flattened by yaml2props.py; original in yaml-originals/)"),
}
ROWS = """
c01|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/riskdb_prod in the live profile ("Production/Live Environment Configuration")
c01|spring.datasource.username|PASS|pass-nonsecret: ${DB_USERNAME:prod_user}, the default is a user name
c01|spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD} with no default ("Must be set via environment variable")
c01|app.cors.allowed-origins|FLAG|template-host: default allow-list http://localhost:3000,https://yourdomain.com, the production origin left as a template host
c01|spring.graphql.graphiql.enabled|PASS|pass-switched-off: false, GraphiQL off in production
c01|spring.jpa.show-sql|PASS|pass-switched-off: false
c01|spring.config.activate.on-profile|PASS|pass-mode-name: live, a profile name
c02|spring.datasource.url|FLAG|db-tls-off: MySQL at mysql.cdk8s.com with useSSL=false in the live profile
c02|spring.datasource.password|FLAG|secret-weak: ${SPRING_MYSQL_PASSWORD:123456}, judged by the default 123456
c02|spring.datasource.druid.stat-view-servlet.login-password|FLAG|secret-weak: 123456 for the Druid monitoring console (login admin)
c02|spring.redis.password|FLAG|secret-weak: ${SPRING_REDIS_PASSWORD:123456}, default 123456
c02|tkey.sso.oauth.client.client-secret|FLAG|test-credential: test_client_secret_1, a test OAuth client secret in the live profile
c02|spring.h2.console.enabled|FLAG|beyond-gates: H2 console enabled in the live profile
c02|tkey.sso.oauth.tgc-cookie-secure|FLAG|beyond-gates: SSO ticket cookie without the Secure flag
c02|custom.properties.init.start-test-data-init-enabled|FLAG|beyond-gates: test data initialised at start-up in live
c02|spring.redis.host|PASS|pass-internal-host: ${SPRING_REDIS_HOST:redis.cdk8s.com}, a named back-end host
c02|debug|PASS|pass-switched-off: false
c02|logging.config|PASS|pass-nonsecret: classpath:logback/logback-prod.xml
c02|tkey.sso.oauth.access-token-max-time-to-live-in-seconds|PASS|pass-nonsecret: 43200, a token lifetime, not a token
c03|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://127.0.0.1:3306/keyauth in the prd profile
c03|spring.datasource.password|FLAG|secret-published: literal DB password jymbFGkKDWhsxnF8 committed in a public prd profile
c03|spring.datasource.username|PASS|pass-nonsecret: keyAuth, a user name
c03|CAuth.isPrintSQL|FLAG|beyond-gates: SQL printing on in prd
c03|logging.config|FLAG|beyond-gates: classpath:logback-dev.xml, the development logging config in prd
c03|CAuth.version|PASS|pass-nonsecret: V1.0.0.1
c04|server.ssl.key-store-password|PASS|pass-placeholder-ref: ${PFX_PASSWORD}
c04|server.ssl.key-store|PASS|pass-placeholder-ref: ${PFX_PATH}, a key-store path from the environment
c04|server.ssl.enabled|PASS|pass-tls-on: true
c04|spring.mail.password|PASS|pass-placeholder-ref: ${EMAIL_PASSWORD}
c04|spring.mail.host|PASS|pass-placeholder-ref: ${EMAIL_HOST}
c04|spring.mail.properties.mail.smtp.ssl.enable|PASS|pass-placeholder-ref: ${SMTP_SSL_ENABLE}, a TLS switch from the environment
c04|spring.mail.properties.mail.smtp.starttls.enable|PASS|pass-placeholder-ref: ${SMTP_STARTTLS_ENABLE}
c05|spring.datasource.url|PASS|pass-tls-on: jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}?sslmode=require, host from the environment, TLS required
c05|spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
c05|jwt.jwtSecret|PASS|pass-placeholder-ref: ${JWT_SECRET}
c05|spring.mail.host|PASS|pass-prod-endpoint: smtp.gmail.com
c05|spring.mail.password|PASS|pass-placeholder-ref: ${SPRING_MAIL_PASSWORD}
c05|spring.mail.properties.mail.smtp.starttls.required|PASS|pass-tls-on: true
c05|app.alert.email|PASS|pass-nonsecret: an alert recipient address (default), not a credential
c06|spring.datasource.password|FLAG|secret-weak: ${DATABASE_PASSWORD:password}, judged by the default "password"
c06|spring.datasource.url|PASS|pass-compose-host: default jdbc:postgresql://postgres:5432/notification_service, a compose service host
c06|spring.datasource.username|PASS|pass-nonsecret: default postgres, a user name
c06|aws.ses.secret-key|PASS|pass-placeholder-ref: ${AWS_SES_SECRET_KEY}
c06|aws.ses.access-key|PASS|pass-placeholder-ref: ${AWS_SES_ACCESS_KEY}
c06|mnotify.api.key|PASS|pass-placeholder-ref: ${MNOTIFY_API_KEY}
c06|mnotify.api.url|PASS|pass-prod-endpoint: default https://api.mnotify.com/api (Ghana SMS provider)
c07|spring.datasource.url|FLAG|db-embedded: jdbc:h2:file:~/stationerycontrol-user, an embedded H2 file database in the prd profile
c07|spring.datasource.password|FLAG|db-default-creds: user sa with an empty password, H2's default credentials
c07|spring.h2.console.enabled|PASS|pass-switched-off: false
c07|eureka.client.serviceUrl.defaultZone|PASS|pass-compose-host: http://eureka-service:8081/eureka/, a service host
c07|spring.jpa.show-sql|PASS|pass-switched-off: false
c08|environment.http_proxy|PASS|pass-internal-host: http://proxy-web.culture.fr:8000, the ministry's outbound proxy
c08|proxy_host|PASS|pass-internal-host: proxy-web.culture.fr
c08|virtualhosts.gobelins.servernames[0]|PASS|pass-production-host: collection.mobiliernational.fr
c08|virtualhosts.gobelins.servernames[2]|PASS|pass-production-host: admin.collection.mobiliernational.culture.gouv.fr
c08|virtualhosts.datasource.servernames[0]|PASS|pass-production-host: datasource.collection.mobiliernational.culture.gouv.fr
c08|virtualhosts.gobelins.run_queue_worker|PASS|pass-nonsecret: false
c09|mysql_users[0].password|PASS|pass-placeholder-ref: {{ mysql_users_pass }}, an Ansible variable reference (vault), not a literal
c09|mysql_bind_address|PASS|pass-bind-address: 0.0.0.0
c09|mysql_users[0].name|PASS|pass-nonsecret: astroplant
c10|VITE_USERPOOLWEBCLIENTID|PASS|pass-nonsecret: a Cognito web app client id, public by design (no client secret)
c10|VITE_USERPOOLID|PASS|pass-nonsecret: a Cognito user pool id
c10|VITE_API_URL|PASS|pass-prod-endpoint: https://api.apolis.dev
c10|VITE_FILES_URL|PASS|pass-prod-endpoint: https://files.apolis.dev
c10|VITE_BRANCH|PASS|pass-mode-name: staging, a branch label in a staging file
c11|spring.datasource.password|FLAG|secret-empty-required: the database password is empty in the prd profile
c11|spring.datasource.url|FLAG|db-placeholder: empty datasource URL in the prd profile
c11|spring.mail.password|FLAG|secret-empty-required: empty Gmail SMTP password with smtp.auth=true
c11|spring.mail.host|PASS|pass-prod-endpoint: smtp.gmail.com
c11|spring.mail.properties.mail.smtp.starttls.enable|PASS|pass-tls-on: true
c11|spring.jpa.hibernate.ddl-auto|PASS|pass-nonsecret: none
c12|spring.datasource.password|PASS|pass-placeholder-ref: ${MYSQL_PASSWORD}
c12|spring.datasource.url|PASS|pass-placeholder-ref: host, port and database from the environment
c12|spring.jwt.secret-key|PASS|pass-placeholder-ref: ${JWT_SECRET_KEY}
c12|spring.s3.secret-key|PASS|pass-placeholder-ref: ${S3_SECRET_KEY}
c12|spring.s3.access-key|PASS|pass-placeholder-ref: ${S3_ACCESS_KEY}
c12|spring.jpa.show-sql|FLAG|beyond-gates: SQL logging on in the live profile
c13|spring.datasource.url|FLAG|db-loopback: jdbc:mariadb://localhost:3306/commerce in the live profile
c13|spring.datasource.password|FLAG|secret-weak: root (user root)
c13|logging.level.org.springframework.web|FLAG|beyond-gates: debug web logging in live
c13|spring.config.activate.on-profile|PASS|pass-mode-name: live
c13|spring.application.name|PASS|pass-nonsecret: commerce-api
c14|spring.datasource.url|PASS|pass-compose-host: jdbc:postgresql://postgres:5433/finance-control-prd, a compose service host
c14|spring.flyway.password|PASS|pass-placeholder-ref: ${POSTGRES_PASSWORD}
c14|spring.flyway.user|PASS|pass-placeholder-ref: ${POSTGRES_USER}
c14|spring.flyway.url|PASS|pass-placeholder-ref: ${spring.datasource.url}, a self-reference
c14|server.error.include-message|FLAG|beyond-gates: error messages always returned to clients in prd
c15|spring.datasource.url|PASS|pass-placeholder-ref: jdbc:mysql://${DB_HOST}:3306/..., host from the environment
c15|spring.datasource.username|PASS|pass-placeholder-ref: ${DB_USERNAME}
c15|spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
c15|spring.profiles|PASS|pass-mode-name: prod
c15|api.url.user|PASS|pass-compose-host: http://user:8081/api/user, a service host
c15|spring.jpa.show-sql|FLAG|beyond-gates: SQL logging on (plus hibernate.type trace) in the prod document
c18|DATABASE_URL|PASS|pass-placeholder-ref: user, password and host all ${...} references
c18|REDIS_URL|PASS|pass-placeholder-ref: redis://${REDIS_HOST_STAGING}:6379/0
c18|NODE_ENV|PASS|pass-mode-name: staging, the mode of a staging file
c22|do_token|FLAG|secret-placeholder: yourtoken, the DigitalOcean API token
c22|domain|FLAG|template-host: mydomain.com, the Jitsi server's public domain
c22|ssh_key_name|PASS|pass-nonsecret: the name of an SSH key registered at DigitalOcean, not a key
c16|cloudflare_api_token|FLAG|secret-placeholder: your-cloudflare-api-token (file says all resources are created as production)
c16|ssh_public_key|PASS|pass-nonsecret: an SSH public key (template), not a secret
c16|domain_name|PASS|pass-production-host: promata.com.br
c16|admin_email|PASS|pass-nonsecret: admin@promata.com.br
c17|ConnectionStrings.MainDatabase|FLAG|db-loopback: Server=(localdb)\\Bank, SQL Server LocalDB (a local developer instance) in production settings
c17|Logging.LogLevel.Default|PASS|pass-nonsecret: Information
c19|APP_COOKIE_PASSWORD|FLAG|secret-placeholder: my_password
c19|APP_DATABASE_SERVER|FLAG|db-loopback: 127.0.0.1 in the production sample
c19|APP_DATABASE_PASSWORD|FLAG|secret-placeholder: notarealpassword
c19|APP_IP2LOCATION_TOKEN|FLAG|secret-placeholder: MyPrivateToken
c19|APP_PASSWORD_SALT|FLAG|secret-placeholder: my_salt
c19|APP_SCHEDULER_PASSWORD|FLAG|secret-placeholder: my_password
c19|APP_ANPLAN_URL_KEY|FLAG|secret-published: random-looking literal key in a public sample file
c19|APP_SCHEDULER_ENABLED|PASS|pass-nonsecret: 1, a switch
c19|APP_DATABASE_QUERY_LOG|PASS|pass-switched-off: 0
c20|JWT_SECRET|FLAG|secret-empty-required: empty; the Authentication section is not marked optional
c20|REFRESH_SECRET|FLAG|secret-empty-required: empty refresh-token secret
c20|MOODLE_MASTER_KEY|FLAG|secret-empty-required: empty Moodle web-service key, the app's data source
c20|OPENAI_API_KEY|FLAG|secret-empty-required: empty; OpenAI section is outside the "Optional" blocks
c20|SUPER_ADMIN_PASSWORD|FLAG|secret-placeholder: changeme-use-a-strong-password
c20|SUPER_ADMIN_USERNAME|PASS|pass-nonsecret: superadmin, a user name
c20|CORS_ORIGINS|PASS|pass-prod-endpoint: ["https://faculytics.ctr3.org"]
c20|SYNC_ON_STARTUP|PASS|pass-nonsecret: true
c21|LOCAL_DOMAIN|FLAG|template-host: example.com as the instance domain
c21|SECRET_KEY_BASE|FLAG|secret-empty-required: empty Rails secret
c21|ES_PASS|FLAG|secret-weak: password, with ES_ENABLED=true
c21|S3_ALIAS_HOST|FLAG|template-host: files.example.com
c21|AWS_SECRET_ACCESS_KEY|FLAG|secret-empty-required: empty while S3_ENABLED=true
c21|SMTP_PASSWORD|FLAG|secret-empty-required: empty SMTP password (SMTP_SERVER/SMTP_LOGIN empty too); Mastodon sends sign-up confirmation mail
c21|DB_HOST|PASS|pass-nonsecret: /var/run/postgresql, a Unix socket directory (peer auth)
c21|DB_NAME|PASS|pass-nonsecret: mastodon_production
c21|FETCH_REPLIES_ENABLED|PASS|pass-switched-off: false
c23|API_TOKEN|FLAG|secret-placeholder: CHANGE-ME-TO-SECURE-PRODUCTION-TOKEN
c23|GRAFANA_PASSWORD|FLAG|secret-placeholder: CHANGE-ME-TO-SECURE-PASSWORD
c23|REDIS_PASSWORD|FLAG|secret-placeholder: CHANGE-ME-TO-SECURE-REDIS-PASSWORD
c23|CORS_ORIGINS|FLAG|template-host: https://your-domain.com
c23|ALERT_WEBHOOK|FLAG|url-placeholder: https://your-alerting-system.com/webhook
c23|ALERT_EMAIL|FLAG|template-host: alerts@your-domain.com, alerts sent to a template domain
c23|REDIS_URL|PASS|pass-compose-host: redis://redis:6379
c23|SSL_KEY_PATH|PASS|pass-nonsecret: /etc/nginx/ssl/key.pem, a path, not a key
c23|ENVIRONMENT|PASS|pass-nonsecret: production
c24|spring.security.jwt.secret-key|PASS|pass-placeholder-ref: resolved from AWS Parameter Store (spring.config.import=aws-parameterstore:...)
c24|spring.security.oauth2.client.registration.kakao.client-secret|PASS|pass-placeholder-ref: from Parameter Store
c24|spring.security.oauth2.client.provider.apple.private-key|PASS|pass-placeholder-ref: from Parameter Store
c24|spring.datasource.password|PASS|pass-placeholder-ref: from Parameter Store
c24|kakao.admin-key|PASS|pass-placeholder-ref: from Parameter Store
c24|spring.config.import|PASS|pass-secret-ref: ${config.type}, an AWS Parameter Store import
c24|server.host|PASS|pass-production-host: apis.bangtal-boys.com
c24|spring.security.oauth2.client.provider.kakao.token-uri|PASS|pass-prod-endpoint: https://kauth.kakao.com/oauth/token
c25|spring.datasource.url|PASS|pass-managed-db: Aiven managed MySQL with ssl-mode=REQUIRED
c25|spring.h2.console.enabled|PASS|pass-switched-off: false
c25|spring.jpa.show-sql|PASS|pass-switched-off: false
c26|spring.redis.host|PASS|pass-compose-host: redis-service, a Kubernetes service
c26|spring.kafka.bootstrap-servers|PASS|pass-compose-host: kafka-service:9092
c26|luckxpress.security.cors.allowed-origins[0]|PASS|pass-prod-endpoint: https://luckxpress.com
c26|luckxpress.security.cors.allowed-origins[2]|PASS|pass-prod-endpoint: https://admin.luckxpress.com
c26|luckxpress.security.jwt.expiration|PASS|pass-nonsecret: 86400, a lifetime
c27|data.postgres_url|FLAG|secret-placeholder: postgresql://plc_user:secure_password@database:5432/..., template password in a production ConfigMap
c27|data.redis_url|PASS|pass-compose-host: redis://redis:6379
c27|data.environment|PASS|pass-nonsecret: production
c28|data.DB_HOST|FLAG|db-placeholder: <db-endpoint>
c28|data.SALT_ROUNDS|PASS|pass-nonsecret: 10, a bcrypt cost, not a salt
c28|data.JWT_EXPIRY|PASS|pass-nonsecret: 1h
c28|data.DB_NAME|PASS|pass-nonsecret: gym_auth
c29|DATABASE_URL|FLAG|db-placeholder: postgres://postgres:CHANGE_ME@db:5432/poker_db
c29|POSTGRES_PASSWORD|FLAG|secret-placeholder: CHANGE_ME
c29|BETTER_AUTH_SECRET|FLAG|secret-placeholder: CHANGE_ME_32_CHAR_RANDOM_SECRET
c29|CORS_ORIGIN|FLAG|template-host: https://your-domain.com
c29|VITE_API_URL|FLAG|url-placeholder: https://your-domain.com, the public API URL browsers use
c30|OPENAI_API_KEY|FLAG|secret-placeholder: sk-substitua-por-sua-chave ("replace with your key")
c30|LLM_PRIMARY_PROVIDER|PASS|pass-nonsecret: openai
c30|OPENAI_MODEL|PASS|pass-nonsecret: a model name
c31|DB_PASS|FLAG|secret-weak: password (user root)
c31|CLIENT_URL|FLAG|url-local: http://localhost:5173, the client URL in the production example
c31|DB_HOST|PASS|pass-compose-host: database
c31|REDIS_HOST|PASS|pass-compose-host: redis
c31|REDIS_PASSWORD|PASS|pass-compose-host: empty Redis password on a compose service host (policy)
c31|MODE|PASS|pass-nonsecret: prod
c32|TELEGRAM_TOKEN|FLAG|secret-empty-required: empty bot token of a Telegram bot
c32|MONGO_ROOT_PASSWORD|FLAG|secret-weak: admin
c32|MONGODB_URI|FLAG|db-default-creds: mongodb://admin:admin@127.0.0.1:27021/..., default credentials on loopback
c32|MONGO_ROOT_USERNAME|PASS|pass-nonsecret: admin, a user name
c33|LLM_API_KEY|FLAG|secret-empty-required: empty key of the LLM the chatbot needs
c33|NEO4J_PASSWORD|FLAG|secret-placeholder: change-this-local-neo4j-password
c33|QDRANT_URL|PASS|pass-compose-host: http://qdrant:6333
c33|NEO4J_URI|PASS|pass-compose-host: bolt://neo4j:7687
c33|REDIS_URL|PASS|pass-compose-host: redis://redis:6379/0
c33|PAYOS_BASE_URL|PASS|pass-prod-endpoint: https://api-merchant.payos.vn
c34|DATABASE_URL|FLAG|db-placeholder: YOUR_DB_USER:YOUR_DB_PASSWORD@127.0.0.1
c34|JWT_SECRET|FLAG|secret-placeholder: CHANGE_ME_GENERATE_WITH_openssl_rand_hex_32 (file: must be set)
c34|REDIS_URL|PASS|pass-compose-host: redis://redis:6379/0 (Docker internal network)
c35|django_db_secret_name|PASS|pass-secret-ref: django-postgres-passwords, the name of a Kubernetes Secret
c35|caspar_host|PASS|pass-internal-host: 192.168.3.35, a playout server on the private network
c35|django_db_host|PASS|pass-compose-host: django-postgres, a cluster service
c35|frikanalen_domain|PASS|pass-production-host: frikanalen.no
c35|frikanalen_scheme|PASS|pass-tls-on: https
c36|mongo_url|PASS|pass-internal-host: mongodb://172.30.2.123:27017, a private VPC address
c36|celery_broker|PASS|pass-internal-host: private VPC MongoDB
c36|domain|PASS|pass-production-host: grits.eha.io
c36|diagnose_on_launch|PASS|pass-switched-off: false
c37|recaptcha_sitekey|PASS|pass-public-key: a reCAPTCHA site key, public by design
c37|auth_token_prefix|PASS|pass-nonsecret: freefeedBETA_, a token prefix, not a token
c37|pepyatka_hostname|PASS|pass-production-host: freefeed.net
c37|pepyatka_frontend_scheme|PASS|pass-tls-on: https
c37|nginx_restrict_users_ip|PASS|pass-production-host: 136.243.23.88, the production server address
"""
files = sorted(f for f in os.listdir('.') if re.match(r'c\d\d-', f))
fmap = {f[:3]: f for f in files}
out = ["file\tkey\texpected\twhy\tsource"]
for line in ROWS.strip().split("\n"):
    n, k, e, w = line.split("|", 3)
    out.append(f"{fmap[n]}\t{k}\t{e}\t{w}\t{SRC[n][0]}")
out = [out[0]] + sorted(out[1:], key=lambda r: r.split("\t")[0])
open("labels.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
open("sources.tsv", "w", encoding="utf-8").write("".join(f"{fmap[n]}\t{s}{(' ' + note) if note else ''}\n" for n, (s, note) in sorted(SRC.items())))
open("repos.txt", "w").write("".join(sorted({s.split('@')[0] + "\n" for s, _ in SRC.values()}, key=str.lower)))
