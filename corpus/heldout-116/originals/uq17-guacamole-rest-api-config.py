# Change this according to parameters of your Apache Guacamole. Required.
ENDPOINT = "http://192.168.56.102:8080/guacamole"
AUTH_USERNAME = "guacadmin"
AUTH_PASSWORD = "guacadmin"
DATA_SOURCE = "mysql"

# Optional to change. Required only if Guacamole already contains users, connections, etc. Important to set to avoid conflicts between names.
USERNAME = "johnexample"
USER_GROUP_IDENTIFIER = "userGroup-example"
MEMBER_USER_GROUP_IDENTIFIER = "memberUserGroup-example"
PARENT_USER_GROUP_IDENTIFIER = "parentUserGroup-example"
CONNECTION_NAME_VNC = "VNC-example"
CONNECTION_NAME_SSH = "SSH-example"
CONNECTION_NAME_RDP = "RDP-example"
CONNECTION_NAME_TELNET = "Telnet-example"
CONNECTION_NAME_KUBERNETES = "Kubernetes-example"
CONNECTION_GROUP_NAME = "connectionGroup-example"
SHARING_PROFILE_NAME = "sharingProfile-example"
