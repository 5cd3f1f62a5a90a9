<?php
$databases['default']['default'] = array(
  'driver' => 'mysql',
  'database' => 'sipnuuk',
  'username' => 'root',
  'password' => '',
  'host' => 'localhost',
  'prefix' => '',
);

$conf['stage_file_proxy_origin'] = 'https://sipnuuk.mukurtu.net';
