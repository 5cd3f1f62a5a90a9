SERVER_ENDPOINT = "opc.tcp://0.0.0.0:4840/freeopcua/server/secure/"
SERVER_CERT = "opcua_server/certs/server.der"
SERVER_KEY = "opcua_client/certs/server.pem"
CLIENT_CERT = "opcua_client/certs/client.der"
CLIENT_KEY = "opcua_client/certs/client.pem"

TRUSTED_CERTS_DIR = "certs/trusted_clients/"

USERNAME = "machine"
PASSWORD = "machinepass"

MACHINE_LIST = ["Machine_1", "Machine_2", "Machine_3", "Machine_4"]

SERVER_NAME = "OPCUA_MONITOR"