#!/bin/bash
# Rebuild every flattened file from originals/ (run from this folder).
set -e
p() { python3 py2props.py originals/$1 > $2; }
i() { python3 ini2props.py originals/$1 > $2; }
p admithub-superset_config.py tj01-superset-image-superset-config.properties
p flask-starter-instance-config.py tj02-flask-starter-instance-config.properties
p flaskhostingcontrol-instance-config.py tj03-flaskhostingcontrol-instance-config.properties
p rambutan-instance-config.py tj04-rambutan-instance-config.properties
i foodcoops-odoo.conf tj05-foodcoops-odoo-conf.properties
p fastapi-auth-template-core-config.py tj06-fastapi-auth-template-core-config.properties
p multibankfastapi-core-config.py tj07-multibankfastapi-core-config.properties
i ecosoft-infra-openerp-server.conf tj08-ecosoft-infra-openerp-server-conf.properties
i deploy-odoo-openerp-server.conf tj09-deploy-odoo-openerp-server-conf.properties
p vmmaster-config-production.py tj10-vmmaster-config-production.properties
i miller-media-etc-odoo.conf tj11-odoo-11-docker-compose-etc-odoo-conf.properties
i mark2cure-deploy-uwsgi.ini tj12-mark2cure-deploy-uwsgi-ini.properties
i hamwan-portal-deploy-uwsgi.ini tj13-hamwan-portal-deploy-uwsgi-ini.properties
i openhrms-etc-odoo.conf tj14-openhrms-etc-odoo-conf.properties
p bepa-superset_config.py tj15-apache-superset-bepa-superset-config.properties
p superset-keycloak-superset_config.py tj16-superset-keycloak-superset-config.properties
i alertflow-airflow-cfg-excerpt.cfg tj17-alertflow-airflow-cfg.properties
p blog-today-instance-config.py tj18-blog-today-instance-config.properties
p soundwar-instance-config.py tj19-soundwar-instance-config.properties
p umba-test-instance-config.py tj20-umba-test-instance-config.properties
p ride-my-way-instance-config.py tj21-ride-my-way-instance-config.properties
p ahonoryoshi-heroku-instance-config.py tj22-heroku-instance-config.properties
p print-system-celeryconfig.py tj23-print-system-celeryconfig.properties
p msml-celeryconfig.py tj24-msml-celery-celeryconfig.properties
p as-manager-celeryconfig.py tj25-as-manager-celeryconfig.properties
i erp-production-config-odoo.conf tj28-erp-production-config-odoo-conf.properties
i spendwise-prod-config-odoo.conf tj29-spendwise-prod-config-odoo-conf.properties
i aitic-config-odoo.conf tj30-docker-compose-odoo-config-odoo-conf.properties
p boerops-config-production.py tj31-boerops-config-production.properties
p equanimity-config-production.py tj32-equanimity-config-production.properties
p jump-to-flask-config-production.py tj33-jump-to-flask-study-config-production.properties
p almanaei-cms-config-production.py tj34-cms-config-production.properties
p gae-boilerplate-config-production.py tj35-gae-boilerplate-config-production.properties
p douban-crawler-settings.py tj36-douban-movie-database-crawler-settings.properties
