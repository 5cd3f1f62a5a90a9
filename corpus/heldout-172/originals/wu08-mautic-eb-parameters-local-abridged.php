<?php
/**
 * Global default environment variable overrides for Mautic EB
 * To override for your instance use parameters_local.php
 */
$parameters = [
    'db_driver'         => 'pdo_mysql',
    'db_table_prefix'   => null,
    'db_host'           => getenv('DB_HOST') ?: $parameters['db_host'] ?? '127.0.0.1',
    'db_host_ro'        => getenv('DB_HOST_RO') ?: null,
    'db_port'           => getenv('DB_PORT') ?: $parameters['db_port'] ?? '3306',
    'db_name'           => getenv('DB_NAME') ?: $parameters['db_name'] ?? 'mautic_eb_site_0',
    'db_user'           => getenv('DB_USER') ?: $parameters['db_user'] ?? 'root',
    'db_password'       => getenv('DB_PASSWD') ?: $parameters['db_password'] ?? '',
    'mailer_from_name'  => getenv('MAILER_FROM_NAME') ?: $parameters['mailer_from_name'] ?? 'Web Developer',
    'mailer_from_email' => getenv('MAILER_FROM_EMAIL') ?: $parameters['mailer_from_email'] ?? 'web@developer.com',
    'mailer_transport'  => 'mail',
    'mailer_host'       => null,
    'mailer_port'       => null,
    'mailer_user'       => 'root',
    'mailer_password'   => 'root',
    'mailer_encryption' => null,
    'mailer_auth_mode'  => null,
    'mailer_spool_type' => 'file',
    'mailer_spool_path' => '%kernel.root_dir%/spool',
    'secret_key'        => getenv('SECRET_KEY') ?: '3e29c87bddfbfc8e59d004581da4fa9f5c9fe0a9f1f90a244a38e2e5600c2800',
    'site_url'          => getenv('APP_URL') ?: 'http://mautic.loc',
    'tmp_path'          => '/tmp',
    // Support the cache path for "ondeck" during deployment, switching to "current" when there.
    'cache_path'        => str_replace('/mautic_eb/app/config', '/mautic/app/cache', __DIR__),
    'cached_data_timeout' => '30',
];
