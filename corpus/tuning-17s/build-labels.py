# Writes the files, labels.tsv, sources.tsv and repos.txt of tuning-17s. Runs no readiness code.
from files import F
L = [
('k01','SECRET_KEY','FLAG','secret-published: a literal Django signing key committed in docker/.env.prod, the env file the production compose reads'),
('k01','SQL_PASSWORD','FLAG','secret-weak: parser, the same as the user and database name'),
('k01','SQL_HOST','PASS','pass-compose-host: db, the compose service'),
('k01','SQL_USER','PASS','pass-nonsecret: parser, a user name (the password row carries the problem)'),
('k01','SQL_ENGINE','PASS','pass-nonsecret: a Django database backend name'),
('k02','SECRET_KEY','FLAG','secret-placeholder: change_me in the production env file'),
('k02','SQL_PASSWORD','FLAG','secret-weak: hello_django, the same as the user name'),
('k02','SQL_HOST','PASS','pass-compose-host: db'),
('k02','SQL_DATABASE','PASS','pass-nonsecret: a database name'),
('k03','SECRET_KEY','FLAG','secret-weak: django, the framework name as the signing key'),
('k03','MYSQL_ROOT_PASSWORD','FLAG','secret-weak: root, the MySQL root password equal to the user name'),
('k03','MYSQL_PASSWORD','FLAG','secret-weak: django, the same as MYSQL_USER'),
('k03','MYSQL_USER','PASS','pass-nonsecret: django, a user name'),
('k04','SECRET_KEY','FLAG','secret-placeholder: change-this-to-a-random-secret-key-in-production'),
('k04','DB_PASSWORD','FLAG','secret-placeholder: change-this-strong-password'),
('k04','EMAIL_HOST_PASSWORD','FLAG','secret-placeholder: your-app-specific-password'),
('k04','ALLOWED_HOSTS','FLAG','template-host: yourdomain.com in the production env file'),
('k04','EMAIL_HOST','PASS','pass-prod-endpoint: smtp.gmail.com'),
('k04','SECURE_HSTS_SECONDS','PASS','pass-nonsecret: a duration'),
('k04','CELERY_BROKER_URL','PASS','pass-compose-host: redis://redis:6379/0, the compose service'),
('k05','MYSQL_PASSWORD','FLAG','secret-published: a literal 40-hex database password committed in docker/.env.prod'),
('k05','MYSQL_ROOT_PASSWORD','FLAG','secret-published: a literal 40-hex root password committed in docker/.env.prod'),
('k05','REDIS_PASSWORD','FLAG','secret-published: a literal 32-hex Redis password committed in docker/.env.prod'),
('k05','CHAOJIYING_PASSWORD','FLAG','secret-placeholder: password, the template word for the captcha service password'),
('k05','CHAOJIYING_USERNAME','PASS','pass-nonsecret: username, a (template) user name, not a secret'),
('k05','VITE_BACKEND_URL','PASS','pass-compose-host: http://backend:8000, the compose service'),
('k05','DB_HOST','PASS','pass-compose-host: db'),
('k05','FLOWER_PORT','PASS','pass-nonsecret: a port'),
('k06','DJANGO_SECRET_KEY','FLAG','secret-published: a literal Django signing key committed in the staging env file (.envs/.staging/.django)'),
('k06','CELERY_FLOWER_PASSWORD','FLAG','secret-published: a literal random Flower password committed in the staging env file'),
('k06','CELERY_FLOWER_USER','PASS','pass-nonsecret: a (random) user name, not the secret'),
('k06','REDIS_URL','PASS','pass-compose-host: redis://redis:6379/0'),
('k07','DJANGO_SECRET_KEY','FLAG','secret-empty-required: empty Django signing key; the settings module is config.settings.prod'),
('k07','DJANGO_ADMIN_URL','PASS','pass-nonsecret: an admin path (marked allowlisted), not a credential'),
('k07','DJANGO_ALLOWED_HOSTS','FLAG','template-host: .example.com, a reserved example domain as the allowed host'),
('k07','JWT_ACCESS_TOKEN_LIFETIME_MINUTES','PASS','pass-nonsecret: a lifetime'),
('k07','GOOGLE_APPLICATION_CREDENTIALS','PASS','pass-nonsecret: firebase_cred.json, a file name'),
('k08','flyway.password','PASS','pass-placeholder-ref: ${DATABASE_PASSWORD}'),
('k08','flyway.user','PASS','pass-placeholder-ref: ${DATABASE_USER}'),
('k08','flyway.locations','PASS','pass-nonsecret: a migrations folder'),
('k09','flyway.password','PASS','pass-placeholder-ref: ${DB_PASSWORD}'),
('k09','flyway.url','PASS','pass-placeholder-ref: jdbc:postgresql://${DB_HOST}/${DB_NAME}'),
('k09','flyway.table','PASS','pass-nonsecret: a table name'),
('k10','flyway.password','FLAG','secret-weak: password, a literal database password in the committed Flyway conf'),
('k10','flyway.user','PASS','pass-nonsecret: postgres, a user name'),
('k10','flyway.locations','PASS','pass-nonsecret: a migrations folder'),
('k11','flyway.password','FLAG','secret-weak: postgres123, the user name and digits'),
('k11','flyway.schemas','PASS','pass-nonsecret: a schema name'),
('k12','password','FLAG','secret-weak: bestuser, the same as the user name'),
('k12','username','PASS','pass-nonsecret: bestuser, a user name'),
('k12','changeLogFile','PASS','pass-nonsecret: a changelog path'),
('k13','password','FLAG','secret-weak: admin, the same as the user name'),
('k13','driver','PASS','pass-nonsecret: a JDBC driver class'),
('k14','password','FLAG','secret-weak: sa, a two-letter default password'),
('k14','logLevel','PASS','pass-nonsecret: info'),
('k15','password','FLAG','secret-published: jB9g_wEp$=, a literal database password committed in liquibase.properties'),
('k15','username','PASS','pass-nonsecret: tgbot_user, a user name'),
('k15','referenceUrl','PASS','pass-nonsecret: a hibernate reference URL, no credential'),
('k16','password','FLAG','secret-weak: authid_core_app202507130433, the user name followed by a timestamp, committed in liquibase.properties'),
('k16','username','PASS','pass-nonsecret: authid_core_app, a user name'),
('k16','defaultSchemaName','PASS','pass-nonsecret: a schema name'),
('k17','password','PASS','pass-placeholder-ref: ${LIQUIBASE_PASSWORD}'),
('k17','url','PASS','pass-placeholder-ref: ${LIQUIBASE_URL}'),
('k17','classpath','PASS','pass-nonsecret: a jar file name'),
]
names = {k.split('-')[0]: k for k in F}
CRLF = {'k16-authid-core-liquibase.properties'}  # committed with CRLF line ends (451 characters upstream)
for fn, (src, text) in F.items():
    if fn in CRLF: text = text.replace('\n', '\r\n')
    open(fn, 'w', encoding='utf-8', newline='').write(text)
rows = sorted(((names[p], k, e, w, F[names[p]][0]) for p, k, e, w in L), key=lambda r: r[0])
with open('labels.tsv', 'w', encoding='utf-8') as f:
    f.write('file\tkey\texpected\twhy\tsource\n')
    for r in rows: f.write('\t'.join(r) + '\n')
with open('sources.tsv', 'w', encoding='utf-8') as f:
    for fn, (src, _) in sorted(F.items()):
        kind = 'dotenv file as committed' if fn.endswith('.env') else 'Java properties file as committed (Flyway/Liquibase conf)'
        f.write(f'{fn}\t{src} {kind}\n')
with open('repos.txt', 'w') as f:
    for r in sorted({s.split('@')[0] for s, _ in F.values()}, key=str.lower): f.write(r + '\n')
