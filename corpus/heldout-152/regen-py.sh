#!/bin/sh
# Re-run py2propsx.py for every Python-settings original, keeping each output's header line.
for pair in wa01-safe-relay-production:wa01-safe-relay-django-production wa02-sagta-wagtail-production:wa02-sagta-wagtail-production wa03-webytdownloader-prod:wa03-webytdownloader-django-prod wa04-baby-starter-production:wa04-baby-starter-django-production wa05-wagtail-nuxt-production:wa05-wagtail-nuxt-production wa06-mockery-quart-config:wa06-mockery-quart-config wa08-webacl-production:wa08-webacl-django-production wa09-flask-skeleton-prod:wa09-flask-skeleton-prod wa10-gis-celery-config:wa10-gis-celery-config wa11-orm-examples-production:wa11-orm-examples-django-production wa14-battleforcastile-config:wa14-battleforcastile-match-recorder-config wa15-ingresse-settings:wa15-ingresse-flask-settings wa16-flask-crud-config:wa16-flask-crud-config wa19-talatrivia-production:wa19-talatrivia-django-production wa27-smart-home-production:wa27-smart-home-django-production wa28-tokenscms-production:wa28-tokenscms-wagtail-production wa30-heymatch-production:wa30-heymatch-django-production; do
  o=${pair%%:*}; t=${pair##*:}.properties
  h=$(head -1 "$t" | sed 's/^# //')
  python3 py2propsx.py originals/$o.py "$t" "$h" >/dev/null
done
