# Demo-only secrets. Replace before real use.
slurm:
  db_password: ChangeMeStrongPassword
munge:
  key: 7Z6aLjV9GkOAwMhL5tyrq7LdcQzduP9Gb7WMo0Ww4xk=
grafana:
  admin_user: admin
  admin_password: admin
