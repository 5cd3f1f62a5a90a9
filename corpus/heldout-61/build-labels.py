#!/usr/bin/env python3
"""Writes labels.tsv, sources.tsv, repos.txt of this folder from the rows below. Runs no readiness code."""
S = {
"p01-kafka-streamsfixer-kafka.properties": ("GeoffWilliams/kafka-streamsfixer@9f14ac9f00d69932de8e990ada854a9870cb5431:src/main/resources/kafka.properties", "as committed (original also in originals/GeoffWilliams__kafka.properties)"),
"p02-confluent-learn-flink-producer.properties": ("confluentinc/learn-dataflow-programming-with-flink-and-kafka@86a0128bf2e1669d2df2340b8685714a79790521:src/main/resources/producer.properties", "as committed; no final newline"),
"p03-daf-replicate-ingestion-producer.properties": ("italia/daf-replicate-ingestion@410ab58263eb02cd70f81365781a2c73556e1dcf:src/main/resources/producer.properties", "as committed"),
"p04-trade-frankenstein-producer.properties": ("codedictatorstudio-cds/trade_frankenstein@6f4984c76ad2821bce549fb10f8f27efb9494dff:src/main/resources/producer.properties", "as committed; no final newline"),
"p05-vn-bank-transaction-producer.properties": ("giangstrider/VN-Bank-Transaction-Parsing@a91227444784e70b808bdcde05b22275ba5e77c0:src/main/resources/producer.properties", "as committed"),
"p06-algorithmarena-producer.properties": ("IntuitiveDesigns/AlgorithmArena@1b2940849656e72098a5fcd0e440f59ba7746931:src/main/resources/producer.properties", "as committed"),
"p07-hydroidapi-quartz.properties": ("AlexHarp/HydroidAPI@9f082cef22862b577ff191f38459c2d129916db9:src/main/resources/quartz.properties", "as committed; no final newline"),
"p08-spring-cluster-quartz-quartz.properties": ("AaronFeng2014/spring-cluster-quartz@beaeb6694e695f9f1bd15ec0c6810e97bebe3d2a:src/main/resources/quartz.properties", "as committed; no final newline"),
"p09-mfa-services-hibernate.properties": ("ARUNJOSE144/mfa-services@413b0d5f6eae5d08be0cc47bc76907b8950e4a83:src/main/resources/hibernate.properties", "as committed (values after '= ' keep no leading space once parsed)"),
"p10-steelbox-hibernate.properties": ("AJ2Softwares/SteelBox@b51f1e6826d145dde9e12412c081c5f772fed154:src/main/resources/hibernate.properties", "as committed; no final newline; @...@ are Maven resource-filter tokens"),
"p11-alfresco-process-infra-m2-settings.properties": ("Alfresco/alfresco-process-infrastructure-deployment@a0e38d46276b10b056dfdf8c04341431094e2648:.m2/settings.xml", "Maven settings.xml flattened by hand (server.<id>.username/password); original in originals/alfresco__settings.xml"),
"p12-cruglobal-aws-sdk-m2-settings.properties": ("CruGlobal/aws-sdk@4b93189be71780d8ca3e0fa52c62bade46182e9b:.m2/settings.xml", "Maven settings.xml flattened by hand (mirror.<id>.url, server.<id>.username/password, profile.<p>.repository.<id>.url; pluginRepositories omitted); original in originals/cruglobal__settings.xml"),
"p13-contezza-openzaak-m2-settings.properties": ("Contezza/openzaak-packaging@8d57dbd560cb4c5a8d21ffe61246f267f48e5b24:.m2/settings.xml", "Maven settings.xml flattened by hand (servers, profile repositories; the <configuration><email> of one server omitted); original in originals/contezza__settings.xml"),
"p14-dariah-colreg-m2-settings.properties": ("DARIAH-DE/colreg@d2f4c1f17d0b7a9dc472b16360f274a319292b9b:.m2/settings.xml", "Maven settings.xml flattened by hand (servers, profile repositories; pluginRepositories omitted); original in originals/dariah__settings.xml"),
"p15-basyx-java-components-m2-settings.properties": ("BaSys-PC1/basyx-java-components@487383f808c698bebc3214d9703164f73165f4d5:.m2/settings.xml", "Maven settings.xml flattened by hand (profile repositories, servers; alt*DeploymentRepository properties omitted); original in originals/basyx__settings.xml"),
"p16-devops-woc-training-alertmanager.properties": ("AndrewHMCTS/devops-woc-training@35059195b079f47f00ca10e3fdb2d2115422d4af:alertmanager.yml", "YAML flattened by yaml2props.py; original in originals/hmcts__alertmanager.yml"),
"p17-bb-monitoring-alertmanager.properties": ("BankingBattle/BB_monitoring@73ddf132700fa9f4aa5cb65d6d73014d736e661d:alertmanager.yml", "YAML flattened by yaml2props.py; original in originals/bankingbattle__alertmanager.yml"),
"p18-ghananautical-ditest-k8s-prod-deployment.properties": ("GhanaNauticalnfo/ditest@0029ce8844aeb3b62324cff21a3f69d03b6aaf08:k8s/prod/deployment.yaml", "three YAML documents (Deployment, Service, Ingress) flattened like yaml2props.py but each key prefixed with its document's kind (yaml2props would merge them); original in originals/ghana__deployment.yaml"),
"p19-medicojob-user-service-k8s-prod-deployment.properties": ("MedicoJobs/medicojob-user-service@5888b8fe0044e12aebc2aa4e1540f38e16885708:k8s/prod/deployment.yaml", "YAML flattened by yaml2props.py (env list kept as env[i].name/value); original in originals/medicojob__deployment.yaml"),
"p20-alumni-network-application-heroku.properties": ("Alumni-Network-App/Alumni-network-backend2@e269fe8a3d75e14f8eb9182423afa6c3976d2761:src/main/resources/application-heroku.properties", "as committed; starts with an empty line; no final newline"),
"p21-bettorleague-application-heroku.properties": ("BettorLeague/spring-boot-server@13cdc34fc9f78787c3b71f4682c4208be70492ac:src/main/resources/application-heroku.properties", "as committed; no final newline"),
"p22-cbt-application-heroku.properties": ("ChibuezePaul/cbt@37589601f9d4aaea11e0a027d60525beea15c857:src/main/resources/application-heroku.properties", "as committed; no final newline"),
"p23-kieserverapp-application-mysql.properties": ("ASS-MUIT/kieServerApp@c6986e71c58e7c8f1050b09826aff0b39e046bf1:src/main/resources/application-mysql.properties", "as committed"),
"p24-ezpark-application-mysql.properties": ("AltixOrganization/EzPark-Web-Service@9415b53c48c3026e6434bf06bd5752ec2bd835f8:src/main/resources/application-mysql.properties", "as committed; no final newline"),
"p25-bookmarc-application-mysql.properties": ("AnanthaRajuC/Bookmarc@80cf64d3c25e9bdd892a3f3582d67e50e2df9469:src/main/resources/application-mysql.properties", "as committed; no final newline; two values end in a trailing space"),
"p26-aw-labs-apps-application-mysql.properties": ("AhmedShaltout85/aw-labs-apps@79391d6a2bdfbb280b9e4ecad8e45dcc1508cec4:src/main/resources/application-mysql.properties", "as committed"),
"p27-mod-linked-data-application-kafka.properties": ("folio-org/mod-linked-data@035f266b6e6f11ac3eff6f5593a2a778e5045880:src/main/resources/application-kafka.yml", "YAML flattened by yaml2props.py; original in originals/folio__application-kafka.yml"),
"p28-kafkaclienttoolbox-application-kafka.properties": ("LMDC-UFF/KafkaClientToolbox@df91aa37a98a1f805bffc65f0ef079fa72be9653:src/main/resources/application-kafka.yml", "YAML flattened by yaml2props.py; original in originals/uff__application-kafka.yml"),
"p29-finvibe-user-application-kafka.properties": ("DEPth-FinVibe/Finvibe_Backend_User@03645d7cee45d24d2d9da3c4f39727e423b19fe9:src/main/resources/application-kafka.yml", "YAML flattened by yaml2props.py (Korean comment dropped); original in originals/finvibe__application-kafka.yml"),
"p30-makao-deploy-application-kafka.properties": ("Makao-team/makao-deploy@7decad908d790f8e7029e4cf15d71e118e32e262:src/main/resources/application-kafka.yml", "YAML flattened by yaml2props.py; original in originals/makao__application-kafka.yml"),
"p31-closememo-command-application-kafka.properties": ("closememo/command@373279e1c4d1608a616489e1df82af74f032e54d:src/main/resources/application-kafka.yml", "multi-document YAML flattened by yaml2props.py with profile 'real' (the file's production profile; local/dev documents dropped); original in originals/closememo__application-kafka.yml"),
"p32-lawyer-crm-java-application-mysql.properties": ("AFukunaga06/lawyer_crm_java@0c045c50db7c1c567c0a53c56ac6b2e065a13f8a:src/main/resources/application-mysql.properties", "as committed; Japanese comments"),
"p33-smart-campus-maintenance-application-mysql.properties": ("Albert101255/smart-campus-maintenance@6bc27a35c4ed8354bc3723fe31618883c4a19fda:src/main/resources/application-mysql.properties", "as committed"),
"p34-castor-application-mysql.properties": ("AjohnsonLS/castor@39468c93db27ac742b7b93effdd8a4ba052252a2:src/main/resources/application-mysql.properties", "as committed; no final newline"),
"p35-mycinema-mvc-application-mysql.properties": ("AlexVulpoiu/MyCinema-MVC@1909a954a5c383d9bcead16537ae32d2f6193a83:src/main/resources/application-mysql.properties", "as committed; keys padded with spaces before '='; no final newline"),
"p36-hospital-app-application-mysql.properties": ("AhmedYMDev/Hospital-App@57a3d01613fef598147c1a672949fcd1a2ed4fa4:src/main/resources/application-mysql.properties", "as committed"),
}
R = """
p01|e2e.secret|FLAG|secret-published: t0ps3cret!123456, a literal AES end-to-end encryption key in a public resource file
p01|e2e.algo|PASS|pass-nonsecret: AES, an algorithm name next to the secret
p01|application.id|PASS|pass-nonsecret: streams-fixer, a Kafka Streams application id
p01|auto.offset.reset|PASS|pass-nonsecret: earliest, a consumer setting
p02|sasl.jaas.config|FLAG|secret-placeholder: PlainLoginModule with username='<USERNAME>' password='<PASSWORD>', template placeholders for the Confluent Cloud API key and secret
p02|bootstrap.servers|FLAG|template-host: <BOOTSTRAP_SERVER>, a placeholder broker address
p02|security.protocol|PASS|pass-tls-on: SASL_SSL, TLS on
p02|sasl.mechanism|PASS|pass-nonsecret: PLAIN, a SASL mechanism name (not a plaintext switch)
p02|client.dns.lookup|PASS|pass-nonsecret: use_all_dns_ips
p02|session.timeout.ms|PASS|pass-nonsecret: 45000
p02|acks|PASS|pass-nonsecret: all
p03|client.id|PASS|pass-nonsecret: eventProducer
p03|acks|PASS|pass-nonsecret: 1
p03|retries|PASS|pass-nonsecret: 3
p03|value.serializer|PASS|pass-nonsecret: KafkaAvroSerializer class name
p04|bootstrap.servers|PASS|pass-placeholder-ref: ${tf.kafka.bootstrap-servers}, resolved from the application's own configuration
p04|enable.idempotence|PASS|pass-nonsecret: true
p04|acks|PASS|pass-nonsecret: all
p04|client.id|PASS|pass-nonsecret: frankenstein-publisher
p04|compression.type|PASS|pass-nonsecret: snappy
p05|bootstrap.servers|PASS|pass-internal-host: four brokers on 172.16.8.21-24, a private network of the bank's cluster
p05|acks|PASS|pass-nonsecret: all
p05|retries|PASS|pass-nonsecret: 0
p05|request.timeout.ms|PASS|pass-nonsecret: 10000
p06|acks|PASS|pass-nonsecret: all
p06|compression.type|PASS|pass-nonsecret: lz4
p06|group.id|PASS|pass-nonsecret: arena-consumer-group
p06|buffer.memory|PASS|pass-nonsecret: 67108864, a buffer size
p07|org.quartz.scheduler.instanceId|PASS|pass-placeholder-ref: ${HOSTNAME}
p07|org.quartz.jobStore.class|PASS|pass-nonsecret: JobStoreTX, the JDBC job store (its data source is configured elsewhere)
p07|org.quartz.jobStore.driverDelegateClass|PASS|pass-nonsecret: PostgreSQLDelegate class name
p07|org.quartz.jobStore.isClustered|PASS|pass-nonsecret: true
p07|org.quartz.jobStore.tablePrefix|PASS|pass-nonsecret: QRTZ_
p08|org.quartz.scheduler.rmi.export|PASS|pass-switched-off: false, no RMI export
p08|org.quartz.scheduler.instanceId|PASS|pass-nonsecret: AUTO
p08|org.quartz.jobStore.isClustered|PASS|pass-nonsecret: true
p08|org.quartz.jobStore.txIsolationLevelReadCommitted|PASS|pass-nonsecret: true
p08|org.quartz.scheduler.instanceName|PASS|pass-nonsecret: MY_CLUSTERED_JOB_SCHEDULER, a scheduler name
p09|application.db.url|FLAG|db-loopback: jdbc:mysql://127.0.0.1:3306/mfa_db (also useSSL=false)
p09|application.db.password|FLAG|secret-weak: admin
p09|application.db.username|PASS|pass-nonsecret: root, a user name (the password carries the finding)
p09|hibernate.show_sql|FLAG|beyond-gates: SQL statement logging on
p09|spring.datasource.primary.jndi-name|PASS|pass-nonsecret: java:jboss/datasources/MfaDevelopmentDataSource, a JNDI name
p09|hibernate.autocommit|PASS|pass-nonsecret: false
p09|spring.connection-access|PASS|pass-nonsecret: Native, a mode name
p10|hibernate.dialect|PASS|pass-placeholder-ref: @hibernate.dialect@, a Maven resource-filter token filled at build time
p10|hibernate.show_sql|PASS|pass-placeholder-ref: @hibernate.show.sql@, filled at build time
p10|hibernate.hbm2ddl.auto|FLAG|beyond-gates: update, schema auto-update by Hibernate
p10|hibernate.search.default.directory_provider|PASS|pass-mode-name: ram, an in-memory full-text index, not a database
p10|hibernate.connection.charSet|PASS|pass-nonsecret: UTF-8
p10|hibernate.connection.release_mode|PASS|pass-nonsecret: after_transaction
p11|server.alfresco-internal.password|PASS|pass-placeholder-ref: ${env.MAVEN_PASSWORD}
p11|server.alfresco-internal.username|PASS|pass-placeholder-ref: ${env.MAVEN_USERNAME}
p11|server.alfresco-private.password|PASS|pass-placeholder-ref: ${env.MAVEN_PASSWORD}
p11|server.hylandsoftware-releases.password|PASS|pass-placeholder-ref: ${env.MAVEN_PASSWORD}
p12|server.central.password|PASS|pass-placeholder-ref: ${env.AEM_CLOUD_ARTIFACTORY_API_KEY}
p12|server.snapshots.username|PASS|pass-placeholder-ref: ${env.AEM_CLOUD_ARTIFACTORY_USER}
p12|mirror.central.url|PASS|pass-prod-endpoint: https://cruglobal.jfrog.io/cruglobal/maven-all, the organisation's Artifactory
p12|profile.artifactory.repository.maven-c.url|PASS|pass-prod-endpoint: https://repo1.maven.org/maven2/, Maven Central
p13|server.secret-items.password|PASS|pass-placeholder-ref: ${env.CNTZ_GITLAB_NEXUS_PASSWD} (the id 'secret-items' is a repository name)
p13|server.secret-items.username|PASS|pass-placeholder-ref: ${env.CNTZ_GITLAB_NEXUS_USER}
p13|server.git.contezza.nl.password|PASS|pass-placeholder-ref: ${env.CNTZ_GIT_OAUTH_PASSWD}
p13|server.harbor.contezza.nl.password|PASS|pass-placeholder-ref: ${env.CNTZ_DOCKER_HARBOR_PASSWD}
p13|profile.default.repository.secret-items.url|PASS|pass-prod-endpoint: https://nexus.contezza.nl/repository/secret-items/, the company's Nexus
p14|server.central.password|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_PASS}
p14|server.central.username|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_USER}
p14|server.snapshots.password|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_PASS}
p14|profile.artifactory.repository.central.url|PASS|pass-prod-endpoint: https://minfba.de.dariah.eu/artifactory/dariah-release-proxy, the research infrastructure's Artifactory
p15|server.basys-nexus.password|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_PASS}
p15|server.basys-nexus.username|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_USER}
p15|profile.gitlab.repository.basys-nexus.url|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_URL}/maven-public/
p15|profile.gitlab.repository.basys-snapshots.url|PASS|pass-placeholder-ref: ${env.MAVEN_REPO_URL}/maven-snapshots/
p16|global.smtp_auth_password|PASS|pass-placeholder-ref: ${SMTP_AUTH_PASSWORD}
p16|global.smtp_auth_username|PASS|pass-placeholder-ref: ${GF_SMTP_USER}
p16|global.smtp_smarthost|PASS|pass-prod-endpoint: smtp.gmail.com:587, a production mail provider
p16|global.smtp_require_tls|PASS|pass-tls-on: true
p16|receivers[0].email_configs[0].to|PASS|pass-placeholder-ref: ${GF_SMTP_USER}
p17|receivers[0].telegram_configs[0].bot_token|PASS|pass-placeholder-ref: ${BOT_TOKEN}
p17|receivers[0].telegram_configs[0].api_url|PASS|pass-prod-endpoint: https://api.telegram.org
p17|receivers[0].telegram_configs[0].chat_id|PASS|pass-placeholder-ref: ${CHAT_ID}
p17|receivers[0].telegram_configs[0].parse_mode|PASS|pass-nonsecret: HTML
p18|Ingress.metadata.annotations[cert-manager.io/cluster-issuer]|PASS|pass-prod-endpoint: letsencrypt-prod, the production ACME issuer (not letsencrypt-staging)
p18|Ingress.spec.rules[0].host|PASS|pass-production-host: snapper.ghananautical.info
p18|Ingress.spec.tls[0].secretName|PASS|pass-secret-ref: snapper-tls, the name of a Kubernetes TLS Secret
p18|Deployment.metadata.namespace|PASS|pass-nonsecret: prod
p18|Service.spec.type|PASS|pass-nonsecret: ClusterIP
p19|spec.template.spec.containers[0].envFrom[1].secretRef.name|PASS|pass-secret-ref: medicojob-secrets, a Kubernetes Secret supplies the values
p19|spec.template.spec.containers[0].envFrom[0].configMapRef.name|PASS|pass-nonsecret: medicojob-config
p19|spec.template.spec.containers[0].env[0].value|PASS|pass-nonsecret: 5000, the PORT variable
p19|spec.template.spec.automountServiceAccountToken|PASS|pass-switched-off: false (a Token key holding a switch)
p19|metadata.namespace|PASS|pass-nonsecret: prod
p20|user.database.password|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_PASSWORD}
p20|user.database.username|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_USERNAME}
p20|user.database.url|PASS|pass-placeholder-ref: ${SPRING_DATASOURCE_URL}
p20|user.database.hibernate.ddl|PASS|pass-placeholder-ref: ${SPRING_JPA_HIBERNATE_DDL-AUTO}
p21|spring.datasource.url|PASS|pass-placeholder-ref: ${JDBC_DATABASE_URL}, set by Heroku
p21|spring.datasource.password|PASS|pass-placeholder-ref: ${JDBC_DATABASE_PASSWORD}
p21|spring.datasource.username|PASS|pass-placeholder-ref: ${JDBC_DATABASE_USERNAME}
p21|spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: create-drop in the Heroku deployment profile drops the schema on shutdown
p21|logging.level.org.hibernate.type|FLAG|beyond-gates: TRACE logs SQL bind values in the deployed profile
p21|spring.jpa.show-sql|PASS|pass-switched-off: false
p22|spring.datasource.url|PASS|pass-placeholder-ref: ${DB_URL}
p22|spring.datasource.username|PASS|pass-placeholder-ref: ${DB_USERNAME}
p22|spring.datasource.password|PASS|pass-placeholder-ref: ${DB_PASSWORD}
p22|spring.jpa.database|PASS|pass-nonsecret: mysql, an engine name
p23|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/jbpm
p23|spring.datasource.password|FLAG|db-default-creds: jbpm/jbpm, the jBPM sample database credentials (password equals the user name)
p23|spring.datasource.username|PASS|pass-nonsecret: jbpm, a user name (the password carries the finding)
p23|server.address|PASS|pass-bind-address: 0.0.0.0
p23|kieserver.location|PASS|pass-self-call: http://localhost:8090/rest/server, the KIE server's own REST location on its own port (no controller is configured)
p23|jbpm.executor.enabled|PASS|pass-switched-off: false
p23|spring.jpa.properties.hibernate.show_sql|PASS|pass-switched-off: false
p24|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/ezpark (also useSSL=false)
p24|spring.datasource.password|FLAG|secret-weak: root
p24|spring.datasource.username|PASS|pass-nonsecret: root, a user name (the password carries the finding)
p24|spring.jpa.show-sql|FLAG|beyond-gates: SQL logging on
p24|logging.level.org.hibernate.type.descriptor.sql|FLAG|beyond-gates: TRACE logs SQL bind values
p24|spring.datasource.driver-class-name|PASS|pass-nonsecret: com.mysql.cj.jdbc.Driver
p25|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/bookmarc (also useSSL=false, allowPublicKeyRetrieval=true)
p25|spring.datasource.password|FLAG|secret-weak: bookmarc, the same as the user and database name
p25|spring.datasource.username|PASS|pass-nonsecret: bookmarc, a user name
p25|management.endpoints.web.exposure.include|FLAG|beyond-gates: * exposes every actuator endpoint over HTTP
p25|management.endpoint.shutdown.enabled|FLAG|beyond-gates: the shutdown endpoint is enabled and exposed
p25|server.port|PASS|pass-nonsecret: 0, a random port
p25|chrome.bookmarks.file.windows|PASS|pass-nonsecret: a local file path of the browser's bookmarks
p25|spring.flyway.enabled|PASS|pass-nonsecret: true
p26|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/awco-labs
p26|spring.datasource.password|FLAG|secret-weak: root
p26|spring.datasource.username|PASS|pass-nonsecret: root, a user name (the password carries the finding)
p26|debug|FLAG|beyond-gates: debug = true (Spring Boot debug auto-configuration report)
p26|spring.jpa.show-sql|FLAG|beyond-gates: SQL logging on
p26|server.servlet.context-path|PASS|pass-nonsecret: /aw-labs-apps
p27|spring.kafka.bootstrap-servers|PASS|pass-compose-host: ${KAFKA_HOST:kafka}:${KAFKA_PORT:9092}, default is the 'kafka' service host
p27|spring.kafka.producer.acks|PASS|pass-nonsecret: all
p27|spring.kafka.producer.properties.enable.idempotence|PASS|pass-nonsecret: true
p27|folio.kafka.listener.bibframes.group-id|PASS|pass-placeholder-ref: ${folio.environment}-linked-data-bibframe-group
p27|folio.kafka.retry-interval-ms|PASS|pass-nonsecret: ${KAFKA_RETRY_INTERVAL_MS:10}, default 10 ms
p28|spring.kafka.bootstrap-servers|PASS|pass-placeholder-ref: ${KAFKA_SERVERS}
p28|spring.kafka.consumer.group-id|PASS|pass-placeholder-ref: ${KAFKA_GROUP_ID}
p28|kafka.topic|PASS|pass-placeholder-ref: ${KAFKA_TOPIC}
p28|kafka.sender-enable|PASS|pass-nonsecret: true
p28|kafka.group-id|PASS|pass-nonsecret: group_data_science
p29|spring.kafka.consumer.properties.spring.json.trusted.packages|FLAG|beyond-gates: * trusts every package for JSON deserialisation (the file's own comment says to restrict it in production)
p29|spring.kafka.consumer.group-id|PASS|pass-nonsecret: demo-group
p29|spring.kafka.consumer.auto-offset-reset|PASS|pass-nonsecret: earliest
p29|spring.kafka.producer.value-serializer|PASS|pass-nonsecret: JsonSerializer class name
p30|spring.kafka.bootstrap-servers|PASS|pass-compose-host: ${MAKAO_DEPLOY_KAFKA_URL:kafka:9092}, default is the 'kafka' service host
p30|spring.kafka.consumer.properties.spring.json.trusted.packages|PASS|pass-nonsecret: com.makao.deploy.*, restricted to the service's own package
p30|spring.kafka.consumer.group-id|PASS|pass-nonsecret: makao-deploy
p30|spring.kafka.consumer.auto-offset-reset|PASS|pass-nonsecret: earliest
p31|spring.kafka.bootstrap-servers|PASS|pass-production-host: kafka1.closememo.com:19092 in the 'real' (production) profile
p31|spring.config.activate.on-profile|PASS|pass-mode-name: real, the production profile name
p31|spring.kafka.consumer.group-id|PASS|pass-placeholder-ref: ${random.value}, a random group per instance
p31|spring.kafka.producer.acks|PASS|pass-nonsecret: 1
p31|spring.kafka.consumer.enable-auto-commit|PASS|pass-nonsecret: true
p32|spring.datasource.url|FLAG|db-loopback: ${DB_URL:jdbc:mysql://localhost:3306/lawyer_crm_java...}, judged by its default, in the file its comment calls the production MySQL profile
p32|spring.datasource.password|FLAG|secret-published: ${DB_PASS:lwcr_xzr512}, the default is a literal password in a public file
p32|spring.datasource.username|PASS|pass-nonsecret: ${DB_USER:lawyer_user}, a user name default
p32|spring.jpa.hibernate.ddl-auto|FLAG|beyond-gates: update in the production profile
p32|spring.jpa.show-sql|PASS|pass-switched-off: false
p32|spring.h2.console.enabled|PASS|pass-switched-off: false, H2 console off
p33|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/smart_campus_db (also useSSL=false)
p33|spring.datasource.password|FLAG|secret-weak: ${DB_PASSWORD:root}, judged by its default root
p33|spring.datasource.username|PASS|pass-nonsecret: root, a user name (the password carries the finding)
p33|spring.jpa.show-sql|PASS|pass-switched-off: false
p34|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://${MYSQL_HOST:localhost}:3306/petclinic, default host localhost
p34|spring.datasource.password|FLAG|db-default-creds: petclinic/petclinic, the Spring PetClinic sample credentials
p34|spring.datasource.username|PASS|pass-nonsecret: petclinic, a user name (the password carries the finding)
p34|management.endpoints.web.exposure.include|FLAG|beyond-gates: * exposes every actuator endpoint
p34|management.endpoint.chaosmonkey.enabled|FLAG|beyond-gates: the Chaos Monkey actuator endpoint is enabled and exposed (it can switch the monkey on remotely)
p34|chaos.monkey.enabled|PASS|pass-switched-off: false
p34|spring.profiles.active|PASS|pass-mode-name: chaos-monkey, a profile name
p34|database|PASS|pass-nonsecret: mysql, an engine name
p34|management.info.git.mode|PASS|pass-nonsecret: full
p35|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/my_cinema_mvc
p35|spring.datasource.password|FLAG|secret-weak: admin
p35|spring.datasource.username|PASS|pass-nonsecret: root, a user name (the password carries the finding)
p35|spring.sql.init.platform|PASS|pass-nonsecret: mysql
p36|spring.datasource.url|FLAG|db-loopback: jdbc:mysql://localhost:3306/hospital_db (also useSSL=false)
p36|spring.datasource.password|FLAG|secret-empty-required: empty password for the MySQL root account
p36|spring.datasource.username|PASS|pass-nonsecret: root, a user name (the password carries the finding)
p36|spring.jpa.show-sql|FLAG|beyond-gates: SQL logging on
p36|spring.jpa.open-in-view|PASS|pass-switched-off: false
p36|server.port|PASS|pass-nonsecret: 8084
"""
files = sorted(S)
pref = {f[:3]: f for f in files}
rows = []
for l in R.strip().split("\n"):
    p, k, e, w = l.split("|", 3)
    f = pref[p]
    rows.append((f, k, e, w, S[f][0]))
rows.sort(key=lambda r: r[0])
with open("labels.tsv", "w", encoding="utf-8") as o:
    o.write("file\tkey\texpected\twhy\tsource\n")
    for r in rows: o.write("\t".join(r) + "\n")
with open("sources.tsv", "w", encoding="utf-8") as o:
    for f in files: o.write(f"{f}\t{S[f][0]} {S[f][1]}\n")
with open("repos.txt", "w") as o:
    for f in files: o.write(S[f][0].split("@")[0] + "\n")
print(len(files), "files", len(rows), "rows")
