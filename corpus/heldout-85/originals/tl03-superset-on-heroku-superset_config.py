import os
# ---------------------------------------------------------
# Superset specific config
# ---------------------------------------------------------
# ROW_LIMIT = 5000
SUPERSET_WORKERS = 2  # for it to work in heroku basic/hobby dynos increase as you like

# SUPERSET_WEBSERVER_PORT = 8088
# ---------------------------------------------------------

# ---------------------------------------------------------
# Flask App Builder configuration
# ---------------------------------------------------------
# Your App secret key
SECRET_KEY = '\2\1thisismyscretkey\1\2\e\y\y\h'  # noqa

# The SQLAlchemy connection string to your database backend
# This connection defines the path to the database that stores your
# Superset metadata (slices, connections, tables, dashboards, ...).
# Note that the connection information to connect to the datasources
# you want to explore are managed directly in the web UI
SQLALCHEMY_DATABASE_URI = os.environ['DATABASE_URL']

# Flask-WTF flag for CSRF
CSRF_ENABLED = True

# Set this API key to enable Mapbox visualizations
MAPBOX_API_KEY = "pk.eyJ1IjoibGVzbGllMzAwMCIsImEiOiJjamZhdzViMXgxNzN2MndvYjhyd3JzcHJlIn0.kUfyoE5TxCxXvK5M4vk2Iw"

#Timeout
SQLLAB_ASYNC_TIME_LIMIT_SEC = 60 * 60 * 6
