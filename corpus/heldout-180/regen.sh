#!/bin/sh
# Rebuilds every flattened file of this set from originals/ (run from this directory; Python 3.11+ with PyYAML).
set -e
O=originals
for f in xc04-thanhduongw-ats-recruitment-service-application xc05-e-recruiter-candidate-service-application \
         xc06-recruitment-backend-recruitment-service-application xc07-recruiter-backend-interview-service-application \
         xc08-ms-jobhunter-job-service-application xc09-talent-sourcing-candidate-service-application \
         xc16-hrmsystem-recruitment-service-application xc18-recruitia-candidate-service-application \
         xc22-recruitmentsystem-interview-service-application xc23-talento-humano-recruitment-service-application \
         xc24-ai-recruit-platform-job-service-application; do
  python3 yaml2props.py $O/$f.yml $f.properties >/dev/null
done
python3 yaml2props.py $O/xc17-devhire-helm-values-aws-prod.yaml xc17-devhire-helm-values-aws-prod.properties >/dev/null
sed -i '1s/.*/# Flattened from JasonTM17\/DevHire_Cloud_Spring_Microservices deploy\/helm\/devhire-cloud\/values-aws-prod.yaml (Helm values) by yaml2props.py/' xc17-devhire-helm-values-aws-prod.properties
(echo "# Flattened from devict/job-board fly.toml (Fly.io app config) by toml2props.py; [env] table as env.<NAME>; empty arrays left out"; python3 toml2props.py $O/xc11-devict-job-board-fly.toml) > xc11-devict-job-board-fly-toml.properties
(echo "# Flattened from Amirosagan/hiring-system-web-API src/HiringSystem.Api/appsettings.json (ASP.NET Core) by json2props.py"; python3 json2props.py $O/xc12-hiring-system-api-appsettings.json) > xc12-hiring-system-api-appsettings.properties
(echo "# Flattened from sujit628/RecruitmentManagementSystem appsettings.json (ASP.NET Core) by json2props.py"; python3 json2props.py $O/xc28-recruitment-management-system-appsettings.json) > xc28-recruitment-management-system-appsettings.properties
python3 py2propsc.py $O/xc13-mfc-recruitment-portal-settings.py xc13-mfc-recruitment-portal-settings.properties 'Flattened from MFC-VIT/MFC-RecruitmentPortal-Backend recruitment/settings.py (Django settings, deployed with django_heroku) by py2propsc.py; literal assignments only, comments directly above kept' >/dev/null
python3 py2propsc.py $O/xc14-tekleaders-recruitment-settings.py xc14-tekleaders-recruitment-settings.properties 'Flattened from tekleaderssolutions-AI/recruitment recruitment/settings.py (Django settings) by py2propsc.py; literal assignments and os.environ.get defaults only, comments directly above kept; DATABASES values come from config.py names and are left out' >/dev/null
python3 compose2env.py $O/xc19-ai-recruitment-platform-docker-compose.yml xc19-ai-recruitment-platform-compose.env 'environment: entries of Thilini-samanthika/AI-Recruitment-Platform docker-compose.yml (all services) written as KEY=value by compose2env.py; a repeated key keeps its first value (DB_HOST=auth-db, the auth service)'
python3 compose2env.py $O/xc26-interview-scheduler-docker-compose.yml xc26-interview-scheduler-django-compose.env 'environment: entries of vysakhprakash7328/interview_scheduler docker-compose.yml (services db and web) written as KEY=value by compose2env.py'
python3 compose2env.py $O/xc27-vaalag-interview-scheduler-docker-compose.yml xc27-vaalag-interview-scheduler-compose.env 'environment: entries of Vaalag/interview-scheduler docker-compose.yml (services db and backend) written as KEY=value by compose2env.py'
python3 phpc2props.py $O/xc30-php-job-portal-config.php xc30-php-job-portal-config.properties "Flattened from pratikvns/php-job-portal-vanilla config.php (PHP define() constants) by phpc2props.py; // comments kept as # lines"
