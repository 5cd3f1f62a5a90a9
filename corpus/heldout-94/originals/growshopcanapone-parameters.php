<?php return array (
  'parameters' => 
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '3306',
    'database_name' => 'prestashop',
    'database_user' => 'root',
    'database_password' => 'root',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => 'SZzwtpOaj5iNuecDnH1z6WN1KDVH4dLGySBHCZNYo5BymRzXCPA8AI8C',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2019-01-15',
    'locale' => 'it-IT',
    'cookie_key' => 'NbXM5A7DAfkxDSQaUTfp0zqYrPsEnduuggOep8BxdDZfkfPj6Wq199HM',
    'cookie_iv' => '9nK9w5up',
    'new_cookie_key' => 'def000002de2ee81a3efd79095407a11a9a8f5c37ada1b7764ce4c1a3be3431b03394003b831324ddb42117153ab59de917ff89a2cf116d316ee0ca1a66785a23039ef31',
  ),
);
