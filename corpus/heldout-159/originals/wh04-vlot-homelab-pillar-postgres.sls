postgres_monitoring_users:
  - name: zabbixmonitor
    password: m0nitor!

backup_nfs_server: 192.168.1.2
backup_nfs_path: /mnt/backuppool/postgres