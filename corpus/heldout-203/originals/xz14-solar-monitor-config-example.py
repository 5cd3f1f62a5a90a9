WIFI_SSID = '<ssid>'
WIFI_PASSWORD = '<passowrd>'

MQTT_CLIENT_NAME = 'solar-monitor'
MQTT_HOST = '<mqtt-server>'
MQTT_PORT = 1883
MQTT_USER = '<mqtt-user-name>'
MQTT_PASSWORD = '<mqtt-user_password>'

MQTT_TOPIC_MAIN_LINE_STATUS = "N/1862e4d11eb3/system/0/Ac/ActiveIn/Source"
MQTT_TOPIC_BATTERY_CHARGE_LEVEL = "N/1862e4d11eb3/system/0/Dc/Battery/Soc"
MQTT_TOPIC_SOLAR_PRODUCTION = "N/1862e4d11eb3/system/0/Dc/Pv/Power"
MQTT_TOPIC_CONSUMPTION_L1 = "N/1862e4d11eb3/system/0/Ac/Consumption/L1/Power"
MQTT_TOPIC_CONSUMPTION_L2 = "N/1862e4d11eb3/system/0/Ac/Consumption/L2/Power"
MQTT_TOPIC_CONSUMPTION_L3 = "N/1862e4d11eb3/system/0/Ac/Consumption/L3/Power"
