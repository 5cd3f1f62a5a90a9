set -e
A(){ python3 add.py "$1" "$2" "$3"; }
A v01-servio-application-prod.properties "Pezu/servio@2df6b2916841a508bd9299cca8f71876a2024cb5:api/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py; single document, no on-profile)" <<'X'
netopia.base-url|FLAG|sandbox-endpoint: ${NETOPIA_BASE_URL:https://secure.sandbox.netopia-payments.com}, the default of the "Netopia production settings" is the Netopia sandbox host
application.base-url|PASS|pass-production-host: https://servioapp.ro, the public domain (comment: never localhost)
jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET} with no default (comment lists it as required)
cors.allowed-origins|PASS|pass-nonsecret: production origins plus https://localhost and capacitor://localhost, which the comment explains are the Capacitor WebView origins of the mobile app
X
A v02-e-commerce-be-payment-application-prod.properties "FiveD-SE/e-commerce-be@ae9bcf6935fb91e9111fae35189a02a3c735bfbf:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
payment.gateways.paypal.mode|PASS|pass-nonsecret: ${PAYPAL_MODE:live}, live is the production PayPal mode
payment.gateways.vnpay.url|PASS|pass-prod-endpoint: default https://vnpayment.vn/paymentv2/vpcpay.html, the VNPay production payment page (not sandbox.vnpayment.vn)
payment.gateways.momo.endpoint|PASS|pass-prod-endpoint: default https://payment.momo.vn, the MoMo production endpoint
spring.datasource.url|PASS|pass-compose-host: jdbc:mysql://payment-mysql:3306/payment_service with useSSL=true&requireSSL=true
X
A v03-cab-aggregator-app-payment-application-prod.properties "Naza1re/cab-aggregator-app@0f75ed064a47bdabd0017b8f00ab0fd200b615f1:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
stripe.secret|FLAG|test-credential: sk_test_ Stripe secret key in the prod profile, payments would run in Stripe test mode (and the key is published)
stripe.public|FLAG|test-credential: pk_test_ publishable key in the prod profile, the checkout would run in Stripe test mode
X
A v04-streamercontracts-api-application-prod.properties "NateMoeller/StreamerContracts@211229d8274fd5a23d4f6f73d7a39f0e171170c4:api/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
paypal.clientId|PASS|pass-nonsecret: a PayPal REST client ID, a public identifier that the browser SDK exposes anyway; no client secret in the file
paypal.mode|PASS|pass-nonsecret: production, the live PayPal mode
security.oauth2.client.clientId|PASS|pass-nonsecret: the Twitch OAuth client ID, a public identifier (the client secret is not in this file)
X
A v05-black-everyday-server-payment-application-prod.properties "Black-EveryDay/black-everyday-server@69a37a686e6cc7797c55d041c704b088401199de:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/product?useSSL=false& in the prod profile (and TLS off)
pg.tosspayments.secret-key|PASS|pass-placeholder-ref: ${TOSS_PAYMENTS_SECRET_KEY}
pg.tosspayments.base-url|PASS|pass-placeholder-ref: ${TOSS_PAYMENTS_BASE_URL}
X
A v06-payment-microservices-application-prod.properties "Plgdhd/Payment-microservices@261d3b14b4bd8e2fd2f79a79fa091b32486da039:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.data.mongodb.uri|FLAG|db-loopback: ${MONGO_URI:mongodb://localhost:27017/paymentdb}, the prod default is a MongoDB on localhost without credentials
random.api.url|PASS|pass-prod-endpoint: default https://www.randomnumberapi.com, a public API
X
A v07-kakan-be-payment-application-prod.properties "andev03/kakan_be@882dc026b56be53bff0bcdd006976b8440cf0446:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py; banner-mode: off read as YAML 1.1 false)" <<'X'
spring.datasource.password|FLAG|secret-weak: 12345 for the postgres user of the production payment database
spring.datasource.username|PASS|pass-nonsecret: postgres, a user name
vnpay.host|PASS|pass-production-host: https://kakan-be.nguyenhoangan.site/payment, the service's own public host used for VNPay returns
X
A v08-payment-system-payment-application-prod.properties "Snardix/payment-system@07abb8de337b160d175f688a794be61b70b76ffe:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.password|FLAG|db-default-creds: root, the same word as the user name
spring.datasource.username|PASS|pass-nonsecret: root, a user name
spring.datasource.url|PASS|pass-compose-host: jdbc:postgresql://postgres:5432/payment_service, a compose service host
X
A v09-ebanking-payment-application-prod.properties "LatifahFall/Ebanking-3.0@884da6a3c10f67314334e3c192a58d3885f2d73d:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.url|FLAG|db-loopback: ${DATABASE_URL:jdbc:postgresql://localhost:5433/ebanking_payment}, judged by its default: a database on localhost
spring.datasource.password|FLAG|secret-empty-required: ${DATABASE_PASSWORD:}, the production database password defaults to empty
keycloak.auth-server-url|PASS|pass-compose-host: default http://keycloak:8080/auth, the Keycloak container on the internal network
keycloak.ssl-required|PASS|pass-nonsecret: default all, TLS required for all requests
X
A v10-ticketrush-payment-application-prod.properties "TicketRush/TicketRush-backend@68f104cd836a19b61ef81dfec0ad7b8ab1de6052:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
gateway.internal-token|PASS|pass-placeholder-ref: ${GATEWAY_INTERNAL_TOKEN}, no default (comment: must be injected in production, fail-fast)
custom.security.internal-token|PASS|pass-placeholder-ref: ${INTERNAL_API_TOKEN}, no default (overrides the base file's test default)
X
A v11-btailor-payment-application-prod.properties "istiaqahmed121998/Btailor@2c79d1d58bade6327730de7c0f1394334db72f50:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
server.error.include-stacktrace|FLAG|beyond-gates: always, stack traces returned to API clients in production
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
spring.datasource.url|PASS|pass-placeholder-ref: jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}
X
A v12-skillance-payment-application-prod.properties "lakshitha200/SkilLance@4f255146d6c9baf0f2c0cfb0c0db5a1719742fbf:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.password|FLAG|secret-weak: lakshitha12, the user name plus two digits
spring.datasource.username|PASS|pass-nonsecret: lakshitha, a user name
spring.datasource.url|PASS|pass-compose-host: jdbc:postgresql://postgres-payment:5432/skillance-payments
X
A v13-slaholig-payment-application-prod.properties "metju-ac/Slaholig@45821e4d3da64d143a8f3855d326ed65b30901a5:payment-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.password|FLAG|db-default-creds: admin/admin for the production payment database
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update, Hibernate alters the production schema at start-up
spring.datasource.username|PASS|pass-nonsecret: admin, a user name
logging.loki.url|PASS|pass-compose-host: http://loki:3100, the Loki container
X
A v14-object-storage-system-auth-application-prod.properties "123Brijesh44aa/object-storage-system@6ba8565dc03b664707ee8d71f5c05167ac618130:auth-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.url|FLAG|db-loopback: jdbc:mysql://${DB_HOST:localhost}:${DB_PORT:3308}/..., host defaults to localhost (and useSSL=false) in the profile the header calls real server deployment
spring.security.oauth2.client.registration.github.redirect-uri|FLAG|url-local: http://localhost:8080/login/oauth2/code/github, the GitHub OAuth return URL of the production profile is on localhost
spring.security.oauth2.client.registration.github.client-secret|PASS|pass-placeholder-ref: ${GITHUB_CLIENT_SECRET}
app.jwt.secret|PASS|pass-placeholder-ref: ${JWT_SECRET}
X
A v15-notifybot-auth-application-prod.properties "ArthurArutunyan04/NotifyBot@8933ad7cdd90dfdda246964a74ea12b45d937a81:auth-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.password|FLAG|secret-weak: ${DB_PASSWORD:password123}, judged by its default
jwt.secret|FLAG|secret-placeholder: ${JWT_SECRET:yourVerySecretKey123456789013377}, a stand-in signing key as the default
spring.datasource.username|PASS|pass-nonsecret: ${DB_USER:taskuser}, a user name
spring.datasource.url|PASS|pass-compose-host: jdbc:postgresql://${DB_HOST:postgres}:5432/..., defaults to the postgres compose service
X
A v16-fablewhirl-auth-application-prod.properties "Fl1s/fablewhirl@260455fbcfb728b1a9ff02d8e3f9c7ba9e46d6d5:auth-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
keycloak.credentials.secret|PASS|pass-placeholder-ref: ${KEYCLOAK.CREDENTIALS.SECRET}, no default
keycloak.auth-server-url|PASS|pass-placeholder-ref: ${KEYCLOAK.AUTH_SERVER_URL}, no default
X
A v17-revive-backend-auth-application-prod.properties "Revive-Graduation-Project/revive-backend@617188caa31d69f130114d9e8e5c8a58902925e0:auth-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update, Hibernate alters the production schema at start-up
spring.rabbitmq.password|PASS|pass-placeholder-ref: ${RABBITMQ_PASSWORD}
spring.datasource.url|PASS|pass-placeholder-ref: ${DATABASE_URL}
X
A v18-cubicleride-auth-application-prod.properties "Harshit-FullStackDev/CubicleRide-Backend@8e6463969ca4a377fb9bb4b29acd9ae8a93e8868:auth-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.url|FLAG|db-loopback: ${DATASOURCE_URL:jdbc:mysql://localhost:3306/carpool_auth}, judged by its default
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: ${JPA_DDL_AUTO:update}, schema updates at start-up by default
spring.datasource.username|PASS|pass-nonsecret: ${DATASOURCE_USERNAME:root}, a user name
spring.mail.host|PASS|pass-prod-endpoint: ${MAIL_HOST:smtp.gmail.com}, the Gmail SMTP relay
X
A v19-sb06-mopl-application-prod.properties "3Park/sb06-mopl-team01@46d3815d2f8cef98d2b695d5a0f925cf8152563f:src/main/resources/application-prod.yaml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.security.oauth2.client.registration.kakao.redirect-uri|PASS|pass-nonsecret: {baseUrl}/login/oauth2/code/kakao, Spring Security's template resolved from the request
spring.security.oauth2.client.registration.google.client-secret|PASS|pass-placeholder-ref: ${GOOGLE_SECRET}
spring.security.oauth2.client.provider.kakao.token-uri|PASS|pass-prod-endpoint: https://kauth.kakao.com/oauth/token, the Kakao production token endpoint
X
A v20-sb03-otboo-application-prod.properties "33otot/sb03-otboo-team03@05a678844e456bd84e7188ad544bd0a292aa3ff1:src/main/resources/application-prod.yaml" "(Spring YAML flattened by yaml2props.py; the file's single document has on-profile: prod and is kept)" <<'X'
otboo.jwt.secret|FLAG|secret-empty-required: ${JWT_SECRET:}, the token-signing key defaults to empty
otboo.storage.type|PASS|pass-nonsecret: ${STORAGE_TYPE:local}, local is a storage mode name (the S3 block is configured from variables)
spring.elasticsearch.uris|PASS|pass-internal-host: default 172.31.36.45:9200, a private VPC address of the Elasticsearch node
spring.kafka.properties.sasl.jaas.config|PASS|pass-placeholder-ref: PLAIN login with username/password from ${CONFLUENT_API_KEY}/${CONFLUENT_API_SECRET}
X
A v21-medifind-notification-application-prod.properties "Adhithya-bolishetti/MediFind@57e08fa9c6c9497c303e2a129d1f406e00d7d27d:notification-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.mail.password|FLAG|secret-empty-required: ${MAIL_PASSWORD:}, the notification service's SMTP password defaults to empty while the profile switches SMTP auth on
spring.mail.properties.mail.smtp.auth|PASS|pass-nonsecret: ${MAIL_SMTP_AUTH:true}
application.security.jwt.secret-key|PASS|pass-placeholder-ref: ${JWT_SECRET}
X
A v22-cashlens-server-application-prod.properties "GareerSenpai/Cashlens@570d0d0dc3b6c2079e4cab428a069a9627193184:server/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
password.reset.url|FLAG|url-local: http://localhost:5173/reset-password, the link mailed to users for password resets points at a local dev server
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update, Hibernate alters the production schema at start-up
spring.mail.host|PASS|pass-prod-endpoint: smtp.gmail.com
spring.mail.password|PASS|pass-placeholder-ref: ${MAIL_PASSWORD}
X
A v23-buurbak-api-application-prod.properties "BuurBak/BuurBak@22be87b95c23c112d2e55d394c97626a13d9a652:api/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update, Hibernate alters the production schema at start-up
spring.datasource.password|PASS|pass-placeholder-ref: ${sm://BUURBAK_DATABASE_PASSWORD}, a Spring Cloud GCP Secret Manager reference
jwt.secret-key|PASS|pass-placeholder-ref: ${sm://JWT_SECRET}, a Secret Manager reference
X
A v24-hostelgrid-notification-application-prod.properties "Ayyappa65/Hostelgrid-Backend-Springboot@44b6dd7283d33d8d3143c8d0e667b0ebacbcb760:notification-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
spring.datasource.url|FLAG|url-placeholder: jdbc:mysql://${IP:prod-db-host}:..., the database host defaults to the stand-in name prod-db-host
spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
X
A v25-ijaa-file-service-application-prod.properties "mesahal/ijaa@4342fdb2657ec8f357920d4cc00a7069a05db5da:file-service/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py)" <<'X'
jwt.secret|FLAG|secret-published: ${JWT_SECRET:16f7e412...}, a literal 512-bit signing key committed as the production default
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update, Hibernate alters the production schema at start-up
spring.datasource.url|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_URL}
X
A v26-togedog-server-application-prod.properties "E24I/TOGEDOG@202851215fe7fc697dbef34b4d83647f4342f3ff:server/src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py; the file's single document has on-profile: prod and is kept)" <<'X'
spring.datasource.url|PASS|pass-prod-endpoint: jdbc:mysql://togedog-db....ap-northeast-2.rds.amazonaws.com:3306/togedog_db, a managed RDS host
spring.datasource.password|PASS|pass-placeholder-ref: ${MYSQL_PASSWORD}
X
A v27-331-backend-application-prod.properties "0ctopusHead/331_backend@3b8ed8c834f7bcc3a3922414e87654e04d8bde29:src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py; the multi-line plain URL is folded with spaces as YAML reads it)" <<'X'
spring.datasource.password|FLAG|db-default-creds: password for the root user
spring.datasource.url|FLAG|db-tls-off: jdbc:mysql://db:3306/selabdb?...&useSSL=false..., TLS switched off
application.security.jwt.secret-key|FLAG|secret-published: a literal base64 JWT signing key committed in the prod profile
spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: create, the production schema is dropped and recreated at every start
spring.datasource.username|PASS|pass-nonsecret: root, a user name
application.security.jwt.expiration|PASS|pass-nonsecret: 86400000, a token lifetime
X
A v28-youhaveto-application-prod.properties "10000DOO/YouHaveTo@0744356e40194f39f6d0828c27ccca81a28cc1df:src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py; spring.config.active.on-profile is the file's own misspelling, kept)" <<'X'
spring.datasource.password|PASS|pass-nonsecret: ENC(...), Jasypt ciphertext decrypted at run time with a key that is not in the file
server.ssl.key-store-password|PASS|pass-nonsecret: ENC(...), Jasypt ciphertext
server.ssl.enabled|PASS|pass-nonsecret: true, HTTPS on
X
A v29-movieland-application-prod.properties "0ffffh/movieland@53a06d24ab6bd9bb32cb7c0782ddcf109fd9c32a:src/main/resources/application-prod.yml" "(Spring YAML flattened by yaml2props.py; jwt.secret: ~ is YAML null, written empty)" <<'X'
jwt.secret|FLAG|secret-empty-required: ~ (null), the JWT signing secret of the prod profile is empty
spring.datasource.password|PASS|pass-placeholder-ref: ${JDBC_DATABASE_PASSWORD}
X
A v30-spring-bank-compose-prod-app.env "AndreychykViktor/Spring_BANK_DAN-IT@4a800556ab27ce2da8432a556086cec7578d4f98:backend/docker-compose.prod.yml" "(Compose environment: of service app written as KEY=value by compose2env.py; values verbatim, \${VAR:-default} kept)" <<'X'
DB_PASSWORD|FLAG|secret-weak: ${DB_PASSWORD:-bankpass}, judged by its default
JWT_SECRET|FLAG|secret-published: default c2VjdXJl... is base64 of "secure-secret-key-32-bytes-should-be-base64"; the comment says it must be changed in production
RABBITMQ_PASSWORD|FLAG|secret-weak: ${RABBITMQ_PASSWORD:-guest}, RabbitMQ's built-in default password
CORS_ALLOWED_ORIGINS|FLAG|beyond-gates: ${CORS_ALLOWED_ORIGINS:-*}, any origin by default
DB_HOST|PASS|pass-compose-host: db, the compose service
RABBITMQ_USERNAME|PASS|pass-nonsecret: ${RABBITMQ_USERNAME:-guest}, a user name
X
A v31-nikke-hub-k8s-backend-configmap.env "Hyuse98/nikke-hub-backend@60fea359da7eca97374739fa511281a9e6ce204d:k8s/backend-configmap.yaml" "(Kubernetes ConfigMap data: written as KEY=value; values as YAML reads them)" <<'X'
SPRING_DATASOURCE_URL|PASS|pass-compose-host: jdbc:postgresql://postgres-service:5432/outpost, a Kubernetes service host
SPRING_REDIS_HOST|PASS|pass-compose-host: redis-service, a Kubernetes service host
X
A v32-hospitalmanagement-k8s-backend-configmap.env "GangavarapuBhargav/HospitalManagement@28964a0ffa27e5780622895d6c6e7b48c0d8af8e:k8s/backend-configmap.yaml" "(Kubernetes ConfigMap data: written as KEY=value; values as YAML reads them)" <<'X'
SPRING_DATASOURCE_URL|FLAG|db-tls-off: jdbc:mysql://mysql-service:3306/hospi?useSSL=false&allowPublicKeyRetrieval=true
SPRING_JPA_HIBERNATE_DDL_AUTO|FLAG|beyond-gates: update, Hibernate alters the production schema at start-up
SPRING_DATASOURCE_DRIVER_CLASS_NAME|PASS|pass-nonsecret: a driver class
X
