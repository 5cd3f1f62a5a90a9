#!/usr/bin/env python3
"""Writes labels.tsv, sources.tsv and repos.txt of this set from rows.tsv (rNN, key, expected, why)
and the SRC table below. Runs no readiness code."""
import os
SRC = {
"r01": ("r01-truckie-be-application-azure.properties", "Truckie-Logistic-System/truckie-be", "02d0b9e7814873f1a9cbd7fbd4b253be70ddef64", "src/main/resources/application-azure.properties", "as committed"),
"r02": ("r02-co-talk-application-kubernetes.properties", "with-co-talk/co-talk", "341c387eee2289f54576993a61e5a7dffd75d9ee", "src/main/resources/application-kubernetes.yml", "YAML flattened by yaml2props.py (original in yaml-originals/)"),
"r03": ("r03-zerofiltre-blog-application-kubernetes.properties", "zero-filtre/zerofiltre-blog-backend", "16e2e7df6b9dce40366e122547f43dd598673ff7", "src/main/resources/application-kubernetes.yml", "YAML flattened by yaml2props.py"),
"r04": ("r04-st0x-rest-api-config-prod.properties", "ST0x-Technology/st0x.rest.api", "0fed91b8248d67f15ba80cc98e3a6d1f28033669", "config/prod.toml", "TOML flattened by toml2props.py (original in originals/)"),
"r05": ("r05-chatbot-application-gcp.properties", "Wayne997035/chatbot", "09017222671a78183ca3eb887afaa9b7867173b2", "src/main/resources/application-gcp.yml", "YAML flattened by yaml2props.py"),
"r06": ("r06-circuit-breaker-tester-application-gcp.properties", "seoheejung/circuit-breaker-tester", "3c8830420f329987a5919996bfefcfe7053e06f2", "src/main/resources/application-gcp.yml", "YAML flattened by yaml2props.py"),
"r07": ("r07-lol-matchmaking-application-gcp.properties", "wmakeouthill/LoL-Matchmaking-Fazenda", "0b7a19103990aa81473140c91ef55b22636daa5a", "src/main/resources/application-gcp.yml", "YAML flattened by yaml2props.py"),
"r08": ("r08-mangoboard-application-gcp.properties", "taehoon7289/mangoboard", "393155f3a801785aa86e2906dbb6e093b9750c21", "src/main/resources/application-gcp.yml", "YAML flattened by yaml2props.py"),
"r09": ("r09-conference-backend-application-azure.properties", "SaraConference2k25/conference-management-system-backend", "5d1031c6ff87dde469c798789c94e3cf8b2bb67c", "src/main/resources/application-azure.properties", "as committed"),
"r10": ("r10-extension-manager-application-azure.properties", "Springcore-Africa/the_extension_manager", "0444ecff5dcf17e026c7e53b25a4b591ad6cadad", "src/main/resources/application-azure.properties", "as committed"),
"r14": ("r14-paystack-ch-env-example.env", "The-Leadlab/paystack-ch", "033bba791f68a8e874e1419b2b9467f90f39a6c2", ".env.example", "dotenv as committed"),
"r16": ("r16-steve-application-kubernetes.properties", "steve-community/steve", "1bf98e912b4b9be6ca5f9651a486384763b0d549", "src/main/resources/application-kubernetes.properties", "as committed"),
"r17": ("r17-conexao-autenticacao-application-azure.properties", "Wibson82/conexao-de-sorte-backend-autenticacao", "0ea11a84da5c3ddfe55ca704c5a63cbda25cc2d0", "src/main/resources/application-azure.yml", "YAML flattened by yaml2props.py (profile argument azure: the only document has on-profile azure)"),
"r18": ("r18-payment-service-application-kubernetes.properties", "Vladislavfvv/payment-service", "655ba256583a5e338d7c7942972af5a7af0e7179", "src/main/resources/application-kubernetes.properties", "as committed"),
"r19": ("r19-route-management-application-azure.properties", "Tribunal-of-Human-Expansion/route-management", "022a9ec86add03800f431563aee5684f165b076a", "src/main/resources/application-azure.yml", "YAML flattened by yaml2props.py"),
"r20": ("r20-hwsystem-next-config-production.properties", "The-ESAP-Project/hwsystem-next", "2982dc0c073b968d62b0e088eff83005e56bdcd5", "config.production.toml", "TOML flattened by toml2props.py (original in originals/)"),
"r21": ("r21-phonebill-front-k8s-overlays-prod-config.env", "yhwooni-cmd/phonebill-front", "46ec2e2201259a64b40b4839f190f834814c2e13", "k8s/overlays/prod/config.env", "Kustomize configMapGenerator env file as committed"),
"r22": ("r22-jobhr-deploy-env-prod.env", "XavierMary56/jobhr", "b0af97cbd3aedb963f2eb074cf60b54755def846", "deploy/.env.prod", "dotenv as committed"),
"r23": ("r23-skorinosgimnazija-api-appsettings-production.properties", "SkorinosGimnazija/api.skorinosgimnazija.lt", "bb854363dc634c8df8ed469f027c92fb6f0f7eca", "src/API/appsettings.Production.json", "JSON flattened by json2props.py (original in originals/)"),
"r24": ("r24-yookassa-payment-service-application.properties", "Vldr22/YookassaPaymentService", "5a58e879bca61ef39c19c0f7e2c1293679f6e0c8", "src/main/resources/application.properties", "as committed"),
"r25": ("r25-billing-yookassa-env.env", "ZOMini/billing_yookassa", "347e46f2ddeabf2749447149f61e2d7bb9f8712f", ".env", "dotenv as committed"),
"r26": ("r26-sliqpay-backend-env-example.env", "SliqPay-Africa/sliqpay-backend", "e4c9e1d2c2da042a1472a0caf7d04b1a8ae9354c", ".env.example", "dotenv as committed"),
"r27": ("r27-paytabs-banking-system-application.properties", "Srinjoy12/PayTabs-Banking-System", "bd2af2a364bfacf2b8a2d07bd369bfd50afb5d6c", "src/main/resources/application.properties", "as committed"),
"r28": ("r28-spring-mcp-application-kubernetes.properties", "SongJunSub/SpringMCP", "a0ad381514581c5de8e137089b0ade7d8de61c00", "src/main/resources/application-kubernetes.yml", "YAML flattened by yaml2props.py"),
"r29": ("r29-revenda-veiculos-application-kubernetes.properties", "VitorGorzoni/revenda-veiculos", "a37fdc12cc947795c7aa308cd6b6ad5aada05b3a", "src/main/resources/application-kubernetes.yml", "YAML flattened by yaml2props.py"),
"r30": ("r30-teamonboard-application-kubernetes.properties", "ThomaciousD/teamonboard", "86c6a6c8ec62840b4c3ccfad047c0aa5d1cb5baa", "src/main/resources/application-kubernetes.properties", "as committed"),
"r31": ("r31-rentacar-application-kubernetes.properties", "stoyanad/rentacar", "77f06a04bac8f4088c6daf65bd4e870220c72d47", "src/main/resources/application-kubernetes.properties", "as committed"),
"r32": ("r32-api-gateway-manager-application-kubernetes.properties", "Wealthy-grace/API-Gateway-Manager-", "562fb7397bcfa953cfbe60fcb22d655e810974e7", "src/main/resources/application-kubernetes.properties", "as committed"),
"r33": ("r33-redbox-env-example.env", "uktrade/redbox", "032a11c2bad7dcee486114cbd3c9908f665d5bda", ".env.example", "dotenv as committed"),
"r34": ("r34-lite-ogel-service-paas-config.properties", "uktrade/lite-ogel-service", "12bc6141076b2592991071f881945b8fa4e5caf0", "src/main/resources/paas-config.yaml", "Dropwizard YAML flattened by yaml2props.py"),
"r35": ("r35-tagme-bank-backend-application-preprod.properties", "Tag-Me-DAW2/bank-backend", "ed6b73a8766aa701ea2fa0018c7df7af47c99400", "src/main/resources/application-preprod.properties", "as committed"),
"r36": ("r36-saaspe-azure-service-application-preprod.properties", "Sathikbasha123/SAASPE-AzureService", "3a634300af30bbd7f2b49bce1b634ff6312858be", "src/main/resources/application-preprod.properties", "as committed"),
"r15": ("r15-revtap-deploy-env-prod.env", "Seka35/revtap", "b8d26ae1eba0244f0ee00ff8d3ae221486ee0945", "deploy/.env.prod", "dotenv as committed"),
"r37": ("r37-capacity-deploy-env-prod.env", "Sun-Frank/Capacity", "49591d8ed1d3270edfb58a0a4aacffda23c351b0", "deploy/.env.prod", "dotenv as committed"),
"r38": ("r38-platinum-api-deploy-env-prod.env", "SebastianGerS/platinum-api", "c1a0bf8c95d14e02f63f2fa17bf2dce97238b199", "deploy/.env.prod", "dotenv as committed (no final newline)"),
"r11": ("r11-personalized-secretary-settings-env-example.env", "Taiga-Murakami/Personalized-Secretary", "c795b5e63e5d6c563c05be26d888f7b0e42f361a", "settings/.env.example", "dotenv as committed"),
"r12": ("r12-devops-dashboard-deploy-env-prod.env", "Samurai-006/Devops-Dashboard", "cbc948f3e9158bf779343fefa5eea550167cb601", "deploy/.env.prod", "dotenv as committed"),
"r13": ("r13-lue-cosmetics-deploy-env-prod.env", "Senvon-Atelier/lue-cosmetics", "225d7e5b3d546f85b410ac78c1e0062da5751a79", "deploy/.env.prod", "dotenv as committed"),
}
rows = [l.rstrip("\n").split("\t") for l in open("rows.tsv", encoding="utf-8") if l.strip()]
out = ["file\tkey\texpected\twhy\tsource"]
for n in sorted(SRC):
    f, repo, c, p, note = SRC[n]
    assert os.path.exists(f), f
    for r in rows:
        if r[0] == n:
            out.append("\t".join([f, r[1], r[2], r[3], f"{repo}@{c}:{p}"]))
open("labels.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
open("sources.tsv", "w", encoding="utf-8").write("".join(f"{SRC[n][0]}\t{SRC[n][1]}@{SRC[n][2]}:{SRC[n][3]} {SRC[n][4]}\n" for n in sorted(SRC)))
repos = []
for n in sorted(SRC):
    if SRC[n][1] not in repos: repos.append(SRC[n][1])
open("repos.txt", "w", encoding="utf-8").write("\n".join(repos) + "\n")
print("labels", len(out) - 1, "files", len(SRC), "repos", len(repos))
