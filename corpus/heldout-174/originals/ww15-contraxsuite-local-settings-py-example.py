from settings import PROJECT_DIR

# SECURITY WARNING: keep the secret key used in production secret!
# use django's builtin method to create a key eithe any random string
# >>> from django.core.management.utils import get_random_secret_key
# >>> get_random_secret_key()
SECRET_KEY = 'Welcome1'

AUTOLOGIN = False

HOST_NAME = 'localhost'
DEBUG = False
DEBUG_SQL = False
DEBUG_TEMPLATE = False

ENABLE_LOCAL_TESTS = True

# email backend
#EMAIL_BACKEND = 'smtp.CustomEmailBackend'
#EMAIL_USE_TLS = True
#EMAIL_HOST = 'smtp.sendgrid.net'
#EMAIL_HOST_USER = 'your-user'
#EMAIL_HOST_PASSWORD = 'your-password'
#EMAIL_PORT = 587

EMAIL_PORT = 1025
EMAIL_HOST = 'localhost'
EMAIL_BACKEND = 'smtp.CustomEmailBackend'
EMAIL_PORT = 587

ADMINS = (
    ('Someone Else', 'someone-else@local'),
)

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql_psycopg2',
        'NAME': 'contrax1',
        'USER': 'contrax1',
        'PASSWORD': 'contrax1',
        'HOST': 'localhost',
        'PORT': '54322'
    },
}

ALLOWED_HOSTS = (
    '127.0.0.1',
    'localhost',
    'localhost'
)

INTERNAL_IPS = (
    '127.0.0.1',
    'localhost'
)

DEBUG = True
PIPELINE_ENABLED = False

ACCOUNT_EMAIL_VERIFICATION=False

import os
os.environ["GOOGLE_API_KEY"] = "<REDACTED-IN-THIS-COPY: 39-character Google API key as committed upstream>"

FIELDS_RETRAIN_MODEL_ON_ANNOTATIONS_CHANGE = True

TIKA_DISABLE = False
TIKA_SERVER_ENDPOINT = 'http://localhost:9998'
TIKA_TIMEOUT = 60 * 60

BASE_URL = '/explorer'

ELASTICSEARCH_CONFIG = {
    'hosts': [{'host': '127.0.0.1', 'port': 19200}],
    'index': 'contraxsuite'
}

CELERY_BROKER_URL = 'amqp://contrax1:contrax1@127.0.0.1:56720/contrax1_vhost'
CELERY_CACHE_REDIS_URL = 'redis://127.0.0.1:63790/0'


import platform
import sys

from contraxsuite_logging import ContraxsuiteJSONFormatter

# writing logs to docker volume where filebeat will be able to read it
LOG_DIR='/var/lib/docker/volumes/contraxsuite_contraxsuite_logs/_data'

CELERY_LOG_FILE_PATH = LOG_DIR + '/celery-{0}.log'.format(platform.node())
LOG_FILE_PATH = LOG_DIR + '/django-{0}.log'.format(platform.node())
DB_LOG_FILE_PATH = LOG_DIR + '/db-{0}.log'.format(platform.node())
FRONT_LOG_FILE_PATH = LOG_DIR + '/frontend-{0}.log'.format(platform.node())

# LOGGING = { ... } (about 4,000 characters of handler and logger definitions that reference the
# path variables above) is left out of this copy; py2props.py skips it because it is not a literal.

# django-cors-headers settings
# https://github.com/ottoyiu/django-cors-headers/
CORS_ORIGIN_ALLOW_ALL = DEBUG

from corsheaders.defaults import default_headers

CORS_ALLOW_HEADERS = list(default_headers) + [
    'Upload-Length', 'Upload-Metadata', 'Upload-Offset', 'force', 'Location', 'tus-resumable'
]

CORS_EXPOSE_HEADERS = ['Content-Length', 'Content-Range', 'Upload-Length', 'Location', 'Upload-Offset', 'Upload-Length', 'Content-Disposition']


CORS_ALLOW_CREDENTIALS = False
CORS_URLS_REGEX = r'^.*$'

FRONTEND_ROOT_URL = 'http://localhost:8080'

DEFAULT_FLOAT_PRECIZION = 6

MEDIA_ROOT = '/var/lib/docker/volumes/contraxsuite_contraxsuite_data_media/_data/'
CONTRAX_FILE_STORAGE_TYPE = 'WebDAV'
CONTRAX_FILE_STORAGE_WEBDAV_ROOT_URL = 'http://localhost:8090/'
CONTRAX_FILE_STORAGE_WEBDAV_USERNAME = 'user'
CONTRAX_FILE_STORAGE_WEBDAV_PASSWORD = 'password'
DATA_UPLOAD_MAX_MEMORY_SIZE = 100*2621440

MLFLOW_S3_ENDPOINT_URL = 'http://localhost:19000'
AWS_ACCESS_KEY_ID = 'minio_access_key'
AWS_SECRET_ACCESS_KEY = 'minio_secret_key'
MLFLOW_PIP_ENV = '../venv'

OAUTH_CALLBACK_PROTOCOL = 'http'