cat <<docker_env >> ${work_dir}/.env.docker

APPLICATION_NAME=${application_name}
SUPERDESK_URL=https://${domain_name}/api
DEMO_DATA=1 # install demo data, set to 0 if you want clean install
WEB_CONCURRENCY=2
SUPERDESK_CLIENT_URL=https://${domain_name}
CONTENTAPI_URL=https://${domain_name}/capi
MONGO_URI=mongodb://mongodb/superdesk
CONTENTAPI_MONGO_URI=mongodb://mongodb/superdesk_capi
PUBLICAPI_MONGO_URI=mongodb://mongodb/superdesk_papi
LEGAL_ARCHIVE_URI=mongodb://mongodb/superdesk_legal
ARCHIVED_URI=mongodb://mongodb/superdesk_archive
ELASTICSEARCH_URL=http://elastic:9200
ELASTICSEARCH_INDEX=superdesk
CELERY_BROKER_URL=redis://redis:6379/1
REDIS_URL=redis://redis:6379/1
DEFAULT_TIMEZONE=Europe/Prague
SECRET_KEY=*k^&9)byk=8en9n1sg7-xj4f8wr2mh^x#t%_2=1=z@69oxt50!
MAIL_SERVER=${smtp_server}
MAIL_PORT=587
MAIL_USE_TLS=true
MAIL_USE_SSL=False
MAIL_USERNAME=${smtp_username}
MAIL_PASSWORD=${smtp_password}
MAIL_DEFAULT_SENDER=${smtp_from}
AUTH_SERVER_SHARED_SECRET=1f1d7e4dbf0c77fa6f0cadc94d06f905e08a64463853e1407ef4f6c19747c96c4816856f6866a7898cadf89d7d899af1973799c79df23b347f4fb9e4bee03053

docker_env
