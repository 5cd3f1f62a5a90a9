#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 compose2env.py originals/yj06-jeevanam-local-docker-compose.prod.yml yj06-jeevanam-clinic-compose-prod.env "environment: of deepthoughtnet/clinic-management-platform local/docker-compose.prod.yml (all services) by compose2env.py; repeated keys keep the first value"
python3 yaml2propsc.py originals/yj11-clinic-management-system-application-prod.yml yj11-clinic-management-system-application-prod.properties "Flattened from Mayman2020/clinic-management-system clinic-backend/src/main/resources/application-prod.yml (Spring Boot prod profile) by yaml2propsc.py" >/dev/null
python3 json2props.py originals/yj17-physio-backend-appsettings.json > yj17-physio-backend-appsettings.properties
python3 cm2env.py originals/yj28-physioflow-k8s-prod-configmap-patch.yaml yj28-physioflow-k8s-prod-configmap.env "data: of tqvdang/physioflow infrastructure/homelab/k8s/overlays/prod/configmap-patch.yaml (Kubernetes ConfigMap, prod overlay) by cm2env.py"
python3 compose2env.py originals/yj29-dentalos-infra-docker-compose.yml yj29-dentalos-infra-compose.env "environment: of adrian-moloca/dental infra/docker/docker-compose.yml (postgres, mongodb, redis, rabbitmq, opensearch, dashboards) by compose2env.py; repeated keys keep the first value"
