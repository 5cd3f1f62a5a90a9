<?php
$CONFIG = array (
  'instanceid' => 'XXXXXXX',
  'passwordsalt' => 'sXXXXXXXXXXXXXXXXXXC',
  'secret' => 'XXXXXXXXXXXXXXXXXXXXXXXXXX',
  'forcessl' => true,
  'trashbin_retention_obligation' => 'auto,90',
  'forceSSLforSubdomains' => true,
  'trusted_domains' => 
  array (
    0 => 'Your_Domain',
  ),
  'datadirectory' => '/var/www/html/nextcloud/data',
  'dbtype' => 'mysql',
  'version' => '25.0.2.3',
  'overwrite.cli.url' => 'https://YOUR DOMAIN/apps/dashboard/templates/index.html',
  'dbname' => 'XXXXXXXXXX',
  'dbhost' => 'localhost',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'mysql.utf8mb4' => true,
  'dbuser' => 'XXXXXXXXX',
  'dbpassword' => 'XXXXXXXXXXX',
  'installed' => true,
  'app_install_overwrite' => 
  array (
    0 => 'ocsms',
  ),
  'theme' => '',
  'loglevel' => 0,
  'maintenance' => false,
);
