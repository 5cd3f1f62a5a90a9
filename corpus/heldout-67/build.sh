set -e
O=originals
y() { python3 yaml2props.py "$O/$1" "$2" ${3:-prod} >/dev/null; }
c() { cp "$O/$1" "$2"; }
y S-Hesh-streambite-notification-service-application-prod.yml v01-streambite-notification-application-prod.properties
y SammyOcharo-Minipay-notification-service-application-prod.yml v02-minipay-notification-application-prod.properties
y ramSde-AI-banking-System-chat-service-application-prod.yml v03-ai-banking-chat-application-prod.properties
y souravs72-microservices-project-notification-service-application-staging.yml v04-microservices-project-notification-application-staging.properties staging
c wqkenqing-power_improve-prod-kafka.properties v05-power-improve-prod-kafka.properties
y oacApps-viswals-pt-consumer-application-prod.yml v06-viswals-pt-consumer-application-prod.properties
y sseung-g-PICKCAR_CICD_LAB-consumer-application-prod.yml v07-pickcar-consumer-application-prod.properties
y szopszop-whatsapp-clone-message-service-application-prod.yml v08-whatsapp-clone-message-application-prod.properties
c songzxDev-oabiz-activemq.properties v09-oabiz-activemq.properties
y plemberr-Freight-Exchange-search-service-application-prod.yml v10-freight-exchange-search-application-prod.properties
y USERON8-cloud-search-service-application-prod.yml v11-cloud-search-application-prod.properties
y rahul7838-clone-2-search-service-application-prod.yml v12-clone-2-search-application-prod.properties
y sssurim-png-PeopleCore-be-search-service-application-prod.yml v13-peoplecore-search-application-prod.properties
y olatedis-idol-search-service-application-prod.yml v14-idol-search-application-prod.properties
y pascalgrimaud-jhipster-ngx-psql-es-noi18n-config-application-prod.yml v15-jhipster-psql-es-application-prod.properties
y yangtian9999-mall-springboot-k8s-mall-search-application-prod.yml v16-mall-springboot-k8s-search-application-prod.properties
y naledao-usts-campus-services-redisson-prod.yml v17-usts-campus-services-redisson-prod.properties
y whatishappy-ledger-redisson-prod.yaml v18-ledger-redisson-prod.properties
# v19 tntfyf: flattened by hand (YAML tag !<...> not loadable by safe_load)
c wokaole-test-prod-redis.properties v20-test-prod-redis.properties
c zhaozhihao59-springboot-prod-redis.properties v21-springboot-prod-redis.properties
c weapon520-smm-profiles-prod-redis.properties v22-smm-profiles-prod-redis.properties
y SupermeCasino-lilishop-consumer-application-prod.yml v23-lilishop-consumer-application-prod.properties
y wooder-whj-eshop-mall-admin-application-prod.yml v24-eshop-mall-admin-application-prod.properties
c punit121-Anomaly-Detection-prod-mongodb.properties v25-anomaly-detection-prod-mongodb.properties
y YohooShop-back-end-mall-portal-application-prod.yml v26-yohooshop-mall-portal-application-prod.properties
y trkgrn-e-commerce-be-file-service-application-prod.yml v27-e-commerce-be-file-application-prod.properties
y re1kur-car-rental-service-file-service-application-prod.yml v28-car-rental-file-application-prod.properties
c skycat36-drunker-filestorage-minio.properties v29-drunker-filestorage-minio.properties
c yinzwii-gfes-minio.properties v30-gfes-minio.properties
c root1761-minio-minio.properties v31-minio-minio.properties
c phraselock-plp-backend-mqtt.properties v32-plp-backend-mqtt.properties
c wjn-jpg-PowerStation-mqtt.properties v33-powerstation-mqtt.properties
c xiaohaizhe-cell_link-mqtt.properties v34-cell-link-mqtt.properties
c qingxin133-mqttDemo-mqtt.properties v35-mqttdemo-mqtt.properties
c zhangruizhi123-smart-home-mqtt.properties v36-smart-home-mqtt.properties
