#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 yaml2propsc.py originals/ym04-cs-quiz-application-prod.yml ym04-cs-quiz-application-prod.properties "Flattened from Hun425/CS-Quiz backend/src/main/resources/application-prod.yml (Spring Boot prod profile) by yaml2propsc.py" >/dev/null
python3 json2props.py originals/ym05-flashcards-api-appsettings.Production.json > ym05-flashcards-api-appsettings-production.properties
python3 k8s2env.py originals/ym06-rage-quizzes-backendv2-deployment.yml > ym06-rage-quizzes-k8s-backendv2-deployment.env
python3 json2props.py originals/ym09-oxygenquiz-appsettings.example.json > ym09-oxygenquiz-appsettings-example.properties
python3 compose2env.py originals/ym11-flashcardsinspace-docker-compose.yml ym11-flashcardsinspace-compose.env "environment: of elimxim/flashcardsinspace docker-compose.yml (services db, app) by compose2env.py"
python3 yaml2propsc.py originals/ym12-vocabularysrs-application.yml ym12-vocabularysrs-application.properties "Flattened from abramovich-maks/VocabularySRS src/main/resources/application.yml (Spring Boot YAML) by yaml2propsc.py" >/dev/null
python3 json2props.py originals/ym13-lexivocab-appsettings.Production.json > ym13-lexivocab-appsettings-production.properties
python3 exs2props.py originals/ym15-trivia-advisor-config-dev.exs ym15-trivia-advisor-config-dev.properties "Flattened from razrfly/trivia_advisor config/dev.exs (Phoenix Mix config) by exs2props.py; multi-line values (watchers, live_reload, Oban plugins) left out"
python3 py2propsc.py originals/ym16-flascards-backend-settings.py ym16-flascards-django-settings.properties "Flattened from jgalan247/flascards backend/flashcards/settings.py (Django settings) by py2propsc.py; non-literal values (BASE_DIR expressions) left out" >/dev/null
python3 yaml2propsc.py originals/ym17-lingua-quiz-helm-values.yaml ym17-lingua-quiz-helm-values.properties "Flattened from nikolay-e/lingua-quiz helm/lingua-quiz-app/values.yaml (Helm values) by yaml2propsc.py; empty maps written as empty values" >/dev/null
python3 json2props.py originals/ym21-flashcardxpapi-appsettings.json > ym21-flashcardxpapi-appsettings.properties
python3 toml2propsc.py originals/ym22-quiz-agent-fly.toml ym22-quiz-agent-fly-toml.properties "Flattened from michalkalis/quiz-agent apps/quiz-agent/fly.toml (Fly.io production deploy config) by toml2propsc.py (keys are table.key, arrays of tables as [i])"
python3 compose2env.py originals/ym23-kana-flashcard-docker-compose.yml ym23-kana-flashcard-compose.env "environment: of sakan811/kana-flashcard-web-app docker-compose.yml (services app, db) by compose2env.py"
python3 yaml2propsc.py originals/ym24-superedriver-flashcards-secrets.yml ym24-superedriver-flashcards-rails-secrets.properties "Flattened from superedriver/flashcards config/secrets.yml (Rails secrets, environments development/test/production) by yaml2propsc.py; the ERB tag is kept as text" >/dev/null
python3 yaml2propsc.py originals/ym28-kondury-cards-app-ktor-application.yaml ym28-kondury-cards-ktor-application.properties "Flattened from kondury/flashcards cards-app-ktor/src/main/resources/application.yaml (Ktor YAML config; \$VAR:default is Ktor's environment-with-default syntax) by yaml2propsc.py" >/dev/null
python3 compose2env.py originals/ym29-dsa-flash-docker-compose.yml ym29-dsa-flash-compose.env "environment: of OpenSauce/dsa-flash docker-compose.yml (services frontend, frontend-dev, db, pgadmin; profiles prod and dev) by compose2env.py; repeated keys keep the first value"
python3 compose2env.py originals/ym30-quizzes-tutor-docker-compose.prod.yml ym30-quizzes-tutor-compose-prod.env "environment: of socialsoftware/quizzes-tutor docker-compose.prod.yml (service spring-api; everything else comes from env_file ./scripts/env/*.prod.env, not in the repository file)"
