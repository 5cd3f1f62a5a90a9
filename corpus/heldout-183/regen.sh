#!/bin/sh
# Rebuild every flattened xfNN file from originals/ (run in this directory). Verbatim files are not touched.
set -e
O=originals
python3 compose2env.py $O/xf02-monash-mes-compose.yaml xf02-monash-mes-compose.env "Flattened from monash-automation/mes compose.yaml: environment: entries of all services (compose2env.py; a repeated key keeps its first value)"
python3 py2propsc.py $O/xf03-digitme2-oee-server-config.py.example xf03-digitme2-oee-server-config.properties "Flattened from DigitME2/oee_server example-confs/config.py.example (Python Config class) by py2propsc.py; class attributes written Config.NAME; expressions kept as source text" >/dev/null
python3 lua2propsn.py $O/xf05-iotedge-skynet-config.tb.lua xf05-iotedge-skynet-config-tb.properties "Flattened from fangguangyang/iotedge.skynet config.tb.lua (Lua tables) by lua2propsn.py"
python3 py2propsc.py $O/xf07-opcua-monitor-config.py xf07-opcua-monitor-config.properties "Flattened from arbiachour/opcua_monitor config.py (Python module) by py2propsc.py" >/dev/null
python3 compose2env.py $O/xf09-ignition83-postgres-template-compose.yaml xf09-ignition83-postgres-template-compose.env "Flattened from bw-design-group/templates.ignition.postgres docker-compose.yaml: environment: entries of gateway and database (compose2env.py)"
python3 compose2env.py $O/xf12-omf-mes-docker-compose.prod.yml xf12-omf-mes-compose-prod.env "Flattened from CREFLEINC/omf-mes-server docker-compose.prod.yml: environment: entries of postgres, migrate and api (compose2env.py; DATABASE_URL repeats in migrate and api with the same value)"
(echo "# Flattened from KphungFROMM/ConnectOEE src/ConnectOEE.Api/appsettings.json by json2props.py"; python3 json2props.py $O/xf15-connectoee-appsettings.json) > xf15-connectoee-api-appsettings.properties
python3 yamlc2props.py $O/xf16-max-mes-bmos-mes-service-bootstrap.yml xf16-max-mes-bmos-mes-service-bootstrap.properties "Flattened from AngLi1997/max-mes bmos-mes-service bootstrap.yml (Spring Cloud bootstrap YAML) by yamlc2props.py; keys as Spring binds them; the inline comment kept as a # line" >/dev/null
python3 compose2env.py $O/xf17-zhiyuan-mes-api-docker-compose.yml xf17-zhiyuan-mes-api-compose.env "Flattened from dgyyrobots/zhiyuan-mes-api docker-compose.yml: environment: entries of mysql and server (compose2env.py; folded multi-line values joined with spaces as YAML reads them)"
python3 yamlc2props.py $O/xf18-hivemq-edge-helm-values.yaml xf18-hivemq-edge-helm-values.properties "Flattened from hivemq/helm-charts charts/hivemq-edge/values.yaml (Helm values) by yamlc2props.py; comments directly above a key kept as # lines" >/dev/null
python3 ini2propss.py $O/xf19-wink-bmw-trace-trace.conf xf19-wink-bmw-trace-trace-conf.properties "Flattened from prodlinetrace/wink_bmw_trace trace.conf (INI) by ini2propss.py: [section] key as section.key, comments kept"
python3 py2propsc.py $O/xf20-cmms-oee-software-settings.py xf20-cmms-oee-software-django-settings.properties "Flattened from opensourceoeesoftware/CMMS-OEE-Software backend/backend/settings.py (Django settings) by py2propsc.py" >/dev/null
python3 py2propsc.py $O/xf24-ycspomeep-plc-settings.py xf24-ycspomeep-plc-settings.properties "Flattened from sumikko-rtx/ycspomeep configs/plc_settings.py (Python module) by py2propsc.py; comment blocks kept as # lines" >/dev/null
python3 py2propsc.py $O/xf25-nuvens-opcua-config.py xf25-nuvens-opcua-config.properties "Flattened from NuvensVivazesLda/nuvens-opcua config.py (Python dict) by py2propsc.py" >/dev/null
python3 py2propsc.py $O/xf28-modbus-2-db-config.py xf28-modbus-2-db-config.properties "Flattened from ski-20/modbus-2-db config.py (Python module) by py2propsc.py; comment blocks above assignments kept; the inline comments of WORD_ORDER, WEEK_START and the RETENTION entries added by hand as # lines" >/dev/null
# hand step for xf28: inline comments as # lines
python3 - <<'PY'
p='xf28-modbus-2-db-config.properties'; s=open(p).read()
s=s.replace('WORD_ORDER=LH\n','# "HL" = HI word first; "LH" = LO word first\nWORD_ORDER=LH\n')
s=s.replace('WEEK_START=0\n','# 0=mon, 6=sun\nWEEK_START=0\n')
s=s.replace('RETENTION.total_cap_mb=10\n','# global hard cap (test)\nRETENTION.total_cap_mb=10\n')
s=s.replace('RETENTION.chunk_max_mb=1\n','# rotate chunk around ~1 MB (test)\nRETENTION.chunk_max_mb=1\n')
open(p,'w').write(s)
PY
python3 yamlc2props.py $O/xf29-metaagent-opcua-gateway.cfg xf29-metaagent-opcua-gateway-cfg.properties "Flattened from meta-logi/metaagent-support opcua-gateway/opcua-gateway.cfg (YAML) by yamlc2props.py; comments directly above a key kept as # lines" >/dev/null
(echo "# Flattened from umati/Dashboard-OPCUA-Client example/ShowcaseDeployment/configuration.json by json2props.py"; python3 json2props.py $O/xf30-umati-showcase-configuration.json) > xf30-umati-dashboard-client-showcase-configuration.properties
