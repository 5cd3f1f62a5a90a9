#!/bin/sh
# Rebuild every flattened file from originals/ (run from this directory). Python 3 + PyYAML only.
set -e
O=originals
python3 compose2env.py $O/wc03-part-db-docker-compose.yaml wc03-part-db-docker-compose.env "Part-DB server + MySQL compose (mattes34/part-db-docker), services partdb and database: environment written as KEY=value"
python3 ini2props.py $O/wc06-asasat-odoo-production-odoo.conf wc06-asasat-odoo-production-odoo-conf.properties "Odoo server config of ASASAT Advanced Systems' odoo-production repository (INI flattened by ini2props.py)"
python3 ini2props.py $O/wc07-mon-app-logistique-odoo.conf wc07-mon-app-logistique-odoo-conf.properties "Odoo config of a logistics app (mon-app-logistique), INI flattened by ini2props.py"
python3 json2props.py $O/wc09-erpnext-production-common-site-config.json > wc09-erpnext-production-common-site-config.properties
python3 ini2props.py $O/wc10-gcoop-tryton-deploy-trytond.conf wc10-gcoop-tryton-deploy-trytond-conf.properties "Tryton server config of gcoop's tryton_deploy (INI flattened by ini2props.py)"
python3 compose2env.py $O/wc12-karrio-coolify-docker-compose.yml wc12-karrio-coolify-docker-compose.env "Karrio shipping API + dashboard compose deployed with Coolify (mks148/karrio-coolify docker/docker-compose.yml): environment of all services as KEY=value, first value kept when a key repeats"
python3 yaml2props.py $O/wc13-part-db-helm-values.yaml wc13-part-db-helm-values.properties >/dev/null
sed -i '1s/.*/# Flattened from wc13-part-db-helm-values.yaml (the Part-DB project'"'"'s Helm chart values.yaml) by yaml2props.py; comments dropped/' wc13-part-db-helm-values.properties
python3 ini2props.py $O/wc14-stock-management-odoo.conf wc14-stock-management-odoo-conf.properties "Odoo config of a stock management project (Armel75/Stock_Management_Odoo), INI flattened by ini2props.py"
python3 ini2props.py $O/wc15-odoo17-delivery-management-odoo.conf wc15-odoo17-delivery-management-odoo-conf.properties "Odoo 17 config of a delivery management deployment (AbdelrehmanElhaj/odoo17-delivery-management), INI flattened by ini2props.py"
python3 inisect2props.py $O/wc16-coopevic-gestion-tryton-trytond.conf wc16-coopevic-gestion-tryton-trytond-conf.properties "Tryton server config (Coopevic/Gestion-Tryton), sectioned INI flattened to section.key by inisect2props.py"
python3 phpvars2props.py $O/wc18-dolibarr-ship-conf.php wc18-dolibarr-ship-conf.properties "Dolibarr 13 conf.php of a Hostinger-hosted install (Marseven/dolibarr-ship), flattened by phpvars2props.py"
python3 yaml2props.py $O/wc19-ds1705-inventree-config.yaml wc19-ds1705-inventree-config.properties >/dev/null
sed -i '1s/.*/# Flattened from wc19-ds1705-inventree-config.yaml (InvenTree config.yaml committed in a fork) by yaml2props.py; comments dropped/' wc19-ds1705-inventree-config.properties
python3 ini2props.py $O/wc21-devecoop-tryton-project-trytond.conf wc21-devecoop-tryton-project-trytond-conf.properties "Tryton server config of Devecoop's tryton-project (Docker set-up), INI flattened by ini2props.py"
python3 yaml2props.py $O/wc22-t3n-snipeit-helm-values.yaml wc22-t3n-snipeit-helm-values.properties >/dev/null
sed -i '1s/.*/# Flattened from wc22-t3n-snipeit-helm-values.yaml (t3n'"'"'s Snipe-IT Helm chart values.yaml) by yaml2props.py; comments dropped/' wc22-t3n-snipeit-helm-values.properties
python3 yaml2props.py $O/wc24-1010-logistics-inventory-application-prod.yml wc24-1010-logistics-inventory-application-prod.properties >/dev/null
python3 yaml2props.py $O/wc25-shipping-management-shipping-service-application.yml wc25-shipping-management-shipping-service-application.properties >/dev/null
python3 json2props.py $O/wc26-arms360erp-common-site-config.json > wc26-arms360erp-common-site-config.properties
python3 yaml2props.py $O/wc29-camptocamp-odoo-chart-values.yaml wc29-camptocamp-odoo-chart-values.properties >/dev/null
sed -i '1s/.*/# Flattened from wc29-camptocamp-odoo-chart-values.yaml (Camptocamp'"'"'s Odoo platform Helm chart values.yaml) by yaml2props.py; comments dropped/' wc29-camptocamp-odoo-chart-values.properties
