#!/usr/bin/env python3
"""Flatten each original compose file in originals/ to uNN-*.env with compose2env.py and record, per key,
the service it was taken from (first service wins, as compose2env keeps the first value) in keysvc.json."""
import subprocess, yaml, json
M = [
 ("u01-spring-micro-ecommerce-docker-compose-staging.env", "u-1Amar-spring-micro-ecommerce-platform-docker-compose.staging.yml", "1Amar/spring-micro-ecommerce-platform", "docker-compose.staging.yml"),
 ("u02-spring-mono-docker-compose-staging.env", "u-2halfone-spring-mono-docker-compose.staging.yml", "2halfone/spring-mono", "docker-compose.staging.yml"),
 ("u03-catams-docker-compose-prod.env", "u-GitNekopedia-CATAMS-docker-compose.prod.yml", "GitNekopedia/CATAMS", "docker-compose.prod.yml"),
 ("u04-expense-tracker-docker-compose-prod.env", "u-GiriSantosh-vibe-code-expense-tracker-docker-compose.prod.yml", "GiriSantosh/vibe-code-expense-tracker", "docker-compose.prod.yml"),
 ("u05-school-registry-api-docker-compose-prod.env", "u-Git2020104-school-registry-api-docker-compose.prod.yml", "Git2020104/school-registry-api", "docker-compose.prod.yml"),
 ("u06-uav-platform-docker-compose-staging.env", "u-602420232-dotcom-UAV-PLATFORM-V2-docker-compose.staging.yml", "602420232-dotcom/UAV-PLATFORM-V2", "docker-compose.staging.yml"),
 ("u07-ta-bot-jhipster-app.env", "u-41k-ta-bot-app.yml", "41k/ta-bot", "src/main/docker/app.yml"),
 ("u08-freemind-timesheet-jhipster-app.env", "u-2909anbras-freemind-timesheet-app.yml", "2909anbras/freemind-timesheet", "src/main/docker/app.yml"),
 ("u09-securprod-jhipster-app.env", "u-03mega-SecurProd-app.yml", "03mega/SecurProd", "src/main/docker/app.yml"),
 ("u10-cloud-biz-jhipster-app.env", "u-50centsl-cloud-biz-application-app.yml", "50centsl/cloud-biz-application", "src/main/docker/app.yml"),
 ("u11-gestion-taches-jhipster-app.env", "u-24231-Brahim-gestion_taches-app.yml", "24231-Brahim/gestion_taches", "src/main/docker/app.yml"),
 ("u12-padelhub-deploy-docker-compose-prod.env", "u-412017-PILLADO-padelHubBack-deploy-docker-compose.prod.yml", "412017-PILLADO/padelHubBack", "deploy/docker-compose.prod.yml"),
 ("u13-muse-service-deploy-docker-compose-prod.env", "u-0taemini-muse-service-deploy-docker-compose.prod.yml", "0taemini/muse-service", "deploy/docker-compose.prod.yml"),
 ("u14-homefinance-docker-compose-staging.env", "u-0x4147-homefinance-docker-compose.staging.yml", "0x4147/homefinance", "docker-compose.staging.yml"),
 ("u15-se331-backend-docker-compose-prod.env", "u-632115505-701-JunZhang-SE331-2022-Project-Backend-docker-compose-prod.yml", "632115505-701-JunZhang/SE331-2022-Project-Backend", "docker-compose-prod.yml"),
 ("u16-psychological-testing-self-hosting-compose.env", "u-Mraksimus-PsychologicalTesting.Docs-self-hosting-docker-compose.yml", "Mraksimus/PsychologicalTesting.Docs", "self-hosting/docker-compose.yml"),
 ("u17-atsea-docker-stack.env", "u-AR-ORG-atsea-docker-stack.yml", "AR-ORG/atsea", "docker-stack.yml"),
 ("u18-reclusorio-docker-stack.env", "u-AlanMora-plataforma-reclusorio-docker-stack.yml", "AlanMora/plataforma-reclusorio", "docker-stack.yml"),
 ("u19-budget-tracker-self-hosting-compose.env", "u-letehaha-budget-tracker-self-hosting-docker-compose.yml", "letehaha/budget-tracker", "self-hosting/docker-compose.yml"),
 ("u20-conference-room-booking-docker-compose-prod.env", "u-GiriPrasad313-conference-room-booking-docker-compose.prod.yml", "GiriPrasad313/conference-room-booking", "docker-compose.prod.yml"),
 ("u21-booking-service-docker-compose-prod.env", "u-GitHEXual-booking-service-docker-compose.prod.yml", "GitHEXual/booking-service", "docker-compose.prod.yml"),
 ("u22-backend-grad-compose-production.env", "u-Akashjav-Backend-Grad-compose.production.yaml", "Akashjav/Backend-Grad", "compose.production.yaml"),
 ("u23-controle-de-gastos-compose-production.env", "u-Arthur-MARKOWICZ-Controle_de_Gastos-compose.production.yaml", "Arthur-MARKOWICZ/Controle_de_Gastos", "compose.production.yaml"),
 ("u24-upcoming-compose-production.env", "u-AbhinavBajpai-upcoming-backend-compose.production.yaml", "AbhinavBajpai/upcoming-backend", "compose.production.yaml"),
 ("u25-logistics-docker-compose-staging.env", "u-5eef-logistics-docker-compose.staging.yml", "5eef/logistics", "docker-compose.staging.yml"),
 ("u26-ibelievesurvey-docker-compose-production.env", "u-2023-AlphaProject-iBelieveSurvey_backend-docker-compose.production.yml", "2023-AlphaProject/iBelieveSurvey_backend", "docker-compose.production.yml"),
 ("u27-123view-docker-compose-production.env", "u-123inkt-123view-docker-compose.production.yml", "123inkt/123view", "docker-compose.production.yml"),
 ("u28-billing-api-docker-compose-production.env", "u-0xCryptoDO-billing-api-docker-compose.production.yml", "0xCryptoDO/billing-api", "docker-compose.production.yml"),
 ("u29-rtu-mirea-schedule-docker-compose-production.env", "u-0niel-rtu-mirea-schedule-docker-compose.production.yml", "0niel/rtu-mirea-schedule", "docker-compose.production.yml"),
 ("u30-walkable-docker-compose-staging.env", "u-1kuzz-Walkable-docker-compose.staging.yml", "1kuzz/Walkable", "docker-compose.staging.yml"),
]
ks = {}
for f, o, repo, path in M:
    subprocess.run(["python3", "compose2env.py", "originals/" + o, f,
                    f"{repo}:{path}, environment: of every service flattened by compose2env.py (first value kept)"], check=True)
    d = yaml.safe_load(open("originals/" + o, encoding="utf-8"))
    m = {}
    for name, svc in (d.get("services") or {}).items():
        env = (svc or {}).get("environment")
        if not env: continue
        items = env.items() if isinstance(env, dict) else [e.split("=", 1) for e in env if "=" in e]
        for k, v in items:
            if v is None: continue
            m.setdefault(k, name)
    ks[f] = {"orig": o, "repo": repo, "path": path, "svc": m}
json.dump(ks, open("keysvc.json", "w"), indent=1)
