#!/bin/bash
# Rebuild every converter-flattened file from originals/ into a directory given as $1 (default: regen-out/).
# Hand-flattened files (wt01, wt18, wt19, wt25, wt26) are not rebuilt; wt12, wt14, wt15 are upstream dotenv copied verbatim.
set -e
cd "$(dirname "$0")"; O=${1:-regen-out}; mkdir -p "$O"; o=originals
hdr() { sed -i "1s|.*|$2|" "$O/$1"; }
python3 php2props.py $o/wt02-krakatau-exam-tce-db-config.php $O/wt02-krakatau-exam-tce-db-config.properties "TCExam shared/config/tce_db_config.php of Krakatau-Exam (an Indonesian TCExam-based exam system), define() constants flattened by php2props.py"
python3 compose2env.py $o/wt03-unitime-dockerized-docker-compose.yml $O/wt03-unitime-dockerized-docker-compose.env "UniTime (university course and exam timetabling) dockerized compose: environment of services db and tomcat, by compose2env.py"
python3 xml2props.py $o/wt04-koha-docker-master-slim-koha-conf.xml.in $O/wt04-koha-docker-master-slim-koha-conf.properties "Koha ILS koha-conf.xml template (master-slim image of jajm/koha-docker; \$VARS filled from the container environment at start), flattened by xml2props.py"
python3 php2propsx.py $o/wt05-elibrary-poltekbangplg-slims-sysconfig-local.inc.php $O/wt05-elibrary-poltekbangplg-slims-sysconfig-local.properties "SLiMS (Senayan Library Management System) config/sysconfig.local.inc.php of a polytechnic e-library (Poltekbang Palembang), flattened by php2propsx.py"
python3 php2propsx.py $o/wt06-opensis-demo-data.php $O/wt06-opensis-demo-data.properties "openSIS student information system Data.php of a Cloud Run demo deployment, flattened by php2propsx.py (getenv(A) ?: 'd' written as \${A:d})"
python3 php2propsx.py $o/wt07-bits-college-sims-data.php $O/wt07-bits-college-sims-data.properties "openSIS Data.php of BITS College's student information management system (SIMS), flattened by php2propsx.py"
for n in 08-rdw-ingest-exam-service 09-hau-exam-exam-service 10-rapperin-sis-student-service 11-smart-university-exam-service; do python3 yaml2props.py $o/wt$n-application.yml $O/wt$n-application.properties >/dev/null; done
hdr wt08-rdw-ingest-exam-service-application.properties "# SmarterApp RDW (Smarter Balanced reporting data warehouse) ingest exam-service application.yml, flattened by yaml2props.py"
hdr wt09-hau-exam-exam-service-application.properties "# HAU-EXAM (university exam system) exam-service application.yml, flattened by yaml2props.py"
hdr wt10-rapperin-sis-student-service-application.properties "# student information system (sis) student-service application.yml, flattened by yaml2props.py"
hdr wt11-smart-university-exam-service-application.properties "# Smart University Management Platform exam-service application.yml, flattened by yaml2props.py"
python3 yaml2props.py $o/wt13-fedena-database.yml $O/wt13-fedena-database.properties >/dev/null
hdr wt13-fedena-database.properties "# Fedena school-management (Rails) config/database.yml, all environments flattened by yaml2props.py (environment name as the first key segment; cucumber merges test)"
python3 yaml2props.py $o/wt16-openlibrary-conf-openlibrary.yml $O/wt16-openlibrary-conf-openlibrary.properties >/dev/null
hdr wt16-openlibrary-conf-openlibrary.properties '# Open Library conf/openlibrary.yml (upstream header: "Open Library Docker (dev) configuration"), flattened by yaml2props.py'
python3 py2props.py $o/wt17-timetable-generator-config.py $O/wt17-timetable-generator-config.properties "college timetable-generator config.py (Python module constants), flattened by py2props.py" >/dev/null
python3 php2propsx.py $o/wt20-slims-cemindo-sysconfig-local.inc.php $O/wt20-slims-cemindo-sysconfig-local.properties "SLiMS (Senayan Library Management System) config/sysconfig.local.inc.php of a company library (slims_cemindo), flattened by php2propsx.py"
python3 php2props.py $o/wt21-cpuexam-tce-db-config.php $O/wt21-cpuexam-tce-db-config.properties "TCExam shared/config/tce_db_config.php of cpuexam (a TCExam-based exam site), define() constants flattened by php2props.py"
python3 - "$O" <<'PY'
import sys, yaml
docs = list(yaml.safe_load_all(open('originals/wt22-micronaut-library-app-library-service-application.yml')))
out = ["# Novatec micronaut-library-app library-service application.yml (Micronaut, two YAML documents merged), flattened by hand with the yaml2props.py rules"]
def flat(d, p=""):
    for k, v in d.items():
        kk = f"{p}.{k}" if p else k
        if isinstance(v, dict): flat(v, kk)
        else: out.append(f"{kk}={v}")
for d in docs:
    if d: flat(d)
open(sys.argv[1] + '/wt22-micronaut-library-app-library-service-application.properties','w').write("\n".join(out)+"\n")
PY
python3 yaml2props.py $o/wt23-smart-exam-exam-service-application.yml $O/wt23-smart-exam-exam-service-application.properties >/dev/null
hdr wt23-smart-exam-exam-service-application.properties "# smart exam monitoring system exam-service application.yml, flattened by yaml2props.py"
python3 yaml2props.py $o/wt24-distrischool-student-service-application.yml $O/wt24-distrischool-student-service-application.properties >/dev/null
hdr wt24-distrischool-student-service-application.properties "# DistriSchool (school district management) student-service application.yml, flattened by yaml2props.py"
python3 php2propsx.py $o/wt27-raudra-tce-db-config.php $O/wt27-raudra-tce-db-config.properties "TCExam shared/config/tce_db_config.php of raudra (a TCExam-based exam site), define() constants flattened by php2propsx.py"
python3 yaml2props.py $o/wt28-exam-proctoring-exam-service-application.yml $O/wt28-exam-proctoring-exam-service-application.properties >/dev/null
hdr wt28-exam-proctoring-exam-service-application.properties "# ExamProctoringApplication exam-service application.yml, flattened by yaml2props.py"
{ echo "# Online-examination-system k8s/student-service.yaml: Deployment env written as KEY=value by k8s2env.py (secretKeyRef as \${secret-name.key})"; python3 k8s2env.py $o/wt29-online-exam-k8s-student-service.yaml; } > $O/wt29-online-exam-k8s-student-service.env
python3 ini2propsx.py $o/wt30-tricollege-vufind-config-excerpt.ini $O/wt30-tricollege-vufind-config-excerpt.properties "VuFind library discovery local/config/vufind/config.ini of the Tri-College Libraries (excerpt: [System], [Site], [Session] and [Authentication]), flattened by ini2propsx.py"
