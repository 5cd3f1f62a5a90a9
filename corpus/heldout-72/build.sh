set -e
y(){ python3 yaml2props.py originals/$2 $1 ; }
y v01-servio-application-prod.properties servio-application-prod.yml
y v02-e-commerce-be-payment-application-prod.properties fived-payment-application-prod.yml
y v03-cab-aggregator-app-payment-application-prod.properties cab-aggregator-payment-application-prod.yml
y v04-streamercontracts-api-application-prod.properties streamercontracts-application-prod.yml
y v05-black-everyday-server-payment-application-prod.properties black-everyday-payment-application-prod.yml
y v06-payment-microservices-application-prod.properties payment-microservices-application-prod.yml
y v07-kakan-be-payment-application-prod.properties kakan-payment-application-prod.yml
y v08-payment-system-payment-application-prod.properties snardix-payment-application-prod.yml
y v09-ebanking-payment-application-prod.properties ebanking-payment-application-prod.yml
y v10-ticketrush-payment-application-prod.properties ticketrush-payment-application-prod.yml
y v11-btailor-payment-application-prod.properties btailor-payment-application-prod.yml
y v12-skillance-payment-application-prod.properties skillance-payment-application-prod.yml
y v13-slaholig-payment-application-prod.properties slaholig-payment-application-prod.yml
y v14-object-storage-system-auth-application-prod.properties objectstorage-auth-application-prod.yml
y v15-notifybot-auth-application-prod.properties notifybot-auth-application-prod.yml
y v16-fablewhirl-auth-application-prod.properties fablewhirl-auth-application-prod.yml
y v17-revive-backend-auth-application-prod.properties revive-auth-application-prod.yml
y v18-cubicleride-auth-application-prod.properties cubicleride-auth-application-prod.yml
y v19-sb06-mopl-application-prod.properties mopl-application-prod.yaml
y v20-sb03-otboo-application-prod.properties otboo-application-prod.yaml
y v21-medifind-notification-application-prod.properties medifind-notification-application-prod.yml
y v22-cashlens-server-application-prod.properties cashlens-application-prod.yml
y v23-buurbak-api-application-prod.properties buurbak-application-prod.yml
y v24-hostelgrid-notification-application-prod.properties hostelgrid-notification-application-prod.yml
y v25-ijaa-file-service-application-prod.properties ijaa-file-application-prod.yml
y v26-togedog-server-application-prod.properties togedog-application-prod.yml
y v27-331-backend-application-prod.properties 331backend-application-prod.yml
y v28-youhaveto-application-prod.properties youhaveto-application-prod.yml
y v29-movieland-application-prod.properties movieland-application-prod.yml
python3 compose2env.py originals/springbank-docker-compose.prod.yml v30-spring-bank-compose-prod-app.env "Flattened from backend/docker-compose.prod.yml, service app, environment: entries as KEY=value by compose2env.py" app
python3 - <<'PY'
import yaml
for src,dst,note in [("originals/nikke-hub-backend-configmap.yaml","v31-nikke-hub-k8s-backend-configmap.env","k8s/backend-configmap.yaml ConfigMap data: as KEY=value (hand script, values as YAML reads them)"),
                     ("originals/hospitalmanagement-backend-configmap.yaml","v32-hospitalmanagement-k8s-backend-configmap.env","k8s/backend-configmap.yaml ConfigMap data: as KEY=value (hand script, values as YAML reads them)")]:
    d=yaml.safe_load(open(src))['data']
    open(dst,'w').write("# Flattened from "+note+"\n"+"".join(f"{k}={v}\n" for k,v in d.items()))
    print(dst,len(d))
PY
