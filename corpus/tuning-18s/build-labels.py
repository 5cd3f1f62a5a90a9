# Writes the files, labels.tsv, sources.tsv and repos.txt of tuning-18s. Runs no readiness code.
from files import F
L = [
('x01','jwt.secret','FLAG','secret-weak: mySecret, a tutorial default JWT signing secret in the aws profile'),
('x01','spring.mail.password','FLAG','secret-weak: password2$, the word password and a digit, the mail account password of the aws profile'),
('x01','spring.datasource.password','FLAG','db-default-creds: empty password for root on the aws profile database'),
('x01','jwt.header','PASS','pass-nonsecret: Authorization, a header name'),
('x01','mail.from','PASS','pass-nonsecret: a sender address'),
('x01','spring.mail.host','PASS','pass-prod-endpoint: smtp.zoho.com'),
('x02','jwt.secret','FLAG','secret-weak: misecreto ("my secret"), the JWT signing secret of the aws profile'),
('x02','spring.datasource.password','FLAG','secret-weak: PetCare, the project name as the database password'),
('x02','spring.datasource.url','FLAG','db-loopback: jdbc:postgresql://localhost:5432/petcare_bd in the aws profile'),
('x02','spring.datasource.username','PASS','pass-nonsecret: postgres, a user name'),
('x03','spring.datasource.password','PASS','pass-placeholder-ref: ${DB_PASSWORD}'),
('x03','jwt.secret','PASS','pass-placeholder-ref: ${JWT_SECRET}'),
('x03','spring.datasource.username','PASS','pass-placeholder-ref: ${DB_USERNAME}'),
('x03','spring.datasource.url','FLAG','db-placeholder: tu-instancia-rds.us-east-1.rds.amazonaws.com ("your instance"), a template RDS host'),
('x03','server.address','PASS','pass-bind-address: 0.0.0.0'),
('x04','spring.datasource.password','PASS','pass-placeholder-ref: ${DB_PASSWORD}'),
('x04','spring.datasource.url','PASS','pass-placeholder-ref: ${DB_URL}'),
('x04','spring.servlet.multipart.location','PASS','pass-nonsecret: /tmp, a folder'),
('x05','jwt.secret','FLAG','secret-placeholder: default change-this-in-production of the k8s profile JWT secret'),
('x05','spring.datasource.password','FLAG','secret-weak: default password of the k8s profile database password'),
('x05','spring.kafka.bootstrap-servers','PASS','pass-compose-host: default kafka-cluster-kafka-bootstrap.kafka.svc.cluster.local:9092, the cluster service'),
('x05','jwt.expiration','PASS','pass-nonsecret: a lifetime'),
('x06','spring.datasource.password','FLAG','secret-weak: ROOTPASSWORD, a template word as the database password of the k8s profile'),
('x06','jwt.secret','FLAG','secret-published: base64 of a tutorial phrase (spring-boot-security-jwt-tutorial-...), the JWT key a public tutorial ships'),
('x06','spring.datasource.username','PASS','pass-nonsecret: k8suser, a user name'),
('x06','springdoc.api-docs.path','PASS','pass-nonsecret: a path'),
('x07','spring.datasource.password','FLAG','secret-published: a random 64-character database password committed in the k8s profile (re-randomised here)'),
('x07','minio.secret.key','FLAG','secret-weak: password, the MinIO secret key beside access key admin'),
('x07','jwt.secret','FLAG','secret-placeholder: vash_ochen_dlinniy_i_slozhniy_sekret_... ("your very long and complex secret for signing JWT tokens"), template text'),
('x07','minio.access.key','PASS','pass-nonsecret: admin, the access-key id (the secret-key row carries the problem)'),
('x07','spring.datasource.username','PASS','pass-nonsecret: postgres, a user name'),
('x07','spring.kafka.bootstrap-servers','PASS','pass-compose-host: a cluster service'),
('x08','security.oauth2.client.clientSecret','PASS','pass-placeholder-ref: ${CLIENT_SECRET}'),
('x08','security.oauth2.client.clientId','PASS','pass-placeholder-ref: ${CLIENT_ID}'),
('x08','management.endpoint.restart.enabled','PASS','pass-nonsecret: the restart endpoint, not exposed over the web by this file'),
('x09','spring.datasource.password','PASS','pass-placeholder-ref: ${DB_PWD}'),
('x09','spring.liquibase.password','PASS','pass-placeholder-ref: ${DB_PWD}'),
('x09','spring.rabbitmq.addresses','PASS','pass-placeholder-ref: amqps URL built from references'),
('x09','auth-server.issuer','PASS','pass-compose-host: http://oauth-service, the cluster service name'),
('x10','spring.datasource.password','FLAG','secret-published: a literal Cloud SQL password committed in the gcp profile (re-randomised here)'),
('x10','spring.datasource.username','PASS','pass-nonsecret: postgres, a user name'),
('x10','spring.cloud.gcp.sql.instance-connection-name','PASS','pass-nonsecret: a Cloud SQL instance name'),
('x11','spring.datasource.password','PASS','pass-placeholder-ref: ${sm://ANODIAM_DB_SECRET}, a Secret Manager reference'),
('x11','spring.datasource.username','PASS','pass-nonsecret: anodiam_user, a user name'),
('x11','spring.datasource.url','PASS','pass-compose-host: a cluster service database'),
('x12','spring.datasource.password','PASS','pass-placeholder-ref: ${DB_PASSWORD}'),
('x12','spring.config.import','PASS','pass-placeholder-ref: optional:sm://firebase-service-account, a Secret Manager import'),
('x12','spring.cloud.gcp.project-id','PASS','pass-nonsecret: a project id'),
('x12','firebase.database.url','PASS','pass-prod-endpoint: the Firebase realtime database'),
('x13','spring.datasource.password','PASS','pass-placeholder-ref: ${DATABASE_PASSWORD}'),
('x13','jwt.secret','PASS','pass-placeholder-ref: ${JWT_SECRET}'),
('x13','spring.data.redis.password','PASS','pass-placeholder-ref: ${AZURE_REDIS_PASSWORD}'),
('x13','spring.security.oauth2.client.registration.google.client-secret','PASS','pass-placeholder-ref: ${GOOGLE_CLIENT_SECRET}'),
('x13','spring.datasource.url','FLAG','db-placeholder: default ep-xxx-xxx-xxx.ap-southeast-1.aws.neon.tech, a template Neon endpoint'),
('x13','spring.mail.host','PASS','pass-prod-endpoint: smtp.gmail.com'),
('x14','spring.datasource.password','PASS','pass-placeholder-ref: ${DB_PASSWORD}'),
('x14','spring.mail.password','PASS','pass-placeholder-ref: ${PASSWORD_SMTP}'),
('x14','azure.storage.connection-string','PASS','pass-placeholder-ref: ${AZURE_STORAGE_CONNECTION_STRING}'),
('x14','server.address','PASS','pass-bind-address: 0.0.0.0'),
('x15','DB_PASSWORD','FLAG','secret-placeholder: <azure_password>'),
('x15','DB_URL','FLAG','db-placeholder: <your-azure-mysql-server>, a template host'),
('x15','GEMINI_API_KEY','PASS','pass-placeholder-ref: ${GEMINI_API_KEY}'),
('x15','spring.profiles.active','PASS','pass-nonsecret: azure, a profile name'),
]
names = {k.split('-')[0]: k for k in F}
for fn, (src, text) in F.items():
    open(fn, 'w', encoding='utf-8', newline='').write(text)
rows = sorted(((names[p], k, e, w, F[names[p]][0]) for p, k, e, w in L), key=lambda r: r[0])
with open('labels.tsv', 'w', encoding='utf-8') as f:
    f.write('file\tkey\texpected\twhy\tsource\n')
    for r in rows: f.write('\t'.join(r) + '\n')
with open('sources.tsv', 'w', encoding='utf-8') as f:
    for fn, (src, _) in sorted(F.items()):
        f.write(f'{fn}\t{src} Spring profile properties file as committed\n')
with open('repos.txt', 'w') as f:
    for r in sorted({s.split('@')[0] for s, _ in F.values()}, key=str.lower): f.write(r + '\n')
