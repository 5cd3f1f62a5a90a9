<?php return array (
  'parameters' => 
  array (
    'database_host' => 'localhost',
    'database_port' => '',
    'database_name' => 'esgi',
    'database_user' => 'root',
    'database_password' => 'root',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => '4i2In2YATxtxiNXXXPkzL4q3i2rSoHHmiNu30qmKcILYxfevkXh4qWir',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2017-07-04',
    'locale' => 'fr-FR',
    'cookie_key' => 'rsa0own8oEtFTVmHfmQprnOIFJs2NhzOjfp4V8yv5p5CJeXsEG4vmpHF',
    'cookie_iv' => 'knjTHggc',
    'new_cookie_key' => 'def00000229ca6db09008299423b02e2f8b138ccaa537e1da158285b4a51f3bfe9e98c73778f5fa0d0194e8a0afee4739d9ee28b253f295bb9211ddebea6546c3b5f864f',
  ),
);
