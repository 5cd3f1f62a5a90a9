<?php
/* verbatim excerpt (the define() calls kept, with their comments) of cc-archive/donate.creativecommons.org sites/default/civicrm.settings.php */
require('settings.bootstrap.php');

define( 'CIVICRM_UF'               , 'Drupal'        );

define( 'CIVICRM_UF_DSN'           , "mysql://{$database_settings['username']}:{$database_settings['password']}@{$database_settings['host']}:{$database_settings['port']}/{$database_settings['database']}?new_link=true" );

define( 'CIVICRM_DSN'          , "mysql://{$database_settings['username']}:{$database_settings['password']}@{$database_settings['host']}:{$database_settings['port']}/{$database_settings['database']}?new_link=true" );

global $civicrm_root;

$civicrm_root = "{$drupal_root}/sites/all/modules/civicrm";
define( 'CIVICRM_TEMPLATE_COMPILEDIR', "{$drupal_root}/sites/default/files/civicrm/templates_c/" );

define( 'CIVICRM_UF_BASEURL'      , "http{$_ENV['protossl']}://{$_SERVER['HTTP_HOST']}" );

/*
 * If you are using any CiviCRM script in the bin directory that
 * requires authentication, then you also need to set this key.
 * We recommend using a 16-32 bit alphanumeric/punctuation key.
 * More info at http://wiki.civicrm.org/confluence/display/CRMDOC/Command-line+Script+Configuration
 */
define( 'CIVICRM_SITE_KEY', 'ccc67bcb3fc118424bd3424943f55656' );

/*
 * If you want to disable IDS, set this to 0.
 */
define( 'CIVICRM_IDS_ENABLE', 1);

define( 'CIVICRM_MAIL_SMARTY', 0 );

define( 'CIVICRM_DOMAIN_ID'      , 1 );

define( 'CIVICRM_DB_CACHE_CLASS', '' );

/**
 * Change this to the IP address of your cache server if it is not on the
 * same machine (Unix).
 */
define( 'CIVICRM_DB_CACHE_HOST', 'localhost' );

define( 'CIVICRM_DB_CACHE_PORT', 11211 );

/**
 * Items in cache will expire after the number of seconds specified here.
 * Default value is 3600 (i.e., after an hour)
 */
define( 'CIVICRM_DB_CACHE_TIMEOUT', 3600 );

define( 'CIVICRM_MEMCACHE_PREFIX', '' );
