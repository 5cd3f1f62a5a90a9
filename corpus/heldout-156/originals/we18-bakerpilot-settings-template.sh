# Copy this file to `secrets.env` and fill in the values before running the application.

# GRAFANA CONFIGURATION
export GRAFANA_ADMIN_USER=your_admin_username
export GRAFANA_ADMIN_PASSWORD=your_admin_password
export GRAFANA_PORT=3000   

# InfluxDB CONFIGURATION
export INFLUXDB_ADMIN_USER=your_influxdb_admin_username
export INFLUXDB_ADMIN_PASSWORD=your_influxdb_admin_password

export INFLUX_DB_DATA=/media/influxusb/influxdb
export INFLUXDB_USER=bakerpilot
export INFLUXDB_PASSWORD=change_me

# Mosquitto CONFIGURATION
export MOSQUITTO_USERNAME=your_mosquitto_username
export MOSQUITTO_PASSWORD=your_mosquitto_password      

# Telegraph CONFIGURATION
export TELEGRAF_USERNAME=your_telegraf_username
export TELEGRAF_PASSWORD=your_telegraf_password        