MINIO_ACCESS_KEY := minioconsole-user
MINIO_SECRET_KEY := minioconsole-password

