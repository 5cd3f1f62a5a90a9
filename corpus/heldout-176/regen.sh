#!/bin/sh
# Rebuilds every flattened file from originals/ (run from this directory).
set -e
python3 hocon2props.py originals/wy02-biowdl-cromwell-database-cromwell-conf.conf wy02-biowdl-cromwell-database-conf.properties "Flattened from biowdl/docker-cromwell-database cromwell.conf (Cromwell HOCON) by hocon2props.py"
python3 py2props.py originals/wy03-serve-inveniordm-invenio.cfg wy03-serve-inveniordm-invenio-cfg.properties "Flattened from ScilifelabDataCentre/serve-inveniordm invenio.cfg (InvenioRDM Python config) by py2props.py"
python3 addcomment.py wy03-serve-inveniordm-invenio-cfg.properties SECRET_KEY "SECURITY WARNING: keep the secret key used in production secret!" "Do not commit it to a source code repository." "TODO: Set"
python3 addcomment.py wy03-serve-inveniordm-invenio-cfg.properties "TRUSTED_HOSTS[0]" "Since HAProxy and Nginx route all requests no matter the host header" "provided, the trusted hosts variable is set to localhost. In production it" "should be set to the correct host and it is strongly recommended to only" "route correct hosts to the application."
python3 addcomment.py wy03-serve-inveniordm-invenio-cfg.properties SQLALCHEMY_DATABASE_URI "TODO: Set"
python3 addcomment.py wy03-serve-inveniordm-invenio-cfg.properties SITE_UI_URL "TODO: Set with your own hostname when deploying to production"
python3 inis2props.py originals/wy04-xdmod-cntr-portal-settings.ini wy04-xdmod-cntr-portal-settings.properties "Flattened from CCI-MOC/xdmod-cntr portal_settings.ini (Open XDMoD INI) by inis2props.py: section.key, surrounding quotes removed"
python3 composeenvc.py originals/wy05-docker-elabftw-pi-docker-compose.yml-EXAMPLE wy05-docker-elabftw-pi-compose-example.env "Environment of palandh/docker-elabftw src/docker-compose.yml-EXAMPLE (Compose v1, services web and mysql) written as KEY=value by composeenvc.py, comments kept"
python3 hocon2props.py originals/wy07-parallel-cluster-cromwell.conf wy07-parallel-cluster-cromwell-conf.properties "Flattened from medcelerate/parallel-cluster cromwell.conf (Cromwell HOCON) by hocon2props.py"
python3 yaml2props.py originals/wy08-erasmusmc-galaxyservers.yml wy08-erasmusmc-galaxy-ansible-galaxyservers.properties >/dev/null
sed -i '1s|.*|# Flattened from ErasmusMC-Bioinformatics/infrastructure group_vars/galaxyservers.yml (Ansible group variables for a Galaxy server) by yaml2props.py|' wy08-erasmusmc-galaxy-ansible-galaxyservers.properties
python3 yaml2props.py originals/wy09-morenet-jupyterhub-config.yaml wy09-morenet-jupyterhub-z2jh-config.properties >/dev/null
sed -i '1s|.*|# Flattened from MU-HPDI/MORENet jupyterhub/config.yaml (Zero-to-JupyterHub Helm values) by yaml2props.py|' wy09-morenet-jupyterhub-z2jh-config.properties
python3 inis2props.py originals/wy13-lsst-ctrl-rucio-ingest-rucio.cfg wy13-lsst-ctrl-rucio-ingest-rucio-cfg.properties "Flattened from lsst-dm/ctrl_rucio_ingest etc/rucio.cfg (Rucio INI) by inis2props.py: section.key"
python3 yaml2props.py originals/wy14-usegalaxy-ca-galaxyservers.yml wy14-usegalaxy-ca-galaxy-ansible-galaxyservers.properties >/dev/null
sed -i '1s|.*|# Flattened from usegalaxy-ca/usegalaxy.ca group_vars/galaxyservers.yml (Ansible group variables for a Galaxy server) by yaml2props.py|' wy14-usegalaxy-ca-galaxy-ansible-galaxyservers.properties
python3 yaml2props.py originals/wy16-nextgen-dmac-jupyterhub-config.yaml wy16-nextgen-dmac-dask-jupyter-config.properties >/dev/null
sed -i '1s|.*|# Flattened from asascience-open/nextgen-dmac jupyterhub/config.yaml (Dask Helm chart values with the bundled Jupyter server) by yaml2props.py|' wy16-nextgen-dmac-dask-jupyter-config.properties
python3 addcomment.py wy16-nextgen-dmac-dask-jupyter-config.properties jupyter.password "This hash corresponds to the password 'dask'" 'Password hash. Default hash corresponds to the password `dask`.'
python3 py2propsn.py originals/wy17-coldfront-local_settings.py.sample wy17-coldfront-mybrc-local-settings-sample.properties "Flattened from ubccr/coldfront coldfront/config/local_settings.py.sample (ColdFront/myBRC Django local settings) by py2propsn.py" 2>/dev/null
python3 addcomment.py wy17-coldfront-mybrc-local-settings-sample.properties SECRET_KEY "Secret Key -- Generate new key using: https://www.miniwebtool.com/django-secret-key-generator/" "and replace" "(inline) REPLACE"
python3 addcomment.py wy17-coldfront-mybrc-local-settings-sample.properties DEBUG "Enable debugging. WARNING: These should be set to False in production"
python3 addcomment.py wy17-coldfront-mybrc-local-settings-sample.properties SESSION_COOKIE_SECURE "This should be set to True in production when using HTTPS"
python3 inis2props.py originals/wy20-ligo-rucio-rucio.cfg wy20-ligo-rucio-client-rucio-cfg.properties "Flattened from astroclark/ligo-rucio etc/rucio.cfg (Rucio client INI) by inis2props.py: section.key"
python3 composeenvc.py originals/wy21-senaite-docker-docker-compose.yml wy21-mekom-senaite-lims-compose.env "Environment of mekomsolutions/senaite-docker docker-compose.yml (service senaite) written as KEY=value by composeenvc.py"
python3 yaml2props.py originals/wy22-alternative-eu-jupyterhub-config.yaml wy22-alternative-eu-jupyterhub-z2jh-config.properties >/dev/null
sed -i '1s|.*|# Flattened from ALTERNATIVE-EU/platform-deployment jupyterhub/config.yaml (Zero-to-JupyterHub Helm values) by yaml2props.py|' wy22-alternative-eu-jupyterhub-z2jh-config.properties
python3 yaml2props.py originals/wy24-dans-dd-dataverse-ingest-config.yml wy24-dans-dd-dataverse-ingest-config.properties >/dev/null
sed -i '1s|.*|# Flattened from DANS-KNAW/dd-dataverse-ingest src/main/assembly/dist/cfg/config.yml (Dropwizard YAML of the DANS Dataverse ingest service) by yaml2props.py|' wy24-dans-dd-dataverse-ingest-config.properties
python3 addcomment.py wy24-dans-dd-dataverse-ingest-config.properties ingest.import.requireDansBag "Allow Dataverse Ingest Deposits for import. Import should only be accessible to application manager."
python3 yaml2props.py originals/wy25-ood-container-config-ood_portal.yml wy25-ood-container-config-ood-portal.properties >/dev/null
sed -i '1s|.*|# Flattened from johrstrom/ood-container-config ood_portal.yml (Open OnDemand portal generator YAML with Dex) by yaml2props.py|' wy25-ood-container-config-ood-portal.properties
python3 addcomment.py wy25-ood-container-config-ood-portal.properties dex.client_secret "Client secret, value auto generated" "A value that is a filesystem path can be used to store secret in a file"
python3 addcomment.py wy25-ood-container-config-ood-portal.properties servername "The server name used for name-based Virtual Host"
python3 hocon2props.py originals/wy27-quartet-omics-qc-cromwell.conf wy27-quartet-omics-qc-cromwell-conf.properties "Flattened from chinese-quartet/quartet-omics-qc cromwell.conf (Cromwell HOCON, Alibaba Cloud E-HPC backend) by hocon2props.py"
python3 yaml2props.py originals/wy28-nds-jupyter-et-jupyterhub-config.yaml wy28-nds-jupyter-et-jupyterhub-config.properties >/dev/null
sed -i '1s|.*|# Flattened from nds-org/jupyter-et jupyterhub/config.yaml (Zero-to-JupyterHub Helm values, older chart) by yaml2props.py|' wy28-nds-jupyter-et-jupyterhub-config.properties
python3 addcomment.py wy28-nds-jupyter-et-jupyterhub-config.properties hub.cookieSecret "output of second execution of 'openssl rand -hex 32'"
python3 addcomment.py wy28-nds-jupyter-et-jupyterhub-config.properties proxy.secretToken "output of second execution of 'openssl rand -hex 32'"
python3 addcomment.py wy28-nds-jupyter-et-jupyterhub-config.properties auth.github.clientId "Oauth clientId and clientSecret"
python3 yaml2props.py originals/wy29-pulsar-agc-app.yml.dev wy29-pulsar-agc-app-yml-dev.properties >/dev/null
sed -i '1s|.*|# Flattened from MetraneAbdelmounim/Pulsar-AGC app.yml.dev (Galaxy Pulsar server app.yml, copied to app.yml per the README) by yaml2props.py|' wy29-pulsar-agc-app-yml-dev.properties
python3 yaml2props.py originals/wy30-gesis-orc-jupyterhub-config.yaml wy30-gesis-orc-jupyterhub-config.properties >/dev/null
sed -i '1s|.*|# Flattened from gesiscss/orc jupyterhub/config.yaml (Zero-to-JupyterHub values of GESIS Notebooks, production) by yaml2props.py|' wy30-gesis-orc-jupyterhub-config.properties
python3 addcomment.py wy30-gesis-orc-jupyterhub-config.properties cull.timeout "kill user pods if idle for 30 mins - default is 1 hour"
