#!/bin/sh
# Rebuild every flattened file from originals/ (Python 3.11+, PyYAML). Verbatim dotenv files (wd10 wd14 wd16 wd17 wd27)
# and the two hand-made files (wd18 .env from a Makefile include, wd29 from JavaScript) are not regenerated.
set -e
cd "$(dirname "$0")"
for f in wd01-alexandrie-garage wd02-brewform-garage wd03-volttrack-selfhosted-garage wd04-kanae-garage; do
  python3 toml2propsc.py originals/$f.toml $f.properties "Flattened from $f.toml (Garage TOML) by toml2propsc.py; tables joined with '.', comments kept" >/dev/null; done
for f in wd09-seaweedfs-deploy-security wd30-seaweedfs-script-security; do
  python3 toml2propsc.py originals/$f.toml $f.properties "Flattened from $f.toml (SeaweedFS security.toml) by toml2propsc.py; tables joined with '.', comments kept" >/dev/null; done
for f in wd05-bducha-homelab-kopia-compose wd06-twomes-backoffice-duplicati-compose wd08-muxiu-cloud-sftpgo-compose wd13-unraid-server-rest-server-compose wd21-papini-nas-duplicati-compose wd23-lobaro-restic-backup-rclone-compose wd26-loginserver-filebrowser-compose; do
  n="Flattened from $f.yml by yaml2propsc.py (whole file; keys dotted, lists [n], comment lines above keys kept)"
  case $f in wd21-*) n="Flattened from $f.yml by yaml2propsc.py (whole file)";; esac
  python3 yaml2propsc.py originals/$f.yml $f.properties "$n" >/dev/null; done
python3 yaml2propsc.py originals/wd07-aeternity-gitops-velero-values.yaml wd07-aeternity-gitops-velero-values.properties "Flattened from wd07-aeternity-gitops-velero-values.yaml by yaml2propsc.py (whole file; keys dotted, lists [n], comment lines above keys kept)" >/dev/null
python3 yaml2propsc.py originals/wd19-kir-dev-k8s-velero-values.yaml wd19-kir-dev-k8s-velero-values.properties "Flattened from wd19-kir-dev-k8s-velero-values.yaml (Velero Helm values) by yaml2propsc.py; comment lines above keys kept" >/dev/null
python3 yaml2propsc.py originals/wd28-pingvin-share-config-example.yaml wd28-pingvin-share-config-example.properties "Flattened from wd28-pingvin-share-config-example.yaml (Pingvin Share config.example.yaml) by yaml2propsc.py; comment lines above keys kept, non-ASCII as \\uXXXX in values" >/dev/null
for f in wd11-rapidpro-docker-seaweedfs-s3 wd12-landl-infrastructure-seaweedfs-s3; do
  (echo "# Flattened from $f.json (SeaweedFS S3 identities) by json2props.py; keys dotted, lists [n]"; python3 json2props.py originals/$f.json) > $f.properties; done
python3 ini2propsc.py originals/wd20-velero-with-minio-credentials-velero wd20-velero-with-minio-credentials-velero.properties "Velero AWS-plugin credentials file (INI) flattened by ini2propsc.py: section.key=value"
python3 ini2propsc.py originals/wd22-openshift-oadp-with-minio-credentials-velero wd22-openshift-oadp-with-minio-credentials-velero.properties "Velero/OADP AWS-plugin credentials file (INI) flattened by ini2propsc.py: section.key=value"
python3 ini2propsc.py originals/wd24-iceberg-polaris-ceph-ceph.conf wd24-iceberg-polaris-ceph-ceph.properties "ceph.conf (INI) flattened by ini2propsc.py --ceph: section.key=value, values verbatim" --ceph
python3 ini2propsc.py originals/wd25-ceph-octopus-deployment-ceph.conf wd25-ceph-octopus-deployment-ceph.properties "ceph.conf (INI) flattened by ini2propsc.py --ceph: section.key=value, spaces in option names written as '_' (Ceph reads both alike), values verbatim" --ceph
python3 compose2env.py originals/wd15-awesome-compose-psitransfer-compose.yml wd15-awesome-compose-psitransfer-compose.env "environment: of service psitransfer (heussd/awesome-compose psitransfer/docker-compose.yml) written as KEY=value by compose2env.py; port published on 0.0.0.0:3000 with image psitrax/psitransfer"
