<?php
$CONFIG = array (
  'instanceid' => 'ocn4a7f7p5mj',
  'passwordsalt' => 'zeXROG7cbkLJmaAfKvt3bMunODxOo2',
  'secret' => 'CXQSu4um7fMMuRPQE/+U8Ev02zxe8m1ILovppJSZA6MoZyD3',
  'trusted_domains' => 
  array (
    0 => 'compushare.servebeer.com',
  ),
  'datadirectory' => '/var/www/compu-share/nextcloud/data',
  'dbtype' => 'mysql',
  'version' => '16.0.1.1',
  'overwrite.cli.url' => 'https://compushare.servebeer.com/nextcloud',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'mysql.utf8mb4' => true,
  'dbuser' => 'nextcloud',
  'dbpassword' => 'Seim-2017',
  'installed' => true,
  'theme' => '',
  'loglevel' => 2,
  'maintenance' => false,
  'updater.secret' => '$2y$10$FXnwjIyeEvByo.AiY8ODs.w9lHNFRSUKlEudaXlFIV6S7lAncvkdO',
  'app_install_overwrite' => 
  array (
    0 => 'spreed',
  ),
);
