#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
(echo "# Flattened from becauseimclever/BudgetExperiment src/BudgetExperiment.Api/appsettings.json (ASP.NET Core appsettings) by json2props.py"; python3 json2props.py originals/yo03-budgetexperiment-api-appsettings.json) > yo03-budgetexperiment-api-appsettings.properties
python3 yaml2propsc.py originals/yo04-shared-finances-application.yml yo04-shared-finances-application.properties "Flattened from ynixt/shared-finances backend/src/main/resources/application.yml (Spring Boot) by yaml2propsc.py" >/dev/null
sed 1d originals/yo05-finance-rb-kamal-deploy.yml > /tmp/yo05-deploy.yml
python3 yaml2propsc.py /tmp/yo05-deploy.yml yo05-finance-rb-kamal-deploy.properties "Flattened from RickHPotter/finance.rb config/deploy.yml (Kamal production deploy file) by yaml2propsc.py; the first line (an ERB tag loading .env) is dropped before parsing" >/dev/null
python3 py2propsc.py originals/yo13-ihatemoney-default-settings.py yo13-ihatemoney-default-settings.properties "Flattened from spiral-project/ihatemoney ihatemoney/default_settings.py (Flask default settings) by py2propsc.py" >/dev/null
(echo "# Flattened from m-jovanovic/expensely-server server/src/Expensely.Api/appsettings.json (ASP.NET Core appsettings) by json2props.py"; python3 json2props.py originals/yo14-expensely-api-appsettings.json) > yo14-expensely-api-appsettings.properties
python3 compose2env.py originals/yo15-ephraimb-budgeting-docker-compose.yml yo15-ephraimb-budgeting-compose.env "environment: of EphraimB/budgeting docker-compose.yml (services server, client, db) by compose2env.py; repeated keys keep the first value"
python3 yaml2propsc.py originals/yo17-expense-tracker-database.yml yo17-expense-tracker-database.properties "Flattened from esoto/expense_tracker config/database.yml (Rails database.yml; ERB tags kept as text; YAML merge keys resolved) by yaml2propsc.py" >/dev/null
(echo "# env: of the Deployment in firefly-iii/kubernetes firefly-iii.yaml (k8s manifest) by k8s2env.py; secretKeyRef values written \${secret.key}"; python3 k8s2env.py originals/yo18-firefly-iii-kubernetes-firefly-iii.yaml) > yo18-firefly-iii-k8s-deployment.env
python3 yaml2propsc.py originals/yo19-financials-helm-values.yaml yo19-financials-helm-values.properties "Flattened from ashwinath/financials charts/financials/values.yaml (Helm values) by yaml2propsc.py; block scalars written with \\n escapes" >/dev/null
(echo "# Flattened from leandrodasilvaalves/Api-Household-Budget src/Household.Budget/appsettings.Production.json (ASP.NET Core production appsettings) by json2props.py"; python3 json2props.py originals/yo20-household-budget-appsettings-production.json) > yo20-household-budget-appsettings-production.properties
