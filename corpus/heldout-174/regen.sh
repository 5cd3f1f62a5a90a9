#!/bin/sh
# Rebuilds the flattened files from originals/ (run from this directory).
set -e
python3 tplyaml2props.py originals/ww06-docassemble-docker-config-yml-dist.yml "docassemble Docker/config/config.yml.dist (template: {{VAR}} filled from the container environment at start), flattened by tplyaml2props.py" ww06-docassemble-docker-config-yml-dist.properties
python3 compose2env.py originals/ww08-coms-contract-management-compose.yml ww08-coms-contract-management-compose.env "CoMS contract management (Hisoft) docker-compose.yml: environment entries of services app and db, written by compose2env.py"
(echo "# DocuSign code-examples-node config/appsettings.example.json, flattened by json2props.py"; python3 json2props.py originals/ww10-docusign-code-examples-node-appsettings-example.json) > ww10-docusign-code-examples-node-appsettings-example.properties
python3 yaml2props.py originals/ww13-stackforge-documenso-helm-values.yaml ww13-stackforge-documenso-helm-values.properties >/dev/null
python3 - <<'PY'
p='ww13-stackforge-documenso-helm-values.properties'
L=open(p).read().split('\n')
L[0]='# StackForge Documenso Helm chart values.yaml, flattened by yaml2props.py (map keys with dots in [ ])'
i=L.index('config.baseUrl=https://documenso.example.com'); L.insert(i,'# upstream inline comment: NEED TO BE SET, rest is optional')
i=L.index('securityContext.readOnlyRootFilesystem=false'); L.insert(i,'# upstream inline comment: need to be false otherwise error')
open(p,'w').write('\n'.join(L))
PY
python3 py2props.py originals/ww15-contraxsuite-local-settings-py-example.py ww15-contraxsuite-local-settings-py-example.properties "LexPredict ContraxSuite contraxsuite_services/local_settings.py.example, literal module-level assignments flattened by py2props.py" >/dev/null
python3 py2props.py originals/ww16-perma-settings-prod.py ww16-perma-settings-prod.properties "Perma.cc (Harvard Law School Library) perma_web/perma/settings/deployments/settings_prod.py, literal assignments flattened by py2props.py" >/dev/null
(echo "# digitorus pdfsigner config.example.toml, flattened by toml2props.py"; python3 toml2props.py originals/ww18-digitorus-pdfsigner-config-example.toml) > ww18-digitorus-pdfsigner-config-example.properties
python3 yaml2props.py originals/ww17-e-court-api-application-prod.yml ww17-e-court-api-application-prod.properties >/dev/null
python3 - <<'PY'
p='ww17-e-court-api-application-prod.properties'
L=open(p).read().split('\n')
L[0]='# e-court-api (JHipster) src/main/resources/config/application-prod.yml, flattened by yaml2props.py'
i=[j for j,l in enumerate(L) if l.startswith('jhipster.security.authentication.jwt.base64-secret=')][0]
L.insert(i,'# upstream comment: As this is the PRODUCTION configuration, you MUST change the default key, and store it securely')
i=[j for j,l in enumerate(L) if l.startswith('jhipster.mail.base-url=')][0]
L.insert(i,"# upstream inline comment: Modify according to your server's URL")
open(p,'w').write('\n'.join(L))
PY
python3 compose2env.py originals/ww21-sign8-documenso-production-compose.yml ww21-sign8-documenso-production-compose.env "SIGN8 Documenso fork docker/production/compose.yml: environment entries of services database and documenso, written by compose2env.py"
python3 yaml2props.py originals/ww20-espresso-lab-docuseal-helm-values.yaml ww20-espresso-lab-docuseal-helm-values.properties >/dev/null
sed -i '1s/.*/# espresso-lab DocuSeal Helm chart docuseal\/values.yaml, flattened by yaml2props.py/' ww20-espresso-lab-docuseal-helm-values.properties
python3 py2props.py originals/ww25-lawyer-crm-settings-rel.py ww25-lawyer-crm-settings-rel.properties "dancha24/lawyer lawyer/settings_rel.py (Django settings of a Russian law-office CRM), literal assignments flattened by py2props.py" >/dev/null
