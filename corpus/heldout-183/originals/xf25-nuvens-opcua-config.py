config = {
    "MACHINE": "Embalagem 1",
    "DEVICE_URL": "/mrp/opc-ua/vals",
    "SET_DEVICE_URL": "/mrp/opc-ua/set-vals",
    "OPCUA_SERVER_ENDPOINT": "opc.tcp://192.168.2.150:4840",
    "MAX_QUEUE_RETRIES": 3,
    "CLIENT_HOST": "0.0.0.0",
    "CLIENT_PORT": 5001,
    "CLIENT_ENTRY_POINT": "/receive_recipe",
}
