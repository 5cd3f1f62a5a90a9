<?php
// created: 2025-10-14 20:48:20
// [abridged by the set builder: UI, calendar, date/time format, currency, upload and list-view settings omitted;
//  every entry kept below is verbatim]
$sugar_config = array (
  'admin_access_control' => false,
  'anti_malware_scanners' => 
  array (
    'SuiteCRM\\Utility\\AntiMalware\\Providers\\ClamTCP' => 
    array (
      'name' => 'ClamAntiVirus TCP',
      'support_page' => 'https://www.clamav.net/',
      'enabled' => false,
      'path' => NULL,
      'options' => 
      array (
        'ip' => '127.0.0.1',
        'port' => 3310,
        'type' => 'local',
      ),
    ),
  ),
  'cache_dir' => 'cache/',
  'create_default_user' => false,
  'cron' => 
  array (
    'max_cron_jobs' => 10,
    'max_cron_runtime' => 30,
    'min_cron_interval' => 30,
  ),
  'dbconfig' => 
  array (
    'db_host_name' => 'db',
    'db_host_instance' => '',
    'db_user_name' => 'suitecrm',
    'db_password' => 'secret',
    'db_name' => 'suitecrm_suitecrm',
    'db_type' => 'mysql',
    'db_port' => '',
    'db_manager' => 'MysqliManager',
    'collation' => NULL,
    'charset' => NULL,
  ),
  'dbconfigoption' => 
  array (
    'persistent' => true,
    'autofree' => false,
    'debug' => 0,
    'ssl' => false,
  ),
  'default_password' => '',
  'default_user_is_admin' => false,
  'default_user_name' => '',
  'demoData' => 'no',
  'developerMode' => false,
  'disable_export' => false,
  'dump_slow_queries' => false,
  'google_auth_json' => '',
  'host_name' => NULL,
  'imap_test' => false,
  'installed' => true,
  'installer_locked' => true,
  'jobs' => 
  array (
    'min_retry_interval' => 30,
    'max_retries' => 5,
    'timeout' => 86400,
  ),
  'log_dir' => '../../logs/legacy',
  'log_file' => 'suitecrm.log',
  'logger' => 
  array (
    'level' => 'fatal',
  ),
  'oauth2_encryption_key' => 'LV7seyrREiIUCdGpnfpaU/iMtQ5AmjOZoJhPMLVEGfA=',
  'passwordsetting' => 
  array (
    'SystemGeneratedPasswordON' => '',
    'forgotpasswordON' => false,
    'linkexpiration' => '1',
    'linkexpirationtime' => '30',
    'linkexpirationtype' => '1',
    'systexpiration' => '1',
    'systexpirationtime' => '7',
    'systexpirationtype' => '1',
    'systexpirationlogin' => '',
  ),
  'search' => 
  array (
    'controller' => 'UnifiedSearch',
    'defaultEngine' => 'BasicSearchEngine',
    'ElasticSearch' => 
    array (
      'enabled' => false,
      'host' => 'localhost',
      'user' => '',
      'pass' => '',
      'index' => 'd0ae36642f358d6caf7ebbf0ef160ac4',
      'search_wildcard_char' => '%',
      'search_wildcard_infront' => true,
    ),
  ),
  'session_dir' => '',
  'site_url' => '__SITE_URL__',
  'stackTrace' => false,
  'stack_trace_errors' => false,
  'system_name' => 'SuiteCRM',
  'tmp_dir' => 'cache/xml/',
  'trusted_hosts' => 
  array (
  ),
  'unique_key' => 'd0ae36642f358d6caf7ebbf0ef160ac4',
  'upload_dir' => 'upload/',
  'verify_client_ip' => true,
);
