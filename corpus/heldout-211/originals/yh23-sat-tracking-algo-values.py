
API_URL_SATELLITES = "http://192.168.1.105:8001/api/satellites/"

API_URL_GROUND_STATIONS = "http://192.168.1.105:8001/api/ground_stations/"

AZIMUTH_PIN = 17  # GPIO Pin for Azimuth Servo
ELEVATION_PIN = 27  # GPIO Pin for Elevation Servo

DATABASE_USER = "pi"
DATABASE_PASSWORD = "secure"
DATABASE_HOST = "localhost"
DATABASE = "apogee"